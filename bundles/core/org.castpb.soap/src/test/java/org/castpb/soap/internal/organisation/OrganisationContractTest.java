package org.castpb.soap.internal.organisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import org.apache.cxf.service.Service;
import org.apache.cxf.service.model.OperationInfo;
import org.castpb.api.coverage.GroupBy;
import org.castpb.soap.internal.SocietyPort;
import org.castpb.soap.internal.PublishedContract;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The published organisation contract, built by CXF from the endpoint as the server does, without a server. */
public class OrganisationContractTest {

    private static PublishedContract contract;
    private static Service service;
    private static String wsdl;

    @BeforeClass
    public static void buildContract() throws Exception {
        contract = PublishedContract.of(OrganisationEndpoint.class);
        service = contract.service();
        wsdl = contract.wsdl();
    }

    @AfterClass
    public static void shutDown() {
        contract.close();
    }

    @Test
    public void portOffersTheRequestOrganisationLiaisonCoverageRectificationAndAdmissionOperations() {
        Set<String> names = contract.operations();
        assertEquals(new TreeSet<>(Set.of("createEstablishmentRequest", "getEstablishmentRequest", "submitEstablishmentRequest",
                "returnEstablishmentRequest", "approveEstablishmentRequest", "rejectEstablishmentRequest", "acceptRuleWarning",
                "listPendingRequests", "getPartyOrganisation", "listPartyOrganisations", "dissolvePartyOrganisation", "assignLiaison",
                "listLiaisons", "getCoverageReport", "evaluateCoverageTargets", "listUncoveredSocieties",
                "listCoverageSnapshots", "takeCoverageSnapshot", "getCoverageTrend",
                "listRectificationTasks", "listSocietyRectificationTasks", "getRectificationTask", "generateRectificationTasks", "closeRectificationTask",
                "checkAdmission", "createPartyOrganisation", "updatePartyOrganisation", "getPartyOrganisationHistory",
                "listChildOrganisations", "getPartyOrganisationWarnings", "checkPartyOrganisation", "listOrganisationRuleSets",
                "updateEstablishmentRequest", "getLiaison", "updateLiaison", "listCoverageTargets")), names);
    }

    @Test
    public void everyOperationDeclaresTheCastpbFault() {
        for (OperationInfo op : service.getServiceInfos().get(0).getInterface().getOperations()) {
            assertEquals(op.getName().getLocalPart(), 1, op.getFaults().size());
        }
    }

    @Test
    public void serviceAndPortAreNamedInTheOrganisationNamespace() {
        assertEquals(new QName(OrganisationPort.NS, "OrganisationService"), service.getServiceInfos().get(0).getName());
        assertTrue(wsdl, wsdl.contains("targetNamespace=\"" + OrganisationPort.NS + "\""));
    }

    @Test
    public void schemaNamesEveryOrganisationAndCoverageType() {
        for (String type : new String[] {"establishmentRequest", "partyOrganisationDraft", "secretary", "ruleWarning", "warningAcceptance",
                "requestTransition", "pendingRequest", "partyOrganisation", "liaisonDraft", "liaisonAssignment", "coverageReport",
                "coverageScope", "coverageFigures", "coverageRow", "targetResult", "uncoveredSocietyPage", "uncoveredSociety",
                "coverageSnapshot", "trendPoint", "rectificationTaskPage", "rectificationTask", "rectificationRun", "admissionCheck",
                "admissionReason", "historyEntry", "ruleSet", "coverageTarget", "castpbFaultInfo"}) {
            assertTrue(type, wsdl.contains("complexType name=\"" + type + "\""));
        }
    }

    @Test
    public void faultsArePublishedInTheOrganisationNamespaceOnly() {
        assertFalse("nothing of the society contract leaks in", wsdl.contains(SocietyPort.NS));
        assertTrue(wsdl, wsdl.contains("name=\"castpbFault\""));
    }

    @Test
    public void datesArePublishedAsXsDate() {
        assertTrue(wsdl, wsdl.contains("<xs:element minOccurs=\"0\" name=\"asOf\" type=\"xs:date\"/>"));
        assertTrue(wsdl, wsdl.contains("<xs:element minOccurs=\"0\" name=\"dissolvedOn\" type=\"xs:date\"/>"));
        assertTrue(wsdl, wsdl.contains("<xs:element minOccurs=\"0\" name=\"termEndsOn\" type=\"xs:date\"/>"));
        assertTrue(wsdl, wsdl.contains("<xs:element minOccurs=\"0\" name=\"dueOn\" type=\"xs:date\"/>"));
        assertFalse(wsdl, wsdl.matches("(?s).*name=\"asOf\" type=\"xs:string\".*"));
    }

    @Test
    public void monthsArePublishedAsXsGYearMonthAsRestWritesThem() {
        for (String month : new String[] {"fromMonth", "toMonth", "month"}) {
            assertTrue(month + ": " + wsdl, wsdl.contains("<xs:element minOccurs=\"0\" name=\"" + month + "\" type=\"xs:gYearMonth\"/>"));
            assertFalse(wsdl, wsdl.matches("(?s).*name=\"" + month + "\" type=\"xs:string\".*"));
        }
    }

    @Test
    public void coverageRequestHandsTheDateAndBreakdownToTheEndpoint() throws Exception {
        assertEquals(List.of(LocalDate.of(2025, 12, 31), GroupBy.REGION), requestParameters("getCoverageReport",
                "<o:getCoverageReport xmlns:o=\"" + OrganisationPort.NS + "\"><o:asOf>2025-12-31</o:asOf><o:groupBy>REGION</o:groupBy>"
                        + "</o:getCoverageReport>"));
        assertEquals(Arrays.asList(null, null), requestParameters("getCoverageReport",
                "<o:getCoverageReport xmlns:o=\"" + OrganisationPort.NS + "\"/>"));
        // a provincial instance's breakdown
        assertEquals(Arrays.asList(null, GroupBy.CITY), requestParameters("getCoverageReport",
                "<o:getCoverageReport xmlns:o=\"" + OrganisationPort.NS + "\"><o:groupBy>CITY</o:groupBy></o:getCoverageReport>"));
    }

    @Test
    public void warningsRequestHandsTheOrganisationAndDateToTheEndpoint() throws Exception {
        assertEquals(List.of(7L, LocalDate.of(2025, 12, 31)), requestParameters("getPartyOrganisationWarnings",
                "<o:getPartyOrganisationWarnings xmlns:o=\"" + OrganisationPort.NS + "\"><o:id>7</o:id><o:asOf>2025-12-31</o:asOf>"
                        + "</o:getPartyOrganisationWarnings>"));
        assertEquals(Arrays.asList(7L, null), requestParameters("getPartyOrganisationWarnings",
                "<o:getPartyOrganisationWarnings xmlns:o=\"" + OrganisationPort.NS + "\"><o:id>7</o:id></o:getPartyOrganisationWarnings>"));
    }

    @Test
    public void checkRequestHandsTheDraftAndDateToTheEndpoint() throws Exception {
        List<Object> parameters = requestParameters("checkPartyOrganisation",
                "<o:checkPartyOrganisation xmlns:o=\"" + OrganisationPort.NS + "\"><o:draft><o:name>中国数学会党支部</o:name></o:draft>"
                        + "<o:asOf>2026-01-01</o:asOf></o:checkPartyOrganisation>");
        assertEquals("中国数学会党支部", ((PartyOrganisationDraftXml) parameters.get(0)).name);
        assertEquals(LocalDate.of(2026, 1, 1), parameters.get(1));
    }

    @Test
    public void dissolveRequestHandsEveryFieldToTheEndpoint() throws Exception {
        assertEquals(List.of(7L, 3L, LocalDate.of(2026, 6, 30), "学会注销"), requestParameters("dissolvePartyOrganisation",
                "<o:dissolvePartyOrganisation xmlns:o=\"" + OrganisationPort.NS + "\"><o:id>7</o:id><o:version>3</o:version>"
                        + "<o:dissolvedOn>2026-06-30</o:dissolvedOn><o:reason>学会注销</o:reason></o:dissolvePartyOrganisation>"));
    }

    @Test
    public void uncoveredRequestLeavesOutWhatTheCallerLeftOut() throws Exception {
        assertEquals(Arrays.asList(LocalDate.of(2026, 1, 1), true, null, 20), requestParameters("listUncoveredSocieties",
                "<o:listUncoveredSocieties xmlns:o=\"" + OrganisationPort.NS + "\"><o:asOf>2026-01-01</o:asOf><o:work>true</o:work>"
                        + "<o:limit>20</o:limit></o:listUncoveredSocieties>"));
    }

    @Test
    public void admissionRequestHandsTheSocietyAndDateToTheEndpoint() throws Exception {
        assertEquals(List.of(12L, LocalDate.of(2017, 6, 30)), requestParameters("checkAdmission",
                "<o:checkAdmission xmlns:o=\"" + OrganisationPort.NS + "\"><o:societyId>12</o:societyId><o:asOf>2017-06-30</o:asOf>"
                        + "</o:checkAdmission>"));
        assertEquals(Arrays.asList(12L, null), requestParameters("checkAdmission",
                "<o:checkAdmission xmlns:o=\"" + OrganisationPort.NS + "\"><o:societyId>12</o:societyId></o:checkAdmission>"));
    }

    @Test
    public void trendAndSnapshotRequestsHandTheMonthsToTheEndpoint() throws Exception {
        assertEquals(List.of(YearMonth.of(2016, 1), YearMonth.of(2017, 6)), requestParameters("getCoverageTrend",
                "<o:getCoverageTrend xmlns:o=\"" + OrganisationPort.NS + "\"><o:fromMonth>2016-01</o:fromMonth>"
                        + "<o:toMonth>2017-06</o:toMonth></o:getCoverageTrend>"));
        assertEquals(Arrays.asList(YearMonth.of(2016, 12), null), requestParameters("listCoverageSnapshots",
                "<o:listCoverageSnapshots xmlns:o=\"" + OrganisationPort.NS + "\"><o:fromMonth>2016-12</o:fromMonth>"
                        + "</o:listCoverageSnapshots>"));
        assertEquals(Arrays.asList((Object) null), requestParameters("takeCoverageSnapshot",
                "<o:takeCoverageSnapshot xmlns:o=\"" + OrganisationPort.NS + "\"/>"));
    }

    @Test
    public void rectificationListLeavesOutWhatTheCallerLeftOut() throws Exception {
        assertEquals(Arrays.asList(true, null, 20), requestParameters("listRectificationTasks",
                "<o:listRectificationTasks xmlns:o=\"" + OrganisationPort.NS + "\"><o:overdue>true</o:overdue><o:limit>20</o:limit>"
                        + "</o:listRectificationTasks>"));
        assertEquals(Arrays.asList(null, null, null), requestParameters("listRectificationTasks",
                "<o:listRectificationTasks xmlns:o=\"" + OrganisationPort.NS + "\"/>"));
    }

    @Test
    public void closeRequestHandsTheTaskAndNoteToTheEndpoint() throws Exception {
        assertEquals(List.of(17L, "已建立联合党支部"), requestParameters("closeRectificationTask",
                "<o:closeRectificationTask xmlns:o=\"" + OrganisationPort.NS + "\"><o:id>17</o:id><o:note>已建立联合党支部</o:note>"
                        + "</o:closeRectificationTask>"));
    }

    private static List<Object> requestParameters(String operation, String body) throws Exception {
        return contract.requestParameters(OrganisationPort.NS, operation, body);
    }
}
