package org.castpb.soap.internal.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import org.apache.cxf.service.Service;
import org.apache.cxf.service.model.OperationInfo;
import org.castpb.api.evaluation.Outcome;
import org.castpb.soap.internal.SocietyPort;
import org.castpb.soap.internal.organisation.OrganisationPort;
import org.castpb.soap.internal.PublishedContract;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The published evaluation contract, built by CXF from the endpoint as the server does, without a server. */
public class EvaluationContractTest {

    private static PublishedContract contract;
    private static Service service;
    private static String wsdl;

    @BeforeClass
    public static void buildContract() throws Exception {
        contract = PublishedContract.of(EvaluationEndpoint.class);
        service = contract.service();
        wsdl = contract.wsdl();
    }

    @AfterClass
    public static void shutDown() {
        contract.close();
    }

    @Test
    public void portOffersThePluginCampaignResultAndFundingOperations() {
        Set<String> names = contract.operations();
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

    private static List<Object> requestParameters(String operation, String body) throws Exception {
        return contract.requestParameters(EvaluationPort.NS, operation, body);
    }
}
