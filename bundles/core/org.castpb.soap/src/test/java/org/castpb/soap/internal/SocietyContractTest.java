package org.castpb.soap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.apache.cxf.databinding.WrapperHelper;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.apache.cxf.service.Service;
import org.apache.cxf.service.model.MessagePartInfo;
import org.apache.cxf.service.model.OperationInfo;
import org.castpb.api.ImportMode;
import org.castpb.api.LedgerRevision;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The published contract, built by CXF from the endpoint as the server does, without a server. */
public class SocietyContractTest {

    private static PublishedContract contract;
    private static Service service;
    private static String wsdl;

    @BeforeClass
    public static void buildContract() throws Exception {
        contract = PublishedContract.of(SocietyEndpoint.class);
        service = contract.service();
        wsdl = contract.wsdl();
    }

    @AfterClass
    public static void shutDown() {
        contract.close();
    }

    @Test
    public void portOffersTheSocietyLedgerAndTransferOperations() {
        Set<String> names = contract.operations();
        assertEquals(new TreeSet<>(Set.of("createSociety", "getSociety", "getSocietyHistory", "updateSociety", "admitSociety", "listSocieties", "getLedger",
                "getLedgerRevision", "updateLedger", "listLedgerRevisions", "compareLedgerRevisions", "listUnclearLedgers",
                "importSocieties", "exportSocieties", "importSocietiesXlsx", "exportSocietiesXlsx")), names);
    }

    @Test
    public void workbooksTravelAsBase64Binary() {
        assertTrue(wsdl, wsdl.contains("name=\"workbook\" type=\"xs:base64Binary\""));
    }

    @Test
    public void schemaNamesEveryLedgerAndTransferType() {
        for (String type : new String[] {"ledger", "ledgerDraft", "leader", "sectionStatus", "ledgerRevision", "fieldChange",
                "ledgerComparison", "unclearLedger", "unclearLedgerPage", "importReport", "importError"}) {
            assertTrue(type, wsdl.contains("complexType name=\"" + type + "\""));
        }
    }

    @Test
    public void ledgerDateIsPublishedAsXsDate() {
        assertTrue(wsdl, wsdl.contains("<xs:element minOccurs=\"0\" name=\"asOf\" type=\"xs:date\"/>"));
    }

    @Test
    public void ledgerRequestHandsTheDateToTheEndpointAsALocalDate() throws Exception {
        assertEquals(List.of(5L, LocalDate.of(2016, 12, 31)), requestParameters("getLedger",
                "<s:getLedger xmlns:s=\"" + SocietyPort.NS + "\"><s:societyId>5</s:societyId><s:asOf>2016-12-31</s:asOf></s:getLedger>"));
        assertEquals(Arrays.asList(5L, null), requestParameters("getLedger",
                "<s:getLedger xmlns:s=\"" + SocietyPort.NS + "\"><s:societyId>5</s:societyId></s:getLedger>"));
    }

    @Test
    public void importRequestHandsTheCsvTextAndModeToTheEndpoint() throws Exception {
        assertEquals(List.of("名称\n中国数学会\n", ImportMode.VALID_ROWS), requestParameters("importSocieties",
                "<s:importSocieties xmlns:s=\"" + SocietyPort.NS + "\"><s:csv>名称\n中国数学会\n</s:csv>"
                        + "<s:mode>VALID_ROWS</s:mode></s:importSocieties>"));
    }

    @Test
    public void revisionHistoryAnswersOneLedgerRevisionElementPerRevision() throws Exception {
        LedgerRevisionXml first = LedgerRevisionXml.of(new LedgerRevision(1, Instant.parse("2026-11-26T08:00:00Z"), "admin", "首次填报", true));
        LedgerRevisionXml second = LedgerRevisionXml.of(new LedgerRevision(2, Instant.parse("2026-11-27T08:00:00Z"), "admin", null, false));
        String xml = responseBody("listLedgerRevisions", List.of(second, first));
        assertEquals(xml, 2, xml.split("<ledgerRevision>", -1).length - 1);
        assertTrue(xml, xml.contains("<ledgerRevision><revision>1</revision><recordedAt>2026-11-26T08:00:00Z</recordedAt>"
                + "<recordedBy>admin</recordedBy><note>首次填报</note><clear>true</clear></ledgerRevision>"));
    }

    /** What CXF's wrapped-style writing makes of an endpoint method's result, with its namespace declared on the wrapper. */
    private static String responseBody(String operation, Object result) throws Exception {
        OperationInfo op = service.getServiceInfos().get(0).getInterface().getOperation(new QName(SocietyPort.NS, operation));
        MessagePartInfo wrapperPart = op.getOutput().getFirstMessagePart();
        MessagePartInfo resultPart = op.getUnwrappedOperation().getOutput().getMessageParts().get(0);
        JAXBDataBinding binding = (JAXBDataBinding) service.getDataBinding();
        WrapperHelper helper = binding.createWrapperHelper(wrapperPart.getTypeClass(), wrapperPart.getElementQName(),
                List.of(resultPart.getName().getLocalPart()), Arrays.asList((String) null), List.of(resultPart.getTypeClass()));
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.setDefaultNamespace(SocietyPort.NS);
        binding.createWriter(XMLStreamWriter.class).write(helper.createWrapperObject(List.of(result)), wrapperPart, xml);
        xml.flush();
        return out.toString();
    }

    @Test
    public void anUnreadableDateIsAClientFaultCodedLikeAnyBadInputWithoutJavaNames() throws Exception {
        try {
            requestParameters("getLedger", "<s:getLedger xmlns:s=\"" + SocietyPort.NS + "\"><s:societyId>5</s:societyId>"
                    + "<s:asOf>2016-13-01</s:asOf></s:getLedger>");
            org.junit.Assert.fail("read the 13th month");
        } catch (org.apache.cxf.interceptor.Fault fault) {
            org.apache.cxf.message.Message message = new org.apache.cxf.message.MessageImpl();
            message.setContent(Exception.class, fault);
            new UnreadableRequestInterceptor(SocietyPort.NS).handleMessage(message);
            assertEquals(org.apache.cxf.interceptor.Fault.FAULT_CODE_CLIENT, fault.getFaultCode());
            assertEquals("VALIDATION_FAILED: a date is written like 2016-12-31, got '2016-13-01'", fault.getMessage());
            org.w3c.dom.Element castpb = (org.w3c.dom.Element) fault.getDetail().getFirstChild();
            assertEquals(SocietyPort.NS, castpb.getNamespaceURI());
            assertEquals("VALIDATION_FAILED", castpb.getElementsByTagNameNS(SocietyPort.NS, "code").item(0).getTextContent());
        }
    }

    private static List<Object> requestParameters(String operation, String body) throws Exception {
        return contract.requestParameters(SocietyPort.NS, operation, body);
    }
}
