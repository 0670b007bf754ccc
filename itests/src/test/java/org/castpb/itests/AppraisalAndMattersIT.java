package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.CitizenIds;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
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

/**
 * Democratic appraisal and major matters through their three doors in the shipped distribution, and the national
 * standard scoring organisational life from them. Two Hangzhou societies H and O each have a branch and a secretary
 * account (sec-h, sec-o); H's branch has four members. Each test uses its own records: H's round and matters, O's matter.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AppraisalAndMattersIT extends CastpbTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD_OF = "orglife-password-1";
    private static final String NS = "http://castpb.org/soap/orglife/1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear();
    private static final Map<String, Long> IDS = new HashMap<>();
    private static final List<Long> MEMBERS = new ArrayList<>();

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
    SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void fixtures() throws Exception {
        await().atMost(BOOT).until(() -> get("/v1/appraisals").statusCode() == 200 && get("/v1/matters").statusCode() == 200);
        await().atMost(60, TimeUnit.SECONDS).until(() -> call("GET", "/soap/MajorMatterService?wsdl", null, null, false).statusCode() == 200);
        if (!IDS.isEmpty()) {
            return;
        }
        for (String fixture : List.of("H", "O")) {
            long society = societies.create(Actor.SYSTEM, SocietyDraft.of("杭州市组织生活测试学会" + fixture, Usccs.valid("330100", 9700 + fixture.charAt(0)),
                    SocietyKind.SOCIETY, SocietyLevel.MUNICIPAL, "330100", Discipline.SCIENCE, GroupMemberStatus.NONE)).id();
            long organisation = organisations.create(Actor.SYSTEM, new PartyOrganisationDraft("杭州市组织生活测试学会" + fixture + "党支部",
                    OrganisationType.BRANCH, null, List.of(society), new Secretary("王小明", SecretarySource.PRINCIPAL_LEADER), 4, 0, null,
                    LocalDate.of(2016, 3, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), null)).id();
            IDS.put("society" + fixture, society);
            IDS.put("org" + fixture, organisation);
        }
        String[] names = {"赵一", "钱二", "孙三", "李四"};
        for (int i = 0; i < names.length; i++) {
            LocalDate born = LocalDate.of(1980 + i, 3, 1);
            String first17 = "330106" + born.toString().replace("-", "") + String.format("%03d", 700 + i);
            MEMBERS.add(members.register(Actor.SYSTEM, new MemberDraft(IDS.get("orgH"), names[i], Gender.MALE, "汉族", born,
                    first17 + CitizenIds.checkCharacter(first17), Education.BACHELOR, SocietyPosition.STAFF, null, LocalDate.of(2010, 7, 1),
                    MembershipKind.FORMAL, null, Affiliation.BELONGS, null)).id());
        }
        account("{\"userName\":\"sec-h\",\"role\":\"society-secretary\",\"societyIds\":[" + IDS.get("societyH") + "]");
        account("{\"userName\":\"sec-o\",\"role\":\"society-secretary\",\"societyIds\":[" + IDS.get("societyO") + "]");
        awaitCommands(sessionFactory, "appraisal:list", "appraisal:export", "matter:breaches");
    }

    @Test
    public void appraisalRoundsCasesAndTheirRefusalsThroughTheThreeDoors() throws Exception {
        String grades = "[{\"memberId\":" + MEMBERS.get(0) + ",\"grade\":\"EXCELLENT\"},{\"memberId\":" + MEMBERS.get(1) + ",\"grade\":\"EXCELLENT\"},"
                + "{\"memberId\":" + MEMBERS.get(2) + ",\"grade\":\"UNQUALIFIED\"},{\"memberId\":" + MEMBERS.get(3) + ",\"grade\":\"QUALIFIED\"}]";
        String round = "{\"organisationId\":" + IDS.get("orgH") + ",\"year\":" + YEAR + ",\"heldOn\":\"" + TODAY + "\",\"grades\":" + grades;

        // two of four EXCELLENT is above a third: refused without a justification, naming it; nothing written
        HttpResponse<String> refused = as("sec-h", "POST", "/v1/appraisals", round + "}");
        assertEquals(refused.body(), 422, refused.statusCode());
        assertEquals(Set.of("justification:EXCELLENT_ABOVE_SHARE"), fieldCodes(refused.body()));
        assertEquals("[]", as("sec-h", "GET", "/v1/appraisals", null).body());
        // another society's secretary may not record it
        assertEquals(403, as("sec-o", "POST", "/v1/appraisals", round + ",\"justification\":\"两人获省部级科技奖励\"}").statusCode());

        HttpResponse<String> created = as("sec-h", "POST", "/v1/appraisals", round + ",\"justification\":\"两人获省部级科技奖励\"}");
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode recorded = JSON.readTree(created.body());
        long roundId = recorded.get("id").asLong();
        assertEquals("EXCELLENT_ABOVE_SHARE", recorded.get("warnings").get(0).asText());
        assertEquals(4, recorded.get("grades").size());

        // the same members again in the year: 422 naming each, the organisation's second round too
        HttpResponse<String> twice = as("sec-h", "POST", "/v1/appraisals", "{\"organisationId\":" + IDS.get("orgH") + ",\"year\":" + YEAR
                + ",\"heldOn\":\"" + TODAY + "\",\"grades\":[{\"memberId\":" + MEMBERS.get(3) + ",\"grade\":\"QUALIFIED\"}]}");
        assertEquals(twice.body(), 422, twice.statusCode());
        assertEquals(Set.of("year:ROUND_EXISTS", "grades[0].memberId:APPRAISED_TWICE"), fieldCodes(twice.body()));
        assertEquals(404, as("sec-o", "GET", "/v1/appraisals/" + roundId, null).statusCode());

        // UNQUALIFIED opened a case: listed over REST, closed over SOAP, both audited with the round
        JsonNode open = JSON.readTree(as("sec-h", "GET", "/v1/appraisals/cases?state=OPEN", null).body());
        assertEquals(open.toString(), 1, open.size());
        assertEquals(MEMBERS.get(2).longValue(), open.get(0).get("memberId").asLong());
        assertEquals("[]", as("sec-o", "GET", "/v1/appraisals/cases", null).body());
        HttpResponse<String> closed = soapAs("sec-h", "/soap/AppraisalService", "<o:closeCase><o:id>" + open.get(0).get("id").asLong()
                + "</o:id><o:version>1</o:version><o:on>" + TODAY + "</o:on><o:outcome>限期改正，经教育已改正</o:outcome></o:closeCase>");
        assertEquals(closed.body(), 200, closed.statusCode());
        assertEquals("CLOSED", element(closed.body(), "state"));
        HttpResponse<String> again = soapAs("sec-h", "/soap/AppraisalService", "<o:closeCase><o:id>" + open.get(0).get("id").asLong()
                + "</o:id><o:version>1</o:version><o:on>" + TODAY + "</o:on><o:outcome>再次</o:outcome></o:closeCase>");
        assertEquals(again.body(), "VERSION_CONFLICT", element(again.body(), "code"));
        String history = as("sec-h", "GET", "/v1/appraisals/" + roundId + "/history", null).body();
        assertTrue(history, history.contains("\"CREATE\"") && history.contains("\"CASE_OPENED\"") && history.contains("\"CASE_CLOSED\""));
        String soapRound = soapAs("sec-h", "/soap/AppraisalService", "<o:getAppraisal><o:id>" + roundId + "</o:id></o:getAppraisal>").body();
        assertEquals(soapRound, "EXCELLENT_ABOVE_SHARE", element(soapRound, "warning"));

        // the CSV sheet (REST, with a BOM for spreadsheets; SOAP as text) and the console
        HttpResponse<String> csv = as("sec-h", "GET", "/v1/appraisals/export?year=" + YEAR, null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body(), csv.body().startsWith("\uFEFF年度,党组织编号") && csv.body().contains(",孙三,不合格,") && csv.body().contains("两人获省部级科技奖励"));
        String soapCsv = soapAs("sec-h", "/soap/AppraisalService", "<o:exportAppraisals><o:year>" + YEAR + "</o:year></o:exportAppraisals>").body();
        assertTrue(soapCsv, element(soapCsv, "csv").contains("赵一,优秀"));
        String console = executeCommandAs(sessionFactory, "sec-h", List.of("society-secretary"), "appraisal:list --year " + YEAR);
        assertTrue(console, console.contains("EXCELLENT_ABOVE_SHARE") && console.contains("1 rounds"));
        String cases = executeCommandAs(sessionFactory, "sec-o", List.of("society-secretary"), "appraisal:cases");
        assertTrue(cases, cases.contains("0 cases"));
    }

    @Test
    public void anUnqualifiedMemberIsHandledStepByStepToRemovalThroughRestSoapAndTheConsole() throws Exception {
        // a member of H's branch absent from organisational life: a case opened by hand, its own member so the rounds stay as they are
        LocalDate born = LocalDate.of(1979, 5, 1);
        String first17 = "330106" + born.toString().replace("-", "") + "790";
        long member = members.register(Actor.SYSTEM, new MemberDraft(IDS.get("orgH"), "周五", Gender.MALE, "汉族", born,
                first17 + CitizenIds.checkCharacter(first17), Education.BACHELOR, SocietyPosition.STAFF, null, LocalDate.of(2009, 7, 1),
                MembershipKind.FORMAL, null, Affiliation.BELONGS, null)).id();
        HttpResponse<String> opened = as("sec-h", "POST", "/v1/appraisals/cases", "{\"memberId\":" + member + ",\"on\":\"" + TODAY.minusDays(200)
                + "\",\"reason\":\"连续六个月无正当理由不参加组织生活\"}");
        assertEquals(opened.body(), 201, opened.statusCode());
        long id = JSON.readTree(opened.body()).get("id").asLong();
        assertEquals(403, as("sec-o", "POST", "/v1/appraisals/cases", "{\"memberId\":" + member + ",\"on\":\"" + TODAY
                + "\",\"reason\":\"x\"}").statusCode());
        assertEquals(Set.of("memberId:CASE_EXISTS"), fieldCodes(as("sec-h", "POST", "/v1/appraisals/cases", "{\"memberId\":" + member
                + ",\"on\":\"" + TODAY + "\",\"reason\":\"再次\"}").body()));

        // education over REST, the deadline over SOAP
        HttpResponse<String> educated = step("1", id, "{\"kind\":\"EDUCATION\",\"on\":\"" + TODAY.minusDays(190) + "\",\"note\":\"支部书记谈话\"}");
        assertEquals(educated.body(), 200, educated.statusCode());
        HttpResponse<String> deadline = soapAs("sec-h", "/soap/AppraisalService", "<o:recordCaseStep><o:id>" + id + "</o:id><o:version>2</o:version>"
                + "<o:kind>IMPROVEMENT_DEADLINE</o:kind><o:on>" + TODAY.minusDays(180) + "</o:on><o:deadline>" + TODAY.minusDays(60)
                + "</o:deadline><o:note>限期四个月改正</o:note></o:recordCaseStep>");
        assertEquals(deadline.body(), 200, deadline.statusCode());
        assertEquals("3", element(deadline.body(), "version"));

        // out of order, or before the deadline passed: 422 with the code, nothing written (the version stays)
        HttpResponse<String> backwards = step("3", id, "{\"kind\":\"EDUCATION\",\"on\":\"" + TODAY.minusDays(170) + "\",\"note\":\"再谈话\"}");
        assertEquals(backwards.body(), 422, backwards.statusCode());
        assertEquals(Set.of("kind:STEP_OUT_OF_ORDER"), fieldCodes(backwards.body()));
        HttpResponse<String> early = step("3", id, "{\"kind\":\"PERSUASION_TO_LEAVE\",\"on\":\"" + TODAY.minusDays(90) + "\",\"note\":\"劝退\"}");
        assertEquals(Set.of("on:DEADLINE_NOT_PASSED"), fieldCodes(early.body()));
        HttpResponse<String> soapEarly = soapAs("sec-h", "/soap/AppraisalService", "<o:recordCaseStep><o:id>" + id + "</o:id><o:version>3</o:version>"
                + "<o:kind>REMOVAL</o:kind><o:on>" + TODAY.minusDays(50) + "</o:on><o:note>除名</o:note></o:recordCaseStep>");
        assertEquals(soapEarly.body(), "VALIDATION_FAILED", element(soapEarly.body(), "code"));
        assertTrue(soapEarly.body(), soapEarly.body().contains("STEP_OUT_OF_ORDER"));
        assertEquals("3", JSON.readTree(as("sec-h", "GET", "/v1/appraisals/cases/" + id, null).body()).get("version").asText());
        assertEquals("ACTIVE", JSON.readTree(as("sec-h", "GET", "/v1/members/" + member, null).body()).get("status").asText());

        // persuasion over REST once the deadline passed, then the removal over SOAP: the case closes and the member is REMOVED
        HttpResponse<String> persuaded = step("3", id, "{\"kind\":\"PERSUASION_TO_LEAVE\",\"on\":\"" + TODAY.minusDays(30)
                + "\",\"note\":\"逾期未改正，支部党员大会决定劝其退党\"}");
        assertEquals(persuaded.body(), 200, persuaded.statusCode());
        HttpResponse<String> removed = soapAs("sec-h", "/soap/AppraisalService", "<o:recordCaseStep><o:id>" + id + "</o:id><o:version>4</o:version>"
                + "<o:kind>REMOVAL</o:kind><o:on>" + TODAY.minusDays(10) + "</o:on><o:note>坚持不退，予以除名</o:note></o:recordCaseStep>");
        assertEquals(removed.body(), 200, removed.statusCode());
        assertEquals("CLOSED", element(removed.body(), "state"));
        assertEquals("REMOVED", element(removed.body(), "result"));
        JsonNode left = JSON.readTree(as("sec-h", "GET", "/v1/members/" + member, null).body());
        assertEquals("REMOVED", left.get("status").asText());
        assertEquals(TODAY.minusDays(10).toString(), left.get("statusSince").asText());
        String memberHistory = as("sec-h", "GET", "/v1/members/" + member + "/history", null).body();
        assertTrue(memberHistory, memberHistory.contains("\"REMOVED\"") && memberHistory.contains("case " + id));
        JsonNode steps = JSON.readTree(as("sec-h", "GET", "/v1/appraisals/cases/" + id, null).body()).get("steps");
        List<String> kinds = new ArrayList<>();
        steps.forEach(st -> kinds.add(st.get("kind").asText()));
        assertEquals(List.of("EDUCATION", "IMPROVEMENT_DEADLINE", "PERSUASION_TO_LEAVE", "REMOVAL"), kinds);
        String trail = as("sec-h", "GET", "/v1/appraisals/cases/" + id + "/history", null).body();
        assertTrue(trail, trail.contains("\"CASE_OPENED\"") && trail.contains("\"CASE_STEP\"") && trail.contains("result=REMOVED"));
        assertEquals(404, as("sec-o", "GET", "/v1/appraisals/cases/" + id, null).statusCode());
        String console = executeCommandAs(sessionFactory, "sec-h", List.of("society-secretary"), "appraisal:case " + id);
        assertTrue(console, console.contains("除名") && console.contains("限期改正") && console.contains(TODAY.minusDays(60).toString()));
    }

    @Test
    public void theAdmissionCheckListsTheApplicantsRegisteredMembersAgainstItsLedger() throws Exception {
        long society = IDS.get("societyH");
        long onRoll = members.list(Actor.SYSTEM, new MemberQuery(IDS.get("orgH"), null, MemberStatus.ACTIVE, 0, MemberQuery.MAX_LIMIT)).total();
        JsonNode check = JSON.readTree(as("sec-h", "GET", "/v1/societies/" + society + "/admission-check?asOf=" + TODAY, null).body());
        JsonNode registered = check.get("registeredMembers");
        assertNotNull(check.toString(), registered);
        assertEquals(registered.toString(), IDS.get("orgH").longValue(), registered.get("organisationIds").get(0).asLong());
        assertEquals(registered.toString(), "formalMembers", registered.get("items").get(0).get("field").asText());
        assertEquals(registered.toString(), onRoll, registered.get("items").get(0).get("registry").asLong());
        // the ledger's party-member section is not filled in: every figure is a reconciliation item, and the check still answers on its conditions
        assertEquals(registered.toString(), 4, registered.get("differences").size());
        assertTrue(check.toString(), check.get("reasons").size() == 2);
        HttpResponse<String> soap = call("POST", "/soap/OrganisationService", "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:o=\"http://castpb.org/soap/organisation/1\">"
                        + "<soap:Body><o:checkAdmission><o:societyId>" + society + "</o:societyId><o:asOf>" + TODAY + "</o:asOf></o:checkAdmission>"
                        + "</soap:Body></soap:Envelope>", false, "Authorization", basic("sec-h"));
        assertEquals(soap.body(), 200, soap.statusCode());
        assertEquals(soap.body(), Long.toString(onRoll), element(element(soap.body(), "registeredMembers"), "registry"));
        String console = executeCommandAs(sessionFactory, "sec-h", List.of("society-secretary"), "coverage:admission " + society);
        assertTrue(console, console.contains("Registered members") && console.contains("reconciliation items"));
    }

    @Test
    public void majorMattersAreListedAsBreachesWhenDecidedWithoutOrAgainstTheOpinion() throws Exception {
        long society = IDS.get("societyH");
        String raised = TODAY.minusDays(20).toString();
        String decided = TODAY.minusDays(10).toString();
        // a large expenditure decided without an opinion
        HttpResponse<String> noOpinion = as("sec-h", "POST", "/v1/matters", "{\"societyId\":" + society + ",\"category\":\"LARGE_EXPENDITURE\","
                + "\"title\":\"购置会场设备\",\"raisedOn\":\"" + raised + "\",\"amount\":380000,\"decidedOn\":\"" + decided + "\"}");
        assertEquals(noOpinion.body(), 201, noOpinion.statusCode());
        assertEquals("NO_PRIOR_OPINION", JSON.readTree(noOpinion.body()).get("breach").asText());

        // an opinion dated after the decision, and an expenditure below the threshold in force, are refused: nothing written
        HttpResponse<String> late = as("sec-h", "POST", "/v1/matters", "{\"societyId\":" + society + ",\"category\":\"MAJOR_DECISION\","
                + "\"title\":\"修订章程\",\"raisedOn\":\"" + raised + "\",\"decidedOn\":\"" + decided + "\",\"opinion\":{\"kind\":\"AGREE\","
                + "\"text\":\"同意\",\"givenOn\":\"" + TODAY.minusDays(5) + "\"}}");
        assertEquals(late.body(), 422, late.statusCode());
        assertEquals(Set.of("opinion.givenOn:OPINION_AFTER_DECISION"), fieldCodes(late.body()));
        HttpResponse<String> small = as("sec-h", "POST", "/v1/matters", "{\"societyId\":" + society + ",\"category\":\"LARGE_EXPENDITURE\","
                + "\"title\":\"办公用品\",\"raisedOn\":\"" + raised + "\",\"amount\":5000}");
        assertEquals(Set.of("amount:BELOW_THRESHOLD"), fieldCodes(small.body()));
        assertEquals(1, JSON.readTree(as("sec-h", "GET", "/v1/matters?societyId=" + society, null).body()).size());

        // a donation the organisation disagreed with, decided over SOAP all the same
        HttpResponse<String> donation = as("sec-h", "POST", "/v1/matters", "{\"societyId\":" + society + ",\"category\":\"LARGE_DONATION\","
                + "\"title\":\"接受企业捐赠\",\"raisedOn\":\"" + raised + "\",\"amount\":600000,\"opinion\":{\"kind\":\"DISAGREE\","
                + "\"text\":\"存在利益关联\",\"givenOn\":\"" + TODAY.minusDays(18) + "\"}}");
        assertEquals(donation.body(), 201, donation.statusCode());
        long donationId = JSON.readTree(donation.body()).get("id").asLong();
        assertEquals(428, as("sec-h", "POST", "/v1/matters/" + donationId + "/decision", "{\"decidedOn\":\"" + decided + "\"}").statusCode());
        HttpResponse<String> outside = soapAs("sec-o", "/soap/MajorMatterService", "<o:decideMatter><o:id>" + donationId + "</o:id><o:version>1</o:version>"
                + "<o:decidedOn>" + decided + "</o:decidedOn></o:decideMatter>");
        assertEquals(outside.body(), 500, outside.statusCode());
        assertEquals(outside.body(), "NOT_FOUND", element(outside.body(), "code"));
        HttpResponse<String> decide = soapAs("sec-h", "/soap/MajorMatterService", "<o:decideMatter><o:id>" + donationId + "</o:id><o:version>1</o:version>"
                + "<o:decidedOn>" + decided + "</o:decidedOn></o:decideMatter>");
        assertEquals(decide.body(), "DECIDED_AGAINST_OPINION", element(decide.body(), "breach"));

        // the breaches: JSON, CSV, console; the other society's secretary sees none
        JsonNode breaches = JSON.readTree(as("sec-h", "GET", "/v1/matters/breaches?from=" + raised, null).body());
        assertEquals(breaches.toString(), 2, breaches.size());
        HttpResponse<String> csv = as("sec-h", "GET", "/v1/matters/breaches?format=csv", null);
        assertTrue(csv.body(), csv.body().startsWith("\uFEFF事项编号") && csv.body().contains("决策前未听取党组织意见")
                && csv.body().contains("党组织不同意仍作决策"));
        assertEquals("[]", as("sec-o", "GET", "/v1/matters/breaches", null).body());
        String console = executeCommand(sessionFactory, "matter:breaches --from " + raised);
        assertTrue(console, console.contains("购置会场设备") && console.contains("接受企业捐赠"));
        String history = as("sec-h", "GET", "/v1/matters/" + donationId + "/history", null).body();
        assertTrue(history, history.contains("\"CREATE\"") && history.contains("\"DECISION\"") && history.contains("sec-h"));
    }

    @Test
    public void theNationalStandardScoresOrganisationalLifeFromAppraisalAndMatters() throws Exception {
        long society = IDS.get("societyO");
        // society O: no appraisal (not due before the year ends), one matter heard first and decided in the year
        String newYear = LocalDate.of(YEAR, 1, 1).toString();
        HttpResponse<String> heard = as("sec-o", "POST", "/v1/matters", "{\"societyId\":" + society + ",\"category\":\"IMPORTANT_PERSONNEL\","
                + "\"title\":\"聘任副秘书长\",\"raisedOn\":\"" + newYear + "\",\"decidedOn\":\"" + newYear + "\",\"opinion\":{\"kind\":"
                + "\"AGREE_WITH_CONDITIONS\",\"text\":\"同意，须公示\",\"givenOn\":\"" + newYear + "\"}}");
        assertEquals(heard.body(), 201, heard.statusCode());
        HttpResponse<String> created = postJson("/v1/evaluation/campaigns", "{\"year\":" + YEAR + ",\"kind\":\"ANNUAL_INSPECTION\",\"regionPrefix\":\"3301\"}");
        assertEquals(created.body(), 201, created.statusCode());
        long campaign = JSON.readTree(created.body()).get("id").asLong();
        assertEquals(202, postJson("/v1/evaluation/campaigns/" + campaign + "/run", "").statusCode());
        await().atMost(120, TimeUnit.SECONDS).until(() -> !"RUNNING".equals(JSON.readTree(get("/v1/evaluation/campaigns/" + campaign).body())
                .get("status").asText()));

        // scored, no longer "not assessed": the matters part in full, the appraisal part not yet due
        JsonNode life = organisationalLife(campaign, society);
        String evidence = life.get("evidence").asText();
        assertTrue(life.toString(), life.get("maxPoints").asInt() >= 5);
        assertTrue(evidence, evidence.contains("Major matters: 1 decided, 0 in breach (5 of 5 points)"));
        assertTrue(evidence, evidence.contains("Democratic appraisal of " + YEAR + ": none recorded yet, and not due before the year ends."));
    }

    @Test
    public void theDemoHasAppraisalsAndMattersWithTheirGapsAndItsRemovalTakesThemBack() throws Exception {
        String loaded = executeCommand(sessionFactory, "castpb:demo");
        Matcher counts = Pattern.compile("Democratic appraisal: (\\d+) rounds recorded, (\\d+) organisations without one.*major matters: (\\d+) recorded")
                .matcher(loaded);
        assertTrue(loaded, counts.find());
        int rounds = Integer.parseInt(counts.group(1));
        assertTrue(loaded, rounds > 10 && Integer.parseInt(counts.group(2)) > 0 && "6".equals(counts.group(3)));
        JsonNode all = JSON.readTree(get("/v1/appraisals").body());
        List<String> warnings = new ArrayList<>();
        // the demo's rounds are of last year (this class's own round is of this year)
        all.forEach(r -> r.get("warnings").forEach(w -> warnings.add(r.get("year").asInt() == YEAR ? "this year's"
                : w.asText() + (r.get("justification").isNull() ? "" : " justified"))));
        warnings.remove("this year's");
        assertEquals(List.of("EXCELLENT_ABOVE_SHARE justified"), warnings);
        // its unqualified-member cases stand one at each stage of the handling, and the removed member is off the roll
        Set<String> stages = new TreeSet<>();
        long removedMember = 0;
        for (JsonNode c : JSON.readTree(get("/v1/appraisals/cases").body())) {
            if (c.get("roundId").asLong() == 0 || c.get("year").asInt() != YEAR - 1) {
                continue;
            }
            JsonNode steps = c.get("steps");
            stages.add(c.get("state").asText() + " " + (steps.size() == 0 ? "-" : steps.get(steps.size() - 1).get("kind").asText())
                    + (c.get("result").isNull() ? "" : " " + c.get("result").asText()));
            removedMember = "REMOVED".equals(c.get("result").asText()) ? c.get("memberId").asLong() : removedMember;
        }
        assertEquals(loaded, Set.of("OPEN -", "OPEN EDUCATION", "OPEN IMPROVEMENT_DEADLINE", "OPEN PERSUASION_TO_LEAVE", "CLOSED REMOVAL REMOVED",
                "CLOSED IMPROVEMENT_DEADLINE IMPROVED"), stages);
        assertEquals("REMOVED", JSON.readTree(get("/v1/members/" + removedMember).body()).get("status").asText());
        Set<String> breaches = new TreeSet<>();
        JSON.readTree(get("/v1/matters/breaches").body()).forEach(m -> breaches.add(m.get("category").asText() + " " + m.get("breach").asText()));
        assertTrue(breaches.toString(), breaches.containsAll(Set.of("LARGE_EXPENDITURE NO_PRIOR_OPINION", "LARGE_DONATION DECIDED_AGAINST_OPINION")));
        assertTrue(executeCommand(sessionFactory, "castpb:demo").contains("Democratic appraisal: 0 rounds recorded"));

        // the demo's annual inspection runs in the background: removing its societies waits until it is done
        await().atMost(120, TimeUnit.SECONDS).until(() -> !get("/v1/evaluation/campaigns").body().contains("\"RUNNING\""));
        HttpResponse<String> removed = call("DELETE", "/v1/demo", null, null, true);
        assertEquals(removed.body() + lastError(), 200, removed.statusCode());
        JsonNode rows = JSON.readTree(removed.body()).get("rows");
        assertEquals(rows.toString(), rounds, rows.get("APPRAISAL_ROUND").asInt());
        assertEquals(rows.toString(), 6, rows.get("MATTER").asInt());
        String left = get("/v1/matters").body();
        assertFalse(left, left.contains("购置学术年会会场音视频设备") || left.contains("接受企业捐赠设立青年科技奖"));
        assertTrue(get("/v1/appraisals").body().length() < all.toString().length());
    }

    private JsonNode organisationalLife(long campaign, long society) throws Exception {
        // in the national standard's own language, English, which the test reads
        HttpResponse<String> r = call("GET", "/v1/evaluation/campaigns/" + campaign + "/results/" + society, null, null, true,
                "Accept-Language", "en");
        assertEquals(r.body(), 200, r.statusCode());
        for (JsonNode module : JSON.readTree(r.body()).get("modules")) {
            for (JsonNode f : module.get("findings")) {
                if (f.get("code").asText().equals("ORGANISATIONAL_LIFE")) {
                    return f;
                }
            }
        }
        throw new AssertionError("no ORGANISATIONAL_LIFE finding in " + r.body());
    }

    /** The server's last logged error, to tell why a request failed (the test runs inside the server). */
    private static String lastError() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).contains("| ERROR |")) {
                    return "\n" + String.join("\n", lines.subList(i, Math.min(lines.size(), i + 12)));
                }
            }
            return "";
        } catch (java.io.IOException | RuntimeException e) {
            return " (log not readable: " + e + ")";
        }
    }

    private void account(String draft) {
        HttpResponse<String> created = postJson("/v1/accounts", draft + ",\"password\":\"" + PASSWORD_OF + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
    }

    private static Set<String> fieldCodes(String problem) throws Exception {
        Set<String> codes = new TreeSet<>();
        JsonNode errors = JSON.readTree(problem).get("errors");
        assertNotNull(problem, errors);
        errors.forEach(e -> codes.add(e.get("field").asText() + ":" + e.get("code").asText()));
        return codes;
    }

    private HttpResponse<String> as(String account, String method, String path, String json) {
        return call(method, path, json == null ? null : "application/json", json, false, "Authorization", basic(account));
    }

    /** The next step of a case over REST as sec-h, at {@code version}. */
    private HttpResponse<String> step(String version, long caseId, String json) {
        return call("POST", "/v1/appraisals/cases/" + caseId + "/steps", "application/json", json, false, "Authorization", basic("sec-h"),
                "If-Match", "\"" + version + "\"");
    }

    private HttpResponse<String> soapAs(String account, String path, String operation) {
        return call("POST", path, "text/xml; charset=UTF-8", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:o=\"" + NS + "\"><soap:Body>" + operation + "</soap:Body></soap:Envelope>", false, "Authorization", basic(account));
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + PASSWORD_OF).getBytes(StandardCharsets.UTF_8));
    }

    private static String element(String xml, String name) {
        String qualified = "(?:[\\w.-]+:)?" + Pattern.quote(name);
        Matcher m = Pattern.compile("<" + qualified + "(?:\\s[^>]*)?>((?:(?!<" + qualified + "[\\s>]).)*?)</" + qualified + ">", Pattern.DOTALL)
                .matcher(xml);
        assertTrue(name + " in " + xml, m.find());
        return m.group(1);
    }
}
