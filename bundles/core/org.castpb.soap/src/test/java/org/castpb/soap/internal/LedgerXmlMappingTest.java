package org.castpb.soap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.Marshaller;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import org.castpb.api.ImportError;
import org.castpb.api.ImportReport;
import org.castpb.api.InspectionResult;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerSection;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RunningState;
import org.castpb.api.SectionStatus;
import org.junit.Test;

public class LedgerXmlMappingTest {

    static final LedgerDraft DRAFT = new LedgerDraft(RunningState.NORMAL, InspectionResult.QUALIFIED, 2024, 12, 8, 3, 5, 1, 4, 2,
            List.of(new Leader("王小明", LeaderRole.PRESIDENT, true, true), new Leader("李华", LeaderRole.SECRETARY_GENERAL, false, false)),
            Boolean.FALSE, NoOrganisationReason.OTHER, "正在与挂靠单位协商联合党支部", "年检后更新");

    @Test
    public void ledgerDraftComesBackUnchangedFromItsXmlForm() {
        assertEquals(DRAFT, LedgerDraftXml.of(DRAFT).toDraft());
    }

    @Test
    public void emptyLedgerDraftComesBackEmpty() {
        assertEquals(LedgerDraft.empty(), LedgerDraftXml.of(LedgerDraft.empty()).toDraft());
    }

    @Test
    public void ledgerDraftWithChineseTextSurvivesMarshalAndUnmarshal() throws Exception {
        String xml = marshal("ledger", LedgerDraftXml.class, LedgerDraftXml.of(DRAFT));
        assertTrue(xml, xml.contains("<leader><name>王小明</name><role>PRESIDENT</role><principal>true</principal>"));
        LedgerDraftXml read = JAXBContext.newInstance(LedgerDraftXml.class).createUnmarshaller()
                .unmarshal(new StreamSource(new StringReader(xml)), LedgerDraftXml.class).getValue();
        assertEquals(DRAFT, read.toDraft());
    }

    @Test
    public void leftOutLedgerElementsStayUnknownRatherThanZero() throws Exception {
        String xml = "<ledger xmlns=\"" + SocietyPort.NS + "\"><fullTimeStaff>8</fullTimeStaff><leader><name>王小明</name></leader></ledger>";
        LedgerDraft draft = JAXBContext.newInstance(LedgerDraftXml.class).createUnmarshaller()
                .unmarshal(new StreamSource(new StringReader(xml)), LedgerDraftXml.class).getValue().toDraft();
        assertEquals(Integer.valueOf(8), draft.fullTimeStaff());
        assertNull(draft.staffPartyMembers());
        assertNull(draft.partyOrganisationEstablished());
        // a leader without role still reaches the service, which is where the refusal is worded
        assertEquals(List.of(new Leader("王小明", null, false, false)), draft.leaders());
    }

    @Test
    public void ledgerMarshalsWithChineseTextStatusAndRecordingTime() throws Exception {
        Ledger ledger = new Ledger(7, 3, Instant.parse("2026-11-26T08:00:00Z"), "admin", DRAFT, false, List.of(
                new SectionStatus(LedgerSection.OPERATIONS, true, List.of()),
                new SectionStatus(LedgerSection.LEADERS, false, List.of("the secretary general (秘书长)"))));
        String xml = marshal("ledger", LedgerXml.class, LedgerXml.of(ledger));
        assertTrue(xml, xml.contains("<societyId>7</societyId><revision>3</revision><recordedAt>2026-11-26T08:00:00Z</recordedAt>"));
        assertTrue(xml, xml.contains("<noOrganisationText>正在与挂靠单位协商联合党支部</noOrganisationText>"));
        assertTrue(xml, xml.contains("<sectionStatus><section>LEADERS</section><clear>false</clear>"
                + "<missing>the secretary general (秘书长)</missing></sectionStatus>"));
    }

    @Test
    public void importReportKeepsRowColumnAndReasonOfEachError() throws Exception {
        ImportReport report = new ImportReport(3, 0, 0, 0, false, List.of(
                new ImportError(3, "级别", "'国家级' is not one of 全国 (NATIONAL), 省级 (PROVINCIAL), 市级 (MUNICIPAL)"),
                new ImportError(4, null, "the row has more cells than the header has columns")));
        ImportReportXml x = ImportReportXml.of(report);
        assertFalse(x.applied);
        assertEquals(3, x.rows);
        assertEquals(2, x.errors.size());
        String xml = marshal("report", ImportReportXml.class, x);
        assertTrue(xml, xml.contains("<error><row>3</row><column>级别</column><reason>'国家级' is not one of"));
        assertTrue(xml, xml.contains("<error><row>4</row><reason>"));
    }

    private static <T> String marshal(String element, Class<T> type, T value) throws Exception {
        Marshaller marshaller = JAXBContext.newInstance(type).createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        StringWriter out = new StringWriter();
        marshaller.marshal(new JAXBElement<>(new QName(SocietyPort.NS, element), type, value), out);
        return out.toString();
    }
}
