package org.castpb.soap.internal.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.wsdl.Definition;
import javax.wsdl.factory.WSDLFactory;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.databinding.WrapperHelper;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.apache.cxf.jaxws.support.JaxWsServiceFactoryBean;
import org.apache.cxf.service.Service;
import org.apache.cxf.service.model.MessagePartInfo;
import org.apache.cxf.service.model.OperationInfo;
import org.apache.cxf.wsdl11.ServiceWSDLBuilder;
import org.castpb.api.evaluation.Outcome;
import org.castpb.soap.internal.SocietyPort;
import org.castpb.soap.internal.organisation.OrganisationPort;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The published evaluation contract, built by CXF from the endpoint as the server does, without a server. */
public class EvaluationContractTest {

    private static Bus bus;
    private static Service service;
    private static String wsdl;

    @BeforeClass
    public static void buildContract() throws Exception {
        bus = BusFactory.newInstance().createBus();
        JaxWsServiceFactoryBean factory = new JaxWsServiceFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(EvaluationEndpoint.class);
        service = factory.create();
        Definition definition = new ServiceWSDLBuilder(bus, service.getServiceInfos()).build();
        StringWriter out = new StringWriter();
        WSDLFactory.newInstance().newWSDLWriter().writeWSDL(definition, out);
        wsdl = out.toString();
    }

    @AfterClass
    public static void shutDown() {
        bus.shutdown(true);
    }

    @Test
    public void portOffersThePluginCampaignResultAndFundingOperations() {
        Set<String> names = new TreeSet<>();
        for (OperationInfo op : service.getServiceInfos().get(0).getInterface().getOperations()) {
            names.add(op.getName().getLocalPart());
        }
        assertEquals(new TreeSet<>(Set.of("listModules", "listFundingSchemes", "createCampaign", "getCampaign", "listCampaigns",
                "runCampaign", "listResults", "getResult", "listSocietyEvaluations", "allocateFunding", "getAllocation",
                "listAllocations")), names);
    }

    @Test
    public void everyOperationDeclaresTheCastpbFault() {
        for (OperationInfo op : service.getServiceInfos().get(0).getInterface().getOperations()) {
            assertEquals(op.getName().getLocalPart(), 1, op.getFaults().size());
        }
    }

    @Test
    public void serviceAndPortAreNamedInTheEvaluationNamespace() {
        assertEquals(new QName(EvaluationPort.NS, "EvaluationService"), service.getServiceInfos().get(0).getName());
        assertEquals(new QName(EvaluationPort.NS, "EvaluationPort"), service.getServiceInfos().get(0).getInterface().getName());
        assertTrue(wsdl, wsdl.contains("targetNamespace=\"" + EvaluationPort.NS + "\""));
    }

    @Test
    public void schemaNamesEveryEvaluationAndFundingType() {
        for (String type : new String[] {"moduleInfo", "campaignDraft", "campaign", "campaignPage", "societyEvaluation",
                "societyEvaluationPage", "moduleResult", "finding", "allocation", "award", "castpbFaultInfo", "fieldError"}) {
            assertTrue(type, wsdl.contains("complexType name=\"" + type + "\""));
        }
        for (String type : new String[] {"evaluationKind", "campaignStatus", "moduleState", "outcome", "grade", "resultStatus",
                "fundingChannel"}) {
            assertTrue(type, wsdl.contains("simpleType name=\"" + type + "\""));
        }
    }

    @Test
    public void faultsArePublishedInTheEvaluationNamespaceOnly() {
        assertFalse("nothing of the society contract leaks in", wsdl.contains(SocietyPort.NS));
        assertFalse("nothing of the organisation contract leaks in", wsdl.contains(OrganisationPort.NS));
        assertTrue(wsdl, wsdl.contains("name=\"castpbFault\""));
    }

    @Test
    public void datesAreXsDateAndTimesXsDateTime() {
        assertTrue(wsdl, wsdl.contains("<xs:element minOccurs=\"0\" name=\"asOf\" type=\"xs:date\"/>"));
        for (String time : new String[] {"createdAt", "startedAt", "finishedAt", "evaluatedAt", "since"}) {
            assertTrue(time + ": " + wsdl, wsdl.contains("<xs:element minOccurs=\"0\" name=\"" + time + "\" type=\"xs:dateTime\"/>"));
        }
        assertFalse(wsdl, wsdl.matches("(?s).*name=\"asOf\" type=\"xs:string\".*"));
    }

    @Test
    public void moneyAndScoresArePublishedAsXsDecimal() {
        for (String amount : new String[] {"budget", "total", "amount", "score"}) {
            assertTrue(amount + ": " + wsdl, wsdl.contains("<xs:element minOccurs=\"0\" name=\"" + amount + "\" type=\"xs:decimal\"/>"));
        }
        assertFalse(wsdl, wsdl.matches("(?s).*name=\"budget\" type=\"xs:string\".*"));
    }

    @Test
    public void resultListLeavesOutWhatTheCallerLeftOut() throws Exception {
        assertEquals(Arrays.asList(7L, Outcome.FAIL, "33", true, null, 20), requestParameters("listResults",
                "<e:listResults xmlns:e=\"" + EvaluationPort.NS + "\"><e:campaignId>7</e:campaignId><e:outcome>FAIL</e:outcome>"
                        + "<e:regionPrefix>33</e:regionPrefix><e:vetoed>true</e:vetoed><e:limit>20</e:limit></e:listResults>"));
        assertEquals(Arrays.asList(7L, null, null, null, null, null), requestParameters("listResults",
                "<e:listResults xmlns:e=\"" + EvaluationPort.NS + "\"><e:campaignId>7</e:campaignId></e:listResults>"));
    }

    @Test
    public void allocationRequestHandsTheBudgetToTheEndpointAsADecimalWithItsScale() throws Exception {
        assertEquals(Arrays.asList(7L, "award", new BigDecimal("100000.00"), "2026年度以奖代补"), requestParameters("allocateFunding",
                "<e:allocateFunding xmlns:e=\"" + EvaluationPort.NS + "\"><e:campaignId>7</e:campaignId><e:schemeId>award</e:schemeId>"
                        + "<e:budget>100000.00</e:budget><e:note>2026年度以奖代补</e:note></e:allocateFunding>"));
        assertEquals(Arrays.asList(7L, "award", null, null), requestParameters("allocateFunding",
                "<e:allocateFunding xmlns:e=\"" + EvaluationPort.NS + "\"><e:campaignId>7</e:campaignId><e:schemeId>award</e:schemeId>"
                        + "</e:allocateFunding>"));
    }

    @Test
    public void campaignListLeavesOutWhatTheCallerLeftOut() throws Exception {
        assertEquals(Arrays.asList(null, 10), requestParameters("listCampaigns",
                "<e:listCampaigns xmlns:e=\"" + EvaluationPort.NS + "\"><e:limit>10</e:limit></e:listCampaigns>"));
    }

    @Test
    public void resultRequestHandsTheCampaignAndSocietyToTheEndpoint() throws Exception {
        assertEquals(List.of(7L, 12L), requestParameters("getResult",
                "<e:getResult xmlns:e=\"" + EvaluationPort.NS + "\"><e:campaignId>7</e:campaignId><e:societyId>12</e:societyId>"
                        + "</e:getResult>"));
    }

    /** What CXF's wrapped-style reading makes of a request body: the endpoint method's arguments. */
    private static List<Object> requestParameters(String operation, String body) throws Exception {
        OperationInfo op = service.getServiceInfos().get(0).getInterface().getOperation(new QName(EvaluationPort.NS, operation));
        MessagePartInfo wrapperPart = op.getInput().getFirstMessagePart();
        XMLStreamReader xml = XMLInputFactory.newInstance().createXMLStreamReader(new StringReader(body));
        xml.nextTag();
        JAXBDataBinding binding = (JAXBDataBinding) service.getDataBinding();
        Object wrapper = binding.createReader(XMLStreamReader.class).read(wrapperPart, xml);
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>();
        for (MessagePartInfo part : op.getUnwrappedOperation().getInput().getMessageParts()) {
            names.add(part.getName().getLocalPart());
            types.add(part.getTypeQName() == null ? null : part.getTypeQName().getLocalPart());
            classes.add(part.getTypeClass());
        }
        WrapperHelper helper = binding.createWrapperHelper(wrapperPart.getTypeClass(), wrapperPart.getElementQName(), names, types, classes);
        return helper.getWrapperParts(wrapper);
    }
}
