package org.castpb.soap.internal.organisation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.Marshaller;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Page;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyLevel;
import org.castpb.api.coverage.AdmissionCheck;
import org.castpb.api.coverage.AdmissionReason;
import org.castpb.api.coverage.AdmissionService;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageRow;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageSnapshot;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.RectificationStatus;
import org.castpb.api.coverage.RectificationTask;
import org.castpb.api.coverage.TrendPoint;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.junit.Test;

public class OrganisationXmlMappingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final PartyOrganisationDraft DRAFT = new PartyOrganisationDraft("中国数学会联合党支部", OrganisationType.JOINT_BRANCH, 3L,
            List.of(11L, 12L), new Secretary("王小明", SecretarySource.PRINCIPAL_LEADER), 5, 1, 3, TODAY, TODAY,
            TODAY.plusYears(3).minusDays(1), "与中国力学学会联合组建");
    static final CoverageReport REPORT = new CoverageReport(TODAY,
            new CoverageScope(EnumSet.of(SocietyLevel.NATIONAL), EnumSet.of(GroupMemberStatus.MEMBER), EnumSet.of(RegistrationStatus.ACTIVE)),
            CoverageFigures.of(3, 2, 3), GroupBy.REGION,
            List.of(new CoverageRow("110000", CoverageFigures.of(2, 1, 2)), new CoverageRow("310000", CoverageFigures.of(1, 1, 1))));

    @Test
    public void requestDraftComesBackUnchangedFromItsXmlForm() {
        assertEquals(DRAFT, PartyOrganisationDraftXml.of(DRAFT).toDraft());
    }

    @Test
    public void requestDraftWithChineseTextSurvivesMarshalAndUnmarshal() throws Exception {
        String xml = marshal("draft", PartyOrganisationDraftXml.class, PartyOrganisationDraftXml.of(DRAFT));
        assertTrue(xml, xml.contains("<societyId>11</societyId><societyId>12</societyId>"
                + "<secretary><name>王小明</name><source>PRINCIPAL_LEADER</source></secretary>"));
        assertTrue(xml, xml.contains("<termEndsOn>2029-11-25</termEndsOn>"));
        assertEquals(DRAFT, unmarshal(xml, PartyOrganisationDraftXml.class).toDraft());
    }

    @Test
    public void leftOutDraftElementsStayUnknownForTheServiceToRefuse() throws Exception {
        PartyOrganisationDraft draft = unmarshal("<draft xmlns=\"" + OrganisationPort.NS + "\"><name>中国数学会党支部</name>"
                + "<type>BRANCH</type></draft>", PartyOrganisationDraftXml.class).toDraft();
        assertEquals(OrganisationType.BRANCH, draft.type());
        assertEquals(List.of(), draft.societyIds());
        assertNull(draft.secretary());
        assertNull(draft.formalMembers());
        assertNull(draft.establishedOn());
    }

    @Test
    public void coverageReportComesBackUnchangedFromItsXmlForm() {
        assertEquals(REPORT, CoverageReportXml.of(REPORT).toReport());
    }

    @Test
    public void coverageReportSurvivesMarshalAndUnmarshalWithItsRates() throws Exception {
        String xml = marshal("report", CoverageReportXml.class, CoverageReportXml.of(REPORT));
        assertTrue(xml, xml.contains("<asOf>2026-11-26</asOf><scope><level>NATIONAL</level><groupMemberStatus>MEMBER</groupMemberStatus>"
                + "<registrationStatus>ACTIVE</registrationStatus></scope>"));
        assertTrue(xml, xml.contains("<totals><inScope>3</inScope><organisationCovered>2</organisationCovered><workCovered>3</workCovered>"
                + "<organisationRate>66.7</organisationRate><workRate>100.0</workRate></totals><groupBy>REGION</groupBy>"));
        assertTrue(xml, xml.contains("<row><key>310000</key>"));
        assertEquals(REPORT, unmarshal(xml, CoverageReportXml.class).toReport());
    }

    @Test
    public void reportWithNothingInScopeLeavesTheRatesOut() throws Exception {
        CoverageReport empty = new CoverageReport(TODAY, CoverageScope.DEFAULT, CoverageFigures.of(0, 0, 0), null, List.of());
        String xml = marshal("report", CoverageReportXml.class, CoverageReportXml.of(empty));
        assertTrue(xml, !xml.contains("Rate>") && !xml.contains("<row>") && !xml.contains("<groupBy>"));
        CoverageReport read = unmarshal(xml, CoverageReportXml.class).toReport();
        assertEquals(empty, read);
        assertEquals(null, read.totals().organisationRate());
        assertEquals(BigDecimal.valueOf(667, 1), CoverageFigures.of(3, 2, 3).organisationRate());
    }

    @Test
    public void admissionCheckSurvivesMarshalAndUnmarshalWithEveryReason() throws Exception {
        AdmissionCheck check = new AdmissionCheck(12, GroupMemberStatus.APPLICANT, TODAY, false, List.of(
                new AdmissionReason(AdmissionService.PENDING_REQUEST, true, "submitted establishment request 4 would cover it"),
                new AdmissionReason(AdmissionService.LEDGER_NOT_CLEAR, false, "STAFF (missing fullTimeStaff)")));
        String xml = marshal("check", AdmissionCheckXml.class, AdmissionCheckXml.of(check));
        assertTrue(xml, xml.contains("<societyId>12</societyId><groupMemberStatus>APPLICANT</groupMemberStatus>"
                + "<asOf>2026-11-26</asOf><pass>false</pass><reason><code>PENDING_REQUEST</code><met>true</met>"));
        assertEquals(check, unmarshal(xml, AdmissionCheckXml.class).toCheck());
    }

    @Test
    public void closedRectificationTaskSurvivesMarshalAndUnmarshal() throws Exception {
        RectificationTask task = new RectificationTask(17, 12, "中国数学会", LocalDate.of(2016, 12, 31), CoverageKind.WORK,
                LocalDate.of(2017, 3, 31), RectificationStatus.CLOSED, false, TODAY, "admin", "已派驻党建联络员");
        String xml = marshal("page", RectificationTaskPageXml.class, RectificationTaskPageXml.of(new Page<>(List.of(task), 31, 30, 10)));
        assertTrue(xml, xml.contains("<item><id>17</id><societyId>12</societyId><societyName>中国数学会</societyName>"
                + "<targetDate>2016-12-31</targetDate><kind>WORK</kind><dueOn>2017-03-31</dueOn><status>CLOSED</status>"));
        assertTrue(xml, xml.contains("</item><total>31</total><offset>30</offset><limit>10</limit>"));
        assertEquals(task, unmarshal(xml, RectificationTaskPageXml.class).items.get(0).toTask());
    }

    @Test
    public void snapshotAndTrendMonthsAreWrittenAsYearAndMonth() throws Exception {
        CoverageSnapshot snapshot = new CoverageSnapshot(LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 31), CoverageFigures.of(3, 2, 3),
                Instant.parse("2017-01-01T01:00:00Z"));
        String xml = marshal("snapshot", CoverageSnapshotXml.class, CoverageSnapshotXml.of(snapshot));
        assertTrue(xml, xml.contains("<month>2016-12</month><asOf>2016-12-31</asOf><figures><inScope>3</inScope>"));
        assertEquals(snapshot, unmarshal(xml, CoverageSnapshotXml.class).toSnapshot());

        TrendPoint point = TrendPoint.of(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 30), CoverageFigures.of(3, 3, 3), false);
        String pointXml = marshal("point", TrendPointXml.class, TrendPointXml.of(List.of(point)).get(0));
        assertTrue(pointXml, pointXml.contains("<month>2017-06</month>") && pointXml.contains("<stored>false</stored>"));
        assertEquals(point, unmarshal(pointXml, TrendPointXml.class).toPoint());
    }

    private static <T> String marshal(String element, Class<T> type, T value) throws Exception {
        Marshaller marshaller = JAXBContext.newInstance(type).createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        StringWriter out = new StringWriter();
        marshaller.marshal(new JAXBElement<>(new QName(OrganisationPort.NS, element), type, value), out);
        return out.toString();
    }

    private static <T> T unmarshal(String xml, Class<T> type) throws Exception {
        return JAXBContext.newInstance(type).createUnmarshaller().unmarshal(new StreamSource(new StringReader(xml)), type).getValue();
    }
}
