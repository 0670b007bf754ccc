package org.castpb.soap.internal.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.Marshaller;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import org.castpb.api.Page;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleState;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.junit.Test;

public class EvaluationXmlMappingTest {

    static final Instant AT = EvaluationEndpointTest.AT;
    static final CampaignDraft DRAFT = new CampaignDraft(2026, EvaluationKind.COMPREHENSIVE, "2026年度综合考核评价",
            LocalDate.of(2026, 12, 31), "33");

    @Test
    public void campaignDraftComesBackUnchangedFromItsXmlForm() throws Exception {
        String xml = marshal("campaign", CampaignDraftXml.class, CampaignDraftXml.of(DRAFT));
        assertTrue(xml, xml.contains("<year>2026</year><kind>COMPREHENSIVE</kind><title>2026年度综合考核评价</title>"
                + "<asOf>2026-12-31</asOf><regionPrefix>33</regionPrefix>"));
        assertEquals(DRAFT, unmarshal(xml, CampaignDraftXml.class).toDraft());
    }

    @Test
    public void leftOutDraftElementsStayUnknownForTheServiceToFillInOrRefuse() throws Exception {
        CampaignDraft draft = unmarshal("<campaign xmlns=\"" + EvaluationPort.NS + "\"><kind>ASSESSMENT</kind></campaign>",
                CampaignDraftXml.class).toDraft();
        assertEquals(new CampaignDraft(null, EvaluationKind.ASSESSMENT, null, null, null), draft);
    }

    @Test
    public void campaignNeverRunSurvivesMarshalAndUnmarshalWithoutItsRunTimes() throws Exception {
        Campaign campaign = new Campaign(7, 2026, EvaluationKind.ANNUAL_INSPECTION, "2026 annual inspection", LocalDate.of(2026, 12, 31),
                "", CampaignStatus.CREATED, "admin", AT, null, null, 0, 0, 0, 0, 0, 0, 1);
        String xml = marshal("campaign", CampaignXml.class, CampaignXml.of(campaign));
        assertTrue(xml, xml.contains("<status>CREATED</status><createdBy>admin</createdBy><createdAt>2026-11-26T02:00:00Z</createdAt>"
                + "<societies>0</societies>"));
        assertFalse(xml, xml.contains("startedAt") || xml.contains("finishedAt"));
        assertEquals(campaign, unmarshal(xml, CampaignXml.class).toCampaign());
    }

    @Test
    public void aCorrectionNamesTheCampaignItCorrectsInDraftAndCampaign() throws Exception {
        CampaignDraft draft = new CampaignDraft(2026, EvaluationKind.COMPREHENSIVE, null, null, null, 7L);
        String draftXml = marshal("campaign", CampaignDraftXml.class, CampaignDraftXml.of(draft));
        assertTrue(draftXml, draftXml.contains("<kind>COMPREHENSIVE</kind><correctsCampaignId>7</correctsCampaignId>"));
        assertEquals(draft, unmarshal(draftXml, CampaignDraftXml.class).toDraft());

        Campaign campaign = new Campaign(8, 2026, EvaluationKind.COMPREHENSIVE, "2026 comprehensive, correcting campaign 7",
                LocalDate.of(2026, 12, 31), "", CampaignStatus.CREATED, "admin", AT, null, null, 0, 0, 0, 0, 0, 0, 1, 7L);
        String xml = marshal("campaign", CampaignXml.class, CampaignXml.of(campaign));
        assertTrue(xml, xml.contains("<version>1</version><correctsCampaignId>7</correctsCampaignId>"));
        assertEquals(campaign, unmarshal(xml, CampaignXml.class).toCampaign());
    }

    @Test
    public void resultWithVetoAndModuleErrorSurvivesMarshalAndUnmarshalWithEveryFinding() throws Exception {
        SocietyEvaluation result = EvaluationEndpointTest.RESULT;
        String xml = marshal("result", SocietyEvaluationXml.class, SocietyEvaluationXml.of(result));
        assertTrue(xml, xml.contains("<outcome>FAIL</outcome><score>71.5</score><grade>UNQUALIFIED</grade><vetoed>true</vetoed>"
                + "<reason>national-party-building vetoed: 未建立党组织</reason>"));
        assertTrue(xml, xml.contains("<finding><code>ORGANISATION</code><title>党组织建立</title><points>0</points>"
                + "<maxPoints>30</maxPoints><evidence>无党组织，亦无报批</evidence></finding>"));
        assertTrue("an ERROR result has neither score nor grade: " + xml, xml.contains("<status>ERROR</status><points>0</points>"
                + "<maxPoints>0</maxPoints><veto>false</veto><error>exceeded the time limit of 5000 ms</error>"));
        assertEquals(result, unmarshal(xml, SocietyEvaluationXml.class).toEvaluation());
    }

    @Test
    public void pageOfResultsCarriesItsPaging() throws Exception {
        SocietyEvaluation pass = new SocietyEvaluation(7, 11, "中国数学会", "110000", Outcome.PASS, new BigDecimal("92.0"), null, false,
                List.of(), AT, List.of());
        String xml = marshal("page", SocietyEvaluationPageXml.class, SocietyEvaluationPageXml.of(new Page<>(List.of(pass), 31, 30, 10)));
        assertTrue(xml, xml.contains("</item><total>31</total><offset>30</offset><limit>10</limit>"));
        assertFalse("no reasons on PASS, no modules in a page: " + xml, xml.contains("<reason>") || xml.contains("<module>"));
        assertEquals(pass, unmarshal(xml, SocietyEvaluationPageXml.class).items.get(0).toEvaluation());
    }

    @Test
    public void allocationKeepsItsAmountsToTheFen() throws Exception {
        String xml = marshal("allocation", AllocationXml.class, AllocationXml.of(EvaluationEndpointTest.allocation()));
        assertTrue(xml, xml.contains("<budget>100000.00</budget><total>60000.00</total><note>2026年度</note>"));
        assertTrue(xml, xml.contains("<award><societyId>12</societyId><channel>AWARD_IN_LIEU_OF_SUBSIDY</channel>"
                + "<amount>60000.00</amount>"));
        assertEquals(EvaluationEndpointTest.allocation(), unmarshal(xml, AllocationXml.class).toAllocation());
    }

    @Test
    public void nationalModuleAndRemovedSchemeSurviveMarshalAndUnmarshal() throws Exception {
        ModuleInfo module = new ModuleInfo("national-party-building", "全国党建评价", "1.0.0", "",
                List.of(EvaluationKind.ANNUAL_INSPECTION, EvaluationKind.ASSESSMENT), "org.castpb.plugin.evaluation.national",
                ModuleState.ACTIVE, AT);
        String xml = marshal("module", ModuleInfoXml.class, ModuleInfoXml.of(module));
        assertTrue(xml, xml.contains("<kind>ANNUAL_INSPECTION</kind><kind>ASSESSMENT</kind>"));
        assertEquals(module, unmarshal(xml, ModuleInfoXml.class).toInfo());

        ModuleInfo scheme = new ModuleInfo("award", "以奖代补", "1.0.0", "", List.of(), "org.castpb.plugin.funding.award",
                ModuleState.REMOVED, AT);
        String schemeXml = marshal("scheme", ModuleInfoXml.class, ModuleInfoXml.of(scheme));
        assertFalse(schemeXml, schemeXml.contains("<kind>"));
        assertEquals(scheme, unmarshal(schemeXml, ModuleInfoXml.class).toInfo());
        assertNull(unmarshal("<module xmlns=\"" + EvaluationPort.NS + "\"><id>x</id></module>", ModuleInfoXml.class).region);
    }

    private static <T> String marshal(String element, Class<T> type, T value) throws Exception {
        Marshaller marshaller = JAXBContext.newInstance(type).createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        StringWriter out = new StringWriter();
        marshaller.marshal(new JAXBElement<>(new QName(EvaluationPort.NS, element), type, value), out);
        return out.toString();
    }

    private static <T> T unmarshal(String xml, Class<T> type) throws Exception {
        return JAXBContext.newInstance(type).createUnmarshaller().unmarshal(new StreamSource(new StringReader(xml)), type).getValue();
    }
}
