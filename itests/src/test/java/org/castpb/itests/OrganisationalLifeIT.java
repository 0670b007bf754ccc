package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.castpb.itests.SoapXml.element;
import static org.castpb.itests.SoapXml.elements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.castpb.api.Actor;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyService;
import org.castpb.api.life.Absence;
import org.castpb.api.life.LifeEvents;
import org.castpb.api.life.Meeting;
import org.castpb.api.life.MeetingDraft;
import org.castpb.api.life.MeetingLoader;
import org.castpb.api.life.MeetingQuery;
import org.castpb.api.life.MeetingService;
import org.castpb.api.life.MeetingType;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.CitizenIds;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Organisational life through its three doors in the shipped distribution. Three Hangzhou societies A, B and C each
 * have a branch; A and B have a secretary account (sec-a, sec-b), a Zhejiang viewer sees all. Branch C (five formal
 * members, so no committee) held last year a chosen set of meetings, from which the compliance report, the members'
 * attendance and the alerts (listed, and posted on EventAdmin) are checked.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OrganisationalLifeIT extends CastpbTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD_OF = "life-password-1";
    private static final String SOAP_PATH = "/soap/LifeService";
    private static final String NS = "http://castpb.org/soap/life/1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int LAST_YEAR = TODAY.getYear() - 1;
    private static final Map<String, Long> IDS = new HashMap<>();
    private static int serial = 300;

    @Inject
    @Filter(timeout = 120_000)
    SocietyService societies;
    @Inject
    @Filter(timeout = 120_000)
    PartyOrganisationService organisations;
    @Inject
    @Filter(timeout = 120_000)
    MemberService members;
    @Inject
    @Filter(timeout = 120_000)
    MeetingService meetings;
    @Inject
    @Filter(timeout = 120_000)
    MeetingLoader meetingLoader;
    @Inject
    @Filter(timeout = 120_000)
    SessionFactory sessionFactory;
    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void fixtures() throws Exception {
        await().atMost(90, TimeUnit.SECONDS).until(() -> get("/v1/life/meetings?limit=1").statusCode() == 200);
        await().atMost(60, TimeUnit.SECONDS).until(() -> call("GET", SOAP_PATH + "?wsdl", null, null, false).statusCode() == 200);
        if (!IDS.isEmpty()) {
            return;
        }
        for (String fixture : List.of("A", "B", "C")) {
            long society = societies.create(Actor.SYSTEM, SocietyDraft.of("杭州市组织生活测试学会" + fixture, Usccs.valid("330100", 9700 + fixture.charAt(0)),
                    SocietyKind.SOCIETY, SocietyLevel.MUNICIPAL, "330100", Discipline.SCIENCE, GroupMemberStatus.NONE)).id();
            long organisation = organisations.create(Actor.SYSTEM, new PartyOrganisationDraft("杭州市组织生活测试学会" + fixture + "党支部",
                    OrganisationType.BRANCH, null, List.of(society), new Secretary("王小明", SecretarySource.PRINCIPAL_LEADER), 5, 0, null,
                    LocalDate.of(2016, 3, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), null)).id();
            IDS.put(fixture, organisation);
            IDS.put("society" + fixture, society);
            for (int i = 1; i <= 5; i++) {
                IDS.put(fixture + i, register(organisation, fixture + "成员" + i));
            }
        }
        account("{\"userName\":\"sec-a\",\"role\":\"society-secretary\",\"societyIds\":[" + IDS.get("societyA") + "]");
        account("{\"userName\":\"sec-b\",\"role\":\"society-secretary\",\"societyIds\":[" + IDS.get("societyB") + "]");
        account("{\"userName\":\"viewer-33\",\"role\":\"viewer\",\"regionPrefix\":\"33\"");
        awaitCommands(sessionFactory, "life:record", "life:meetings", "life:compliance", "life:attendance", "life:alerts", "life:run-alerts");
        lastYearOfBranchC();
    }

    @Test
    public void aMeetingIsRecordedAndReadThroughEveryDoorWithinTheScope() throws Exception {
        // REST: a meeting held today with two present and one absent with a reason, one without
        HttpResponse<String> created = as("sec-a", "POST", "/v1/life/meetings", meeting("A", "PARTY_LECTURE", TODAY, "党课：学习党章",
                List.of(IDS.get("A1"), IDS.get("A2")), "{\"memberId\":" + IDS.get("A3") + ",\"reason\":\"出差\"},{\"memberId\":" + IDS.get("A4") + "}"));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode m = JSON.readTree(created.body());
        long id = m.get("id").asLong();
        assertEquals(2, m.get("participants").asInt());
        assertFalse(m.get("recordedLate").asBoolean());
        assertEquals(4, m.get("attendance").size());
        assertEquals("A成员3", m.get("attendance").get(2).get("memberName").asText());
        assertEquals("出差", m.get("attendance").get(2).get("absenceReason").asText());
        assertTrue(m.get("attendance").get(3).get("absenceReason").isNull());
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElse(""));

        // a meeting held a month ago is flagged as recorded late (more than the configured 14 days)
        HttpResponse<String> late = as("sec-a", "POST", "/v1/life/meetings", meeting("A", "GROUP_MEETING", TODAY.minusDays(30), "小组学习",
                List.of(IDS.get("A1")), ""));
        assertEquals(late.body(), 201, late.statusCode());
        assertTrue(JSON.readTree(late.body()).get("recordedLate").asBoolean());

        // corrected with If-Match; the history names both changes
        HttpResponse<String> corrected = as("sec-a", "PUT", "/v1/life/meetings/" + id, meeting("A", "PARTY_LECTURE", TODAY, "党课：学习党章（修订）",
                List.of(IDS.get("A1"), IDS.get("A2"), IDS.get("A4")), "{\"memberId\":" + IDS.get("A3") + ",\"reason\":\"出差\"}"), "If-Match", "\"1\"");
        assertEquals(corrected.body(), 200, corrected.statusCode());
        assertEquals(3, JSON.readTree(corrected.body()).get("participants").asInt());
        assertEquals(412, as("sec-a", "PUT", "/v1/life/meetings/" + id, meeting("A", "PARTY_LECTURE", TODAY, "x", List.of(), ""),
                "If-Match", "\"1\"").statusCode());
        String history = as("sec-a", "GET", "/v1/life/meetings/" + id + "/history", null).body();
        assertTrue(history, history.contains("CREATE") && history.contains("UPDATE") && history.contains("（修订）"));

        // scope: the other society's secretary neither sees nor writes it; the viewer reads but may not write
        assertEquals(404, as("sec-b", "GET", "/v1/life/meetings/" + id, null).statusCode());
        String otherList = as("sec-b", "GET", "/v1/life/meetings?limit=500", null).body();
        assertFalse(otherList, otherList.contains("党课：学习党章"));
        HttpResponse<String> outside = as("sec-b", "POST", "/v1/life/meetings", meeting("A", "PARTY_LECTURE", TODAY, "越权", List.of(), ""));
        assertEquals(outside.body(), 403, outside.statusCode());
        assertEquals("OUT_OF_SCOPE", JSON.readTree(outside.body()).get("code").asText());
        assertEquals(200, as("viewer-33", "GET", "/v1/life/meetings/" + id, null).statusCode());
        assertEquals(403, as("viewer-33", "POST", "/v1/life/meetings", meeting("A", "PARTY_LECTURE", TODAY, "只读", List.of(), "")).statusCode());
        assertEquals(403, as("viewer-33", "PUT", "/v1/life/meetings/" + id, meeting("A", "PARTY_LECTURE", TODAY, "只读", List.of(), ""),
                "If-Match", "\"2\"").statusCode());

        // SOAP: record one for B, read A's meeting as sec-a, and A's is not found for sec-b
        HttpResponse<String> soapRecorded = soapAs("sec-b", "<l:recordMeeting><l:meeting><l:type>MEMBERS_ASSEMBLY</l:type><l:organisationId>"
                + IDS.get("B") + "</l:organisationId><l:heldOn>" + TODAY + "</l:heldOn><l:topic>党员大会</l:topic><l:attendee>" + IDS.get("B1")
                + "</l:attendee><l:absentee><l:memberId>" + IDS.get("B2") + "</l:memberId></l:absentee></l:meeting></l:recordMeeting>");
        assertEquals(soapRecorded.body(), 200, soapRecorded.statusCode());
        assertEquals("1", element(soapRecorded.body(), "participants"));
        HttpResponse<String> soapRead = soapAs("sec-a", "<l:getMeeting><l:id>" + id + "</l:id></l:getMeeting>");
        assertEquals("党课：学习党章（修订）", element(soapRead.body(), "topic"));
        assertFault(soapAs("sec-b", "<l:getMeeting><l:id>" + id + "</l:id></l:getMeeting>"), "NOT_FOUND");

        // the console: record as sec-a, list, show
        String recorded = executeCommandAs(sessionFactory, "sec-a", List.of("society-secretary"), "life:record --organisation " + IDS.get("A")
                + " --type COMMITTEE_MEETING --held " + TODAY + " --topic 支委会 --present " + IDS.get("A1") + "," + IDS.get("A2")
                + " --absent " + IDS.get("A5") + ":病假");
        assertTrue(recorded, recorded.contains("Recorded meeting"));
        String listed = executeCommandAs(sessionFactory, "sec-a", List.of("society-secretary"), "life:meetings --organisation " + IDS.get("A"));
        assertTrue(listed, listed.contains("党课：学习党章（修订）") && listed.contains("支委会") && listed.contains("3 of 3 meetings"));
        String shown = executeCommandAs(sessionFactory, "sec-a", List.of("society-secretary"), "life:meeting " + id);
        assertTrue(shown, shown.contains("A成员3") && shown.contains("出差"));
        assertTrue(refusal(sessionFactory, "life:meeting 999999").contains("NOT_FOUND"));
    }

    @Test
    public void badInputIsRefusedWithCodesAndNothingIsWritten() throws Exception {
        long before = total("A");
        HttpResponse<String> future = as("sec-a", "POST", "/v1/life/meetings", meeting("A", "PARTY_LECTURE", TODAY.plusDays(3), "未来的党课",
                List.of(IDS.get("A1")), ""));
        assertEquals(future.body(), 422, future.statusCode());
        assertEquals(Set.of("heldOn:FUTURE_DATE"), codes(future.body()));

        // a member of B and a second listing of the same member, in one request: both named, nothing written
        HttpResponse<String> strangers = as("sec-a", "POST", "/v1/life/meetings", meeting("A", "GROUP_MEETING", TODAY, "小组会",
                List.of(IDS.get("A1"), IDS.get("B1")), "{\"memberId\":" + IDS.get("A1") + "}"));
        assertEquals(strangers.body(), 422, strangers.statusCode());
        assertEquals(Set.of("absentees[0].memberId:LISTED_TWICE"), codes(strangers.body()));
        HttpResponse<String> stranger = as("sec-a", "POST", "/v1/life/meetings", meeting("A", "GROUP_MEETING", TODAY, "小组会",
                List.of(IDS.get("A1"), IDS.get("B1")), "{\"memberId\":999999}"));
        assertEquals(stranger.body(), 422, stranger.statusCode());
        assertEquals(Set.of("attendees[1]:NOT_A_MEMBER", "absentees[0].memberId:NOT_A_MEMBER"), codes(stranger.body()));
        assertEquals(Set.of("type:REQUIRED", "topic:REQUIRED"), codes(as("sec-a", "POST", "/v1/life/meetings",
                "{\"organisationId\":" + IDS.get("A") + ",\"heldOn\":\"" + TODAY + "\"}").body()));

        // the same over SOAP and the console
        HttpResponse<String> soap = soapAs("sec-a", "<l:recordMeeting><l:meeting><l:type>PARTY_LECTURE</l:type><l:organisationId>" + IDS.get("A")
                + "</l:organisationId><l:heldOn>" + TODAY.plusDays(1) + "</l:heldOn><l:topic>x</l:topic><l:attendee>" + IDS.get("B2")
                + "</l:attendee></l:meeting></l:recordMeeting>");
        assertFault(soap, "VALIDATION_FAILED");
        assertEquals(List.of("FUTURE_DATE"), elements(soap.body(), "code").stream().filter(c -> !c.equals("VALIDATION_FAILED")).toList());
        assertTrue(refusal(sessionFactory, "life:record --organisation " + IDS.get("A") + " --type GROUP_MEETING --held " + TODAY
                + " --topic 小组会 --present " + IDS.get("B3")).contains("is not a member or participant on the roll"));
        // several at once are all or none: the second names its index, and the first is not written either
        try {
            meetings.recordAll(Actor.SYSTEM, List.of(new MeetingDraft(MeetingType.GROUP_MEETING, IDS.get("A"), TODAY, "批量一", List.of(), List.of(), null),
                    new MeetingDraft(MeetingType.GROUP_MEETING, IDS.get("A"), TODAY, "批量二", List.of(IDS.get("B1")), List.of(), null)));
            throw new AssertionError("a meeting listing a member of B was recorded for A");
        } catch (org.castpb.api.ValidationException e) {
            assertEquals("meetings[1].attendees[0]", e.errors().get(0).field());
            assertEquals("NOT_A_MEMBER", e.errors().get(0).code());
        }
        // loaded with the day each was recorded (the demo's path, no door's): a day before the meeting is refused, nothing written
        LocalDate held = TODAY.minusDays(40);
        try {
            meetingLoader.loadAll(Actor.SYSTEM, List.of(new MeetingLoader.RecordedMeeting(new MeetingDraft(MeetingType.GROUP_MEETING, IDS.get("A"),
                    held, "补录一", List.of(), List.of(), null), held.plusDays(3)), new MeetingLoader.RecordedMeeting(new MeetingDraft(
                    MeetingType.GROUP_MEETING, IDS.get("A"), held, "补录二", List.of(), List.of(), null), held.minusDays(1))));
            throw new AssertionError("a meeting recorded before it was held was loaded");
        } catch (org.castpb.api.ValidationException e) {
            assertEquals("meetings[1].recordedOn", e.errors().get(0).field());
            assertEquals("RECORDED_OUTSIDE_RANGE", e.errors().get(0).code());
        }
        assertEquals(before, total("A"));
    }

    @Test
    public void aMeetingLoadedWithItsRecordingDayIsFlaggedLateByThatDay() throws Exception {
        LocalDate held = TODAY.minusDays(60);
        assertEquals(2, meetingLoader.loadAll(Actor.SYSTEM, List.of(
                new MeetingLoader.RecordedMeeting(new MeetingDraft(MeetingType.PARTY_LECTURE, IDS.get("B"), held, "按时记录的党课", List.of(), List.of(), null),
                        held.plusDays(14)),
                new MeetingLoader.RecordedMeeting(new MeetingDraft(MeetingType.PARTY_LECTURE, IDS.get("B"), held, "迟记的党课", List.of(), List.of(), null),
                        held.plusDays(15)))));
        Map<String, JsonNode> byTopic = new HashMap<>();
        JSON.readTree(get("/v1/life/meetings?organisationId=" + IDS.get("B") + "&from=" + held + "&to=" + held).body()).get("items")
                .forEach(m -> byTopic.put(m.get("topic").asText(), m));
        assertEquals(held.plusDays(14).toString(), byTopic.get("按时记录的党课").get("recordedOn").asText());
        assertFalse(byTopic.get("按时记录的党课").get("recordedLate").asBoolean());
        assertTrue(byTopic.get("迟记的党课").get("recordedLate").asBoolean());
    }

    @Test
    public void theComplianceReportCountsWhatWasDueHeldAndMissingPerOrganisation() throws Exception {
        String from = LAST_YEAR + "-01-01";
        String to = LAST_YEAR + "-12-31";
        HttpResponse<String> report = as("viewer-33", "GET", "/v1/life/compliance?organisationId=" + IDS.get("C") + "&from=" + from + "&to=" + to, null);
        assertEquals(report.body(), 200, report.statusCode());
        JsonNode c = JSON.readTree(report.body()).get("items").get(0);
        assertFalse("five formal members: no committee", c.get("hasCommittee").asBoolean());
        Map<String, String> byType = new HashMap<>();
        c.get("obligations").forEach(o -> byType.put(o.get("type").asText(), o.get("due").asInt() + "/" + o.get("held").asInt() + "/"
                + o.get("missing").asInt()));
        assertEquals(Map.of("GROUP_MEETING", "12/9/3", "MEMBERS_ASSEMBLY", "4/3/1", "PARTY_LECTURE", "4/4/0", "ORGANISATIONAL_LIFE_MEETING", "1/1/0"), byType);
        assertEquals(21, c.get("due").asInt());
        assertEquals(4, c.get("missing").asInt());
        assertEquals("v1", c.get("ruleSetVersion").asText());

        // only organisations missing something: A and B held nothing last year, so all three are listed
        JsonNode missing = JSON.readTree(as("viewer-33", "GET", "/v1/life/compliance?missingOnly=true&from=" + from + "&to=" + to + "&limit=500", null).body());
        Set<Long> listed = new TreeSet<>();
        missing.get("items").forEach(o -> listed.add(o.get("organisationId").asLong()));
        assertTrue(listed.toString(), listed.containsAll(List.of(IDS.get("A"), IDS.get("B"), IDS.get("C"))));
        // a secretary sees only their own organisation
        JsonNode own = JSON.readTree(as("sec-a", "GET", "/v1/life/compliance?from=" + from + "&to=" + to, null).body());
        assertEquals(1, own.get("total").asInt());
        assertEquals(404, as("sec-a", "GET", "/v1/life/compliance?organisationId=" + IDS.get("C") + "&from=" + from + "&to=" + to, null).statusCode());
        assertEquals(Set.of("from:REQUIRED"), codes(as("sec-a", "GET", "/v1/life/compliance?to=" + to, null).body()));

        // CSV with Chinese headers: one row per kind of meeting due, the missing periods named
        HttpResponse<String> csv = as("viewer-33", "GET", "/v1/life/compliance/export?organisationId=" + IDS.get("C") + "&from=" + from + "&to=" + to, null);
        assertEquals(csv.body(), 200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0), lines.get(0).contains("党组织编号,党组织名称,组织类别,会议类型,频次,应开次数,已开次数,缺开次数,缺开期间,规则版本"));
        assertEquals(5, lines.size());
        assertTrue(csv.body(), csv.body().contains("党小组会,每月,12,9,3," + LAST_YEAR + "-10; " + LAST_YEAR + "-11; " + LAST_YEAR + "-12,v1"));
        assertTrue(csv.body(), csv.body().contains("党员大会,每季度,4,3,1," + LAST_YEAR + "-Q3,v1"));

        // the same rows as an Excel workbook: Chinese headers, the header row frozen, the counts as numbers
        HttpResponse<byte[]> xlsx = getBytes("/v1/life/compliance/export?format=xlsx&organisationId=" + IDS.get("C") + "&from=" + from
                + "&to=" + to, "Authorization", basic("viewer-33"));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertGroupMeetingsOfCAreTyped(xlsx.body());
        assertEquals(Set.of("format:INVALID_VALUE"), codes(as("viewer-33", "GET", "/v1/life/compliance/export?format=pdf&from=" + from
                + "&to=" + to, null).body()));
        assertEquals(404, getBytes("/v1/life/compliance/export?format=xlsx&organisationId=" + IDS.get("C") + "&from=" + from + "&to=" + to,
                "Authorization", basic("sec-a")).statusCode());

        // SOAP and the console agree
        HttpResponse<String> soap = soapAs("viewer-33", "<l:complianceReport><l:organisationId>" + IDS.get("C") + "</l:organisationId><l:from>"
                + from + "</l:from><l:to>" + to + "</l:to></l:complianceReport>");
        assertEquals(soap.body(), 200, soap.statusCode());
        // the organisation's totals follow its obligations
        assertEquals(List.of("21", "17", "4"), List.of(lastOf(soap.body(), "due"), lastOf(soap.body(), "held"), lastOf(soap.body(), "missing")));
        String soapCsv = element(soapAs("viewer-33", "<l:exportCompliance><l:organisationId>" + IDS.get("C") + "</l:organisationId><l:from>" + from
                + "</l:from><l:to>" + to + "</l:to></l:exportCompliance>").body(), "csv");
        assertTrue(soapCsv, soapCsv.contains("党员大会,每季度,4,3,1"));
        assertGroupMeetingsOfCAreTyped(Base64.getDecoder().decode(element(soapAs("viewer-33", "<l:exportComplianceXlsx><l:organisationId>"
                + IDS.get("C") + "</l:organisationId><l:from>" + from + "</l:from><l:to>" + to + "</l:to></l:exportComplianceXlsx>").body(), "xlsx")));
        assertFault(soapAs("sec-a", "<l:exportComplianceXlsx><l:organisationId>" + IDS.get("C") + "</l:organisationId><l:from>" + from
                + "</l:from><l:to>" + to + "</l:to></l:exportComplianceXlsx>"), "NOT_FOUND");
        String written = executeCommand(sessionFactory, "life:export-compliance --organisation " + IDS.get("C") + " --from " + from + " --to "
                + to + " --force compliance-c.xlsx");
        assertTrue(written, written.contains("Wrote") && written.contains("compliance-c.xlsx"));
        String console = executeCommandAs(sessionFactory, "viewer-33", List.of("viewer"), "life:compliance --organisation " + IDS.get("C")
                + " --from " + from + " --to " + to);
        assertTrue(console, console.contains("党小组会") && console.contains(LAST_YEAR + "-10 " + LAST_YEAR + "-11 " + LAST_YEAR + "-12"));
    }

    /** The workbook of C's compliance: the Chinese header frozen, and the group meetings' row with 12 due, 9 held, 3 missing as numbers. */
    private static void assertGroupMeetingsOfCAreTyped(byte[] workbook) throws Exception {
        Map<String, String> parts = zipParts(workbook);
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertNotNull(parts.keySet().toString(), sheet);
        String text = sheet + parts.getOrDefault("xl/sharedStrings.xml", "");
        assertTrue(text, text.contains("应开次数") && text.contains("缺开期间") && text.contains("党小组会"));
        assertTrue(sheet, sheet.contains("state=\"frozen\""));
        // a number is a cell of type n (text is an inline or shared string): columns F, G, H are due, held and missing
        String number = "(?: s=\"\\d+\")?(?: t=\"n\")?><v>";
        assertTrue(sheet, Pattern.compile("<c r=\"F(\\d+)\"" + number + "12(\\.0)?</v></c><c r=\"G\\1\"" + number + "9(\\.0)?</v></c>"
                + "<c r=\"H\\1\"" + number + "3(\\.0)?</v></c>").matcher(sheet).find());
    }

    @Test
    public void theNationalStandardScoresTheMeetingsHeldAgainstThoseDueAndLessWhereTheyHaveGaps() throws Exception {
        // society D's branch held last year every assembly and lecture due and its organisational life meeting, and an
        // assembly this January, after the campaign's period; branch C (the fixture) missed an assembly
        long societyD = societies.create(Actor.SYSTEM, SocietyDraft.of("杭州市组织生活测试学会D", Usccs.valid("330100", 9700 + 'D'),
                SocietyKind.SOCIETY, SocietyLevel.MUNICIPAL, "330100", Discipline.SCIENCE, GroupMemberStatus.NONE)).id();
        long d = organisations.create(Actor.SYSTEM, new PartyOrganisationDraft("杭州市组织生活测试学会D党支部", OrganisationType.BRANCH, null,
                List.of(societyD), new Secretary("李华", SecretarySource.PRINCIPAL_LEADER), 5, 0, null, LocalDate.of(2016, 3, 1),
                LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), null)).id();
        List<MeetingDraft> held = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            held.add(new MeetingDraft(MeetingType.MEMBERS_ASSEMBLY, d, LocalDate.of(LAST_YEAR, quarter * 3 - 1, 15), "党员大会", List.of(), List.of(), null));
            held.add(new MeetingDraft(MeetingType.PARTY_LECTURE, d, LocalDate.of(LAST_YEAR, quarter * 3, 20), "党课", List.of(), List.of(), null));
        }
        held.add(new MeetingDraft(MeetingType.ORGANISATIONAL_LIFE_MEETING, d, LocalDate.of(LAST_YEAR, 12, 28), "组织生活会", List.of(), List.of(), null));
        held.add(new MeetingDraft(MeetingType.MEMBERS_ASSEMBLY, d, LocalDate.of(LAST_YEAR + 1, 1, 10), "新年党员大会", List.of(), List.of(), null));
        assertEquals(held.size(), meetings.recordAll(Actor.SYSTEM, held));

        long campaign = campaignRunToItsEnd("{\"year\":" + LAST_YEAR + ",\"kind\":\"ANNUAL_INSPECTION\",\"regionPrefix\":\"3301\"}");
        int full = meetingPoints(campaign, societyD, d);
        int withGaps = meetingPoints(campaign, IDS.get("societyC"), IDS.get("C"));
        assertTrue(full + " against " + withGaps, full > withGaps);
    }

    /**
     * The meetings part of the national ORGANISATIONAL_LIFE finding of a society whose one branch (no committee) is
     * {@code organisation}, checked against the branch's meetings of last year as read back: per kind due in twelve
     * months (assemblies and lectures each quarter, the organisational life meeting once) the share held, capped at
     * one, averaged over the kinds and scaled to the part's points. Returns the part's points.
     */
    private int meetingPoints(long campaign, long society, long organisation) throws Exception {
        List<Meeting> year = meetings.list(Actor.SYSTEM, new MeetingQuery(organisation, null, null, LocalDate.of(LAST_YEAR, 1, 1),
                LocalDate.of(LAST_YEAR, 12, 31), 0, MeetingQuery.MAX_LIMIT)).items();
        Map<MeetingType, Integer> due = Map.of(MeetingType.MEMBERS_ASSEMBLY, 4, MeetingType.PARTY_LECTURE, 4, MeetingType.ORGANISATIONAL_LIFE_MEETING, 1);
        Map<MeetingType, String> words = Map.of(MeetingType.MEMBERS_ASSEMBLY, "members' assemblies", MeetingType.PARTY_LECTURE, "party lectures",
                MeetingType.ORGANISATIONAL_LIFE_MEETING, "organisational life meetings");
        String evidence = campaignFinding(campaign, society, "ORGANISATIONAL_LIFE").get("evidence").asText();
        double share = 0;
        for (Map.Entry<MeetingType, Integer> e : due.entrySet()) {
            long h = year.stream().filter(m -> m.type() == e.getKey()).count();
            assertTrue(evidence, evidence.contains(words.get(e.getKey()) + " " + h + " of " + e.getValue()));
            share += Math.min(1.0, (double) h / e.getValue());
        }
        Matcher part = Pattern.compile("Meetings from " + LAST_YEAR + "-01-01 to " + LAST_YEAR + "-12-31 \\(12 months ended\\): [^(]*\\((\\d+) of (\\d+) points\\)")
                .matcher(evidence);
        assertTrue(evidence, part.find());
        int points = Integer.parseInt(part.group(1));
        assertEquals(evidence, Math.round(share / due.size() * Integer.parseInt(part.group(2))), points);
        return points;
    }

    @Test
    public void absencesAreCountedPerMemberAndTheAlertRunOpensEachAlertOnceAndPostsIt() throws Exception {
        // the member absent without reason since March of last year is a candidate; the others are not
        JsonNode attendance = JSON.readTree(as("viewer-33", "GET", "/v1/life/attendance?organisationId=" + IDS.get("C") + "&from=" + LAST_YEAR
                + "-01-01&to=" + LAST_YEAR + "-12-31", null).body());
        assertEquals(5, attendance.get("total").asInt());
        JsonNode truant = null;
        for (JsonNode a : attendance.get("items")) {
            if (a.get("memberId").asLong() == IDS.get("C5")) {
                truant = a;
            } else {
                assertFalse(a.toString(), a.get("unqualifiedCandidate").asBoolean());
            }
        }
        assertNotNull(truant);
        assertTrue(truant.toString(), truant.get("unqualifiedCandidate").asBoolean());
        assertEquals(LAST_YEAR + "-03-10", truant.get("absentSince").asText());
        // present at the January and February group meetings and the February assembly, absent from all fourteen since
        assertEquals(3, truant.get("attended").asInt());
        assertEquals(17, truant.get("listed").asInt());
        assertEquals(14, truant.get("consecutiveAbsences").asInt());
        assertEquals(3.0 / 17, truant.get("attendanceRate").asDouble(), 1e-9);
        JsonNode candidates = JSON.readTree(as("viewer-33", "GET", "/v1/life/attendance?candidatesOnly=true&from=" + LAST_YEAR
                + "-01-01&to=" + LAST_YEAR + "-12-31", null).body());
        assertEquals(1, candidates.get("total").asInt());
        String console = executeCommandAs(sessionFactory, "viewer-33", List.of("viewer"), "life:attendance --candidates --from " + LAST_YEAR
                + "-01-01 --to " + LAST_YEAR + "-12-31");
        assertTrue(console, console.contains("C成员5") && console.contains("1 of 1 members"));

        // the run as of mid-January looks back over last year: C owes three group meetings and one assembly
        List<Event> posted = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> topic = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, LifeEvents.ALERT_TOPIC));
        ServiceRegistration<EventHandler> listener = context.registerService(EventHandler.class, posted::add, topic);
        try {
            String asOf = (LAST_YEAR + 1) + "-01-15";
            assertEquals(403, as("viewer-33", "POST", "/v1/life/alerts/run?asOf=" + asOf, null).statusCode());
            HttpResponse<String> run = call("POST", "/v1/life/alerts/run?asOf=" + asOf, null, null, true);
            assertEquals(run.body(), 200, run.statusCode());
            JsonNode alerts = JSON.readTree(as("viewer-33", "GET", "/v1/life/alerts?organisationId=" + IDS.get("C"), null).body());
            Set<String> overdue = new TreeSet<>();
            String candidateOf = null;
            for (JsonNode a : alerts.get("items")) {
                if ("MEETING_OVERDUE".equals(a.get("kind").asText())) {
                    overdue.add(a.get("meetingType").asText() + " " + a.get("period").get("from").asText());
                } else {
                    candidateOf = a.get("memberName").asText();
                }
            }
            assertEquals(Set.of("GROUP_MEETING " + LAST_YEAR + "-10-01", "GROUP_MEETING " + LAST_YEAR + "-11-01", "GROUP_MEETING " + LAST_YEAR
                    + "-12-01", "MEMBERS_ASSEMBLY " + LAST_YEAR + "-07-01"), overdue);
            assertEquals("C成员5", candidateOf);
            await().atMost(30, TimeUnit.SECONDS).until(() -> posted.stream()
                    .filter(e -> IDS.get("C").equals(e.getProperty(LifeEvents.ORGANISATION_ID))).count() == 5);
            Event candidateEvent = posted.stream().filter(e -> "UNQUALIFIED_CANDIDATE".equals(e.getProperty(LifeEvents.KIND))
                    && IDS.get("C5").equals(e.getProperty(LifeEvents.MEMBER_ID))).findFirst().orElseThrow();
            assertEquals(IDS.get("societyC").longValue(), ((long[]) candidateEvent.getProperty(LifeEvents.SOCIETY_IDS))[0]);

            // a second run opens nothing again and posts nothing
            int before = posted.size();
            assertEquals(0, JSON.readTree(call("POST", "/v1/life/alerts/run?asOf=" + asOf, null, null, true).body()).get("opened").asInt());
            assertEquals(before, posted.size());

            // B's November group meeting is recorded after all: the next run closes its alert (C stays as the other tests read it)
            meetings.record(Actor.SYSTEM, new MeetingDraft(MeetingType.GROUP_MEETING, IDS.get("B"), LocalDate.of(LAST_YEAR, 11, 20), "补开小组会",
                    List.of(IDS.get("B1")), List.of(), null));
            String soapRun = soapAs("admin", "<l:runAlerts><l:asOf>" + asOf + "</l:asOf></l:runAlerts>").body();
            assertEquals(soapRun, "1", element(soapRun, "closed"));
            String closed = executeCommand(sessionFactory, "life:alerts --status CLOSED --organisation " + IDS.get("B"));
            assertTrue(closed, closed.contains(LAST_YEAR + "-11") && closed.contains("1 of 1 alerts"));
            assertFault(soapAs("sec-a", "<l:listAlerts><l:organisationId>" + IDS.get("C") + "</l:organisationId></l:listAlerts>"), "NOT_FOUND");
            String soapOwn = soapAs("sec-b", "<l:listAlerts><l:organisationId>" + IDS.get("B") + "</l:organisationId><l:status>OPEN</l:status></l:listAlerts>").body();
            assertFalse(soapOwn, elements(soapOwn, "alert").isEmpty());
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void theDemoDataShowsMissingMeetingsAndAlerts() throws Exception {
        String loaded = executeCommand(sessionFactory, "castpb:demo");
        Matcher held = Pattern.compile("Meetings of the demo organisations \\(last 13 months, with gaps\\): (\\d+) recorded, 0 organisations").matcher(loaded);
        assertTrue(loaded, held.find());
        assertTrue(loaded, Integer.parseInt(held.group(1)) > 100);
        assertTrue(executeCommand(sessionFactory, "castpb:demo").contains("Meetings of the demo organisations (last 13 months, with gaps): 0 recorded"));
        // recorded as people record them: most soon after the meeting, a few weeks later and flagged late
        int demo = 0;
        int late = 0;
        for (JsonNode m : JSON.readTree(get("/v1/life/meetings?limit=500").body()).get("items")) {
            if (m.get("minutes").asText().contains("演示数据")) {
                demo++;
                late += m.get("recordedLate").asBoolean() ? 1 : 0;
                assertFalse(m.toString(), LocalDate.parse(m.get("recordedOn").asText()).isBefore(LocalDate.parse(m.get("heldOn").asText())));
            }
        }
        assertTrue(demo + " demo meetings, " + late + " late", demo > 100 && late > 0 && late < demo / 5);
        LocalDate from = TODAY.minusMonths(12).withDayOfMonth(1);
        JsonNode all = JSON.readTree(get("/v1/life/compliance?from=" + from + "&to=" + TODAY + "&limit=1").body());
        JsonNode missing = JSON.readTree(get("/v1/life/compliance?missingOnly=true&from=" + from + "&to=" + TODAY + "&limit=500").body());
        assertTrue(missing.get("total").asInt() > 0 && missing.get("total").asInt() < all.get("total").asInt());
        JsonNode candidates = JSON.readTree(get("/v1/life/attendance?candidatesOnly=true&from=" + from + "&to=" + TODAY).body());
        assertTrue(candidates.toString(), candidates.get("total").asInt() > 0);
    }

    // ---- fixtures and helpers ----

    /**
     * Branch C last year: group meetings January to September, assemblies in every quarter but the third, a lecture
     * every quarter, the organisational life meeting in December. Member 5 attended January and February, then stayed
     * away without reason; member 4 gave a reason once.
     */
    private void lastYearOfBranchC() {
        long c = IDS.get("C");
        List<Long> others = List.of(IDS.get("C1"), IDS.get("C2"), IDS.get("C3"));
        List<MeetingDraft> year = new ArrayList<>();
        for (int month = 1; month <= 9; month++) {
            year.add(meetingOfC(c, MeetingType.GROUP_MEETING, LocalDate.of(LAST_YEAR, month, 10), others, month));
        }
        for (int month : new int[] {2, 5, 11}) {
            year.add(meetingOfC(c, MeetingType.MEMBERS_ASSEMBLY, LocalDate.of(LAST_YEAR, month, 20), others, month));
        }
        for (int month : new int[] {3, 6, 9, 12}) {
            year.add(meetingOfC(c, MeetingType.PARTY_LECTURE, LocalDate.of(LAST_YEAR, month, 25), others, month));
        }
        year.add(meetingOfC(c, MeetingType.ORGANISATIONAL_LIFE_MEETING, LocalDate.of(LAST_YEAR, 12, 28), others, 12));
        assertEquals(17, meetings.recordAll(Actor.SYSTEM, year));
    }

    private static MeetingDraft meetingOfC(long organisation, MeetingType type, LocalDate day, List<Long> present, int month) {
        List<Long> attendees = new ArrayList<>(present);
        List<Absence> absent = new ArrayList<>();
        if (month <= 2) {
            attendees.add(IDS.get("C5"));
        } else {
            absent.add(new Absence(IDS.get("C5"), null));
        }
        if (month == 6) {
            absent.add(new Absence(IDS.get("C4"), "出差"));
        } else {
            attendees.add(IDS.get("C4"));
        }
        return new MeetingDraft(type, organisation, day, type + " " + day, attendees, absent, "会议记录");
    }

    private long register(long organisation, String name) {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(serial * 7L);
        String first17 = "330106" + born.toString().replace("-", "") + String.format("%03d", serial++ % 1000);
        return members.register(Actor.SYSTEM, new MemberDraft(organisation, name, Gender.FEMALE, "汉族", born, first17 + CitizenIds.checkCharacter(first17),
                Education.BACHELOR, SocietyPosition.STAFF, null, born.plusYears(25), MembershipKind.FORMAL, null, Affiliation.BELONGS, null)).id();
    }

    private void account(String draft) {
        HttpResponse<String> created = postJson("/v1/accounts", draft + ",\"password\":\"" + PASSWORD_OF + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
    }

    private static String meeting(String org, String type, LocalDate held, String topic, List<Long> present, String absentJson) {
        return "{\"type\":\"" + type + "\",\"organisationId\":" + IDS.get(org) + ",\"heldOn\":\"" + held + "\",\"topic\":\"" + topic
                + "\",\"attendees\":" + present + ",\"absentees\":[" + absentJson + "],\"minutes\":\"会议记录\"}";
    }

    private long total(String org) throws Exception {
        return JSON.readTree(get("/v1/life/meetings?organisationId=" + IDS.get(org)).body()).get("total").asLong();
    }

    private static Set<String> codes(String problem) throws Exception {
        Set<String> codes = new TreeSet<>();
        JSON.readTree(problem).get("errors").forEach(e -> codes.add(e.get("field").asText() + ":" + e.get("code").asText()));
        return codes;
    }

    private HttpResponse<String> as(String account, String method, String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "admin".equals(account) ? "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))
                : basic(account);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return call(method, path, json == null ? null : "application/json", json, false, all);
    }

    private HttpResponse<String> soapAs(String account, String operation) {
        String authorization = "admin".equals(account) ? "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8)) : basic(account);
        return call("POST", SOAP_PATH, "text/xml; charset=UTF-8", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:l=\"" + NS + "\"><soap:Body>" + operation + "</soap:Body></soap:Envelope>", false, "Authorization", authorization);
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + PASSWORD_OF).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertFault(HttpResponse<String> response, String code) {
        assertEquals(response.body(), 500, response.statusCode());
        assertEquals(code, element(response.body(), "code"));
        assertFalse(response.body(), response.body().contains("at org."));
    }

    private static String lastOf(String xml, String name) {
        List<String> all = elements(xml, name);
        assertFalse(name + " in " + xml, all.isEmpty());
        return all.get(all.size() - 1);
    }
}
