package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.castpb.api.Actor;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyService;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.castpb.api.workers.Allowance;
import org.castpb.spi.AllowanceScheme;
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

/**
 * Party affairs workers through their three doors in the shipped distribution. Two Ningbo societies A and B each have a
 * secretary account (sec-a, sec-b); a Zhejiang viewer reads both. The roster is scoped by society, an end before the start
 * is refused, training shortfalls follow the dated rule in force, a full-time worker's departure must be reported in time,
 * allowances come from the booted cast.grade plugin within the budget, and commendations appear in the society's record.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkersIT extends CastpbTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD_OF = "workers-password-1";
    private static final String SOAP_PATH = "/soap/WorkerService";
    private static final String NS = "http://castpb.org/soap/workers/1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int LAST_YEAR = TODAY.getYear() - 1;
    private static final Map<String, Long> IDS = new HashMap<>();

    @Inject
    @Filter(timeout = 120_000)
    SocietyService societies;
    @Inject
    @Filter(timeout = 120_000)
    PartyOrganisationService organisations;
    @Inject
    @Filter(timeout = 120_000)
    SessionFactory sessionFactory;
    @Inject
    BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void fixtures() throws Exception {
        await().atMost(90, TimeUnit.SECONDS).until(() -> get("/v1/workers?limit=1").statusCode() == 200);
        await().atMost(60, TimeUnit.SECONDS).until(() -> call("GET", SOAP_PATH + "?wsdl", null, null, false).statusCode() == 200);
        if (!IDS.isEmpty()) {
            return;
        }
        for (String fixture : List.of("A", "B")) {
            long society = societies.create(Actor.SYSTEM, SocietyDraft.of("宁波市党务工作者测试学会" + fixture, Usccs.valid("330200", 9900 + fixture.charAt(0)),
                    SocietyKind.SOCIETY, SocietyLevel.MUNICIPAL, "330200", Discipline.ENGINEERING, GroupMemberStatus.NONE)).id();
            long organisation = organisations.create(Actor.SYSTEM, new PartyOrganisationDraft("宁波市党务工作者测试学会" + fixture + "党支部",
                    OrganisationType.BRANCH, null, List.of(society), new Secretary("陈志强", SecretarySource.PRINCIPAL_LEADER), 5, 0, null,
                    LocalDate.of(2016, 3, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), null)).id();
            IDS.put("society" + fixture, society);
            IDS.put("org" + fixture, organisation);
        }
        account("{\"userName\":\"wsec-a\",\"role\":\"society-secretary\",\"societyIds\":[" + IDS.get("societyA") + "]");
        account("{\"userName\":\"wsec-b\",\"role\":\"society-secretary\",\"societyIds\":[" + IDS.get("societyB") + "]");
        account("{\"userName\":\"wviewer-33\",\"role\":\"viewer\",\"regionPrefix\":\"33\"");
        awaitCommands(sessionFactory, "worker:list", "worker:add", "worker:job-changes", "worker:shortfalls", "worker:commendations");
    }

    @Test
    public void theRosterIsKeptPerSocietyInScopeAndAnEndBeforeTheStartIsRefusedWithNothingStored() throws Exception {
        long before = total("A");
        HttpResponse<String> refused = as("wsec-a", "POST", "/v1/workers", worker("A", "赵海燕", "FULL_TIME", "专职副书记",
                LocalDate.of(2021, 5, 1), LocalDate.of(2021, 4, 30)));
        assertEquals(refused.body(), 422, refused.statusCode());
        assertEquals(Set.of("END_BEFORE_START"), codes(refused.body()));
        assertTrue(refused.body(), refused.body().contains("\"field\":\"endDate\""));
        assertEquals(before, total("A"));

        HttpResponse<String> created = as("wsec-a", "POST", "/v1/workers", worker("A", "赵海燕", "FULL_TIME", "专职副书记",
                LocalDate.of(2021, 5, 1), null));
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElse(""));
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertEquals(before + 1, total("A"));

        // the other society's secretary neither sees nor writes society A's roster; the Zhejiang viewer reads but writes nothing
        assertEquals(404, as("wsec-b", "GET", "/v1/workers/" + id, null).statusCode());
        assertFalse(as("wsec-b", "GET", "/v1/workers?limit=500", null).body().contains("赵海燕"));
        HttpResponse<String> outside = as("wsec-b", "POST", "/v1/workers", worker("A", "钱明", "PART_TIME", "组织委员", LocalDate.of(2022, 1, 1), null));
        assertEquals(outside.body(), 403, outside.statusCode());
        assertEquals("OUT_OF_SCOPE", JSON.readTree(outside.body()).get("code").asText());
        assertEquals(200, as("wviewer-33", "GET", "/v1/workers/" + id, null).statusCode());
        assertEquals(403, as("wviewer-33", "POST", "/v1/workers", worker("A", "钱明", "PART_TIME", "组织委员", LocalDate.of(2022, 1, 1), null))
                .statusCode());

        // a change at the read version, audited; the read-only fields of what was read are accepted back
        JsonNode read = JSON.readTree(as("wsec-a", "GET", "/v1/workers/" + id, null).body());
        String changed = read.toString().replace("\"position\":\"专职副书记\"", "\"position\":\"党委副书记\"");
        HttpResponse<String> updated = as("wsec-a", "PUT", "/v1/workers/" + id, changed, "If-Match", "\"1\"");
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals(412, as("wsec-a", "PUT", "/v1/workers/" + id, changed, "If-Match", "\"1\"").statusCode());
        String history = as("wsec-a", "GET", "/v1/workers/" + id + "/history", null).body();
        assertTrue(history, history.contains("\"CREATE\"") && history.contains("\"UPDATE\"") && history.contains("position=党委副书记")
                && history.contains("\"actor\":\"wsec-a\""));

        // the roster as CSV with Chinese headers, in scope only
        HttpResponse<String> csv = as("wsec-a", "GET", "/v1/workers/export", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body(), csv.body().contains("姓名") && csv.body().contains("赵海燕") && csv.body().contains("专职"));
        assertFalse(csv.body(), csv.body().contains("宁波市党务工作者测试学会B"));
        HttpResponse<byte[]> xlsx = bytesAs("wsec-a", "/v1/workers/export?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        // an Excel workbook: its shared strings hold the headers and the name, its sheet the id as a number
        Map<String, String> parts = new HashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(parts.keySet().toString(), parts.containsKey("xl/worksheets/sheet1.xml") && parts.containsKey("xl/sharedStrings.xml"));
        assertTrue(parts.get("xl/sharedStrings.xml"), parts.get("xl/sharedStrings.xml").contains("姓名")
                && parts.get("xl/sharedStrings.xml").contains("赵海燕"));
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains("<v>" + id + ".0</v>") || parts.get("xl/worksheets/sheet1.xml")
                .contains("<v>" + id + "</v>"));
        assertEquals(Set.of("INVALID_VALUE"), codes(as("wsec-a", "GET", "/v1/workers/export?format=pdf", null).body()));
    }

    private HttpResponse<byte[]> bytesAs(String account, String path) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                .header("Authorization", basic(account)).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    public void workersShortOfTheYearsTrainingTargetAreListedWithTheRuleVersionAndExported() throws Exception {
        long shortOf = add("wsec-a", "A", "孙丽华", "FULL_TIME", "党建工作办公室主任", LocalDate.of(2018, 3, 1), null);
        long trained = add("wsec-a", "A", "周文博", "PART_TIME", "宣传委员", LocalDate.of(2018, 3, 1), null);
        assertEquals(201, as("wsec-a", "POST", "/v1/workers/" + shortOf + "/trainings", training("党务干部培训班", "10", TODAY)).statusCode());
        assertEquals(201, as("wsec-a", "POST", "/v1/workers/" + trained + "/trainings", training("基层党组织书记轮训", "32", TODAY)).statusCode());
        HttpResponse<String> outside = as("wsec-a", "POST", "/v1/workers/" + trained + "/trainings", training("x", "2", LocalDate.of(2018, 2, 1)));
        assertEquals(422, outside.statusCode());
        assertEquals(Set.of("OUTSIDE_TIME_IN_POST"), codes(outside.body()));
        assertEquals(Set.of("INVALID_HOURS"), codes(as("wsec-a", "POST", "/v1/workers/" + trained + "/trainings",
                training("x", "0.3", TODAY)).body()));

        JsonNode list = JSON.readTree(as("wsec-a", "GET", "/v1/workers/training-shortfalls?year=" + TODAY.getYear(), null).body());
        JsonNode found = null;
        for (JsonNode s : list) {
            assertFalse("the part-time worker met the target of 32 hours", s.get("workerId").asLong() == trained);
            if (s.get("workerId").asLong() == shortOf) {
                found = s;
            }
        }
        assertTrue(list.toString(), found != null);
        // the rule in force on 1 January (v2 since 2019): 40 hours for a full-time worker in post the whole year
        assertEquals("v2", found.get("ruleVersion").asText());
        assertEquals(0, new BigDecimal("40").compareTo(found.get("target").decimalValue()));
        assertEquals(0, new BigDecimal("30").compareTo(found.get("missing").decimalValue()));
        assertEquals(404, as("wsec-b", "GET", "/v1/workers/" + shortOf + "/trainings", null).statusCode());
        assertFalse(as("wsec-b", "GET", "/v1/workers/training-shortfalls", null).body().contains("孙丽华"));

        String csv = as("wsec-a", "GET", "/v1/workers/training-shortfalls/export?year=" + TODAY.getYear(), null).body();
        assertTrue(csv, csv.contains("缺少学时") && csv.contains("孙丽华") && csv.contains(",30.0,") && !csv.contains("周文博"));
        String console = executeCommandAs(sessionFactory, "wsec-a", List.of("society-secretary"), "worker:shortfalls");
        assertTrue(console, console.contains("孙丽华") && console.contains("30.0") && !console.contains("周文博"));
        String soap = soapAs("wsec-a", "<w:listTrainingShortfalls><year>" + TODAY.getYear() + "</year></w:listTrainingShortfalls>").body();
        assertTrue(soap, xmlElements(soap, "name").contains("孙丽华"));
        String rules = get("/v1/workers/training-rules").body();
        assertTrue(rules, rules.contains("\"version\":\"v1\"") && rules.contains("\"fullTimeHours\":40"));
    }

    @Test
    public void aFullTimeWorkersDepartureMustBeReportedInTimeAndOverdueOnesAreListed() throws Exception {
        long full = add("wsec-a", "A", "吴建国", "FULL_TIME", "专职副书记", LocalDate.of(2019, 9, 1), null);
        long part = add("wsec-a", "A", "郑秀英", "PART_TIME", "纪检委员", LocalDate.of(2019, 9, 1), null);
        // the full-time worker left 40 days ago; the part-time one changed position: only the first is a job change to report
        assertEquals(200, as("wsec-a", "PUT", "/v1/workers/" + full, worker("A", "吴建国", "FULL_TIME", "专职副书记",
                LocalDate.of(2019, 9, 1), TODAY.minusDays(40)), "If-Match", "\"1\"").statusCode());
        assertEquals(200, as("wsec-a", "PUT", "/v1/workers/" + part, worker("A", "郑秀英", "PART_TIME", "组织委员",
                LocalDate.of(2019, 9, 1), null), "If-Match", "\"1\"").statusCode());

        JsonNode overdue = JSON.readTree(as("wsec-a", "GET", "/v1/workers/job-changes?overdue=true", null).body());
        List<Long> workers = new ArrayList<>();
        long change = 0;
        for (JsonNode c : overdue) {
            workers.add(c.get("workerId").asLong());
            if (c.get("workerId").asLong() == full) {
                change = c.get("id").asLong();
                assertEquals("LEFT", c.get("kind").asText());
                assertEquals(TODAY.minusDays(10).toString(), c.get("dueOn").asText());
                assertTrue(c.get("overdue").asBoolean());
            }
        }
        assertTrue(overdue.toString(), workers.contains(full) && !workers.contains(part));
        assertFalse(as("wsec-b", "GET", "/v1/workers/job-changes?overdue=true", null).body().contains("吴建国"));
        String console = executeCommandAs(sessionFactory, "wsec-a", List.of("society-secretary"), "worker:job-changes --overdue");
        assertTrue(console, console.contains("吴建国") && console.contains("yes 是"));
        String soap = soapAs("wsec-a", "<w:listJobChanges><overdue>true</overdue></w:listJobChanges>").body();
        assertTrue(soap, xmlElements(soap, "workerName").contains("吴建国"));

        // the report: filed late, then no longer overdue; a second filing is refused
        assertEquals(Set.of("REQUIRED"), codes(as("wsec-a", "POST", "/v1/workers/job-changes/" + change + "/report", "{\"report\":\" \"}").body()));
        assertEquals(404, as("wsec-b", "POST", "/v1/workers/job-changes/" + change + "/report", "{\"report\":\"x\"}").statusCode());
        HttpResponse<String> filed = as("wsec-a", "POST", "/v1/workers/job-changes/" + change + "/report", "{\"report\":\"已调任学会办公室主任\"}");
        assertEquals(filed.body(), 200, filed.statusCode());
        assertEquals(TODAY.toString(), JSON.readTree(filed.body()).get("filedOn").asText());
        assertTrue(JSON.readTree(filed.body()).get("late").asBoolean());
        HttpResponse<String> again = as("wsec-a", "POST", "/v1/workers/job-changes/" + change + "/report", "{\"report\":\"again\"}");
        assertEquals(409, again.statusCode());
        assertEquals("ALREADY_FILED", JSON.readTree(again.body()).get("code").asText());
        assertFalse(as("wsec-a", "GET", "/v1/workers/job-changes?overdue=true", null).body().contains("吴建国"));
        String history = as("wsec-a", "GET", "/v1/workers/" + full + "/history", null).body();
        assertTrue(history, history.contains("\"JOB_CHANGE\"") && history.contains("\"JOB_CHANGE_FILED\""));
    }

    @Test
    public void allowancesFollowTheGradesWithinTheBudgetAndASchemeOverTheBudgetRecordsNothing() throws Exception {
        long excellent = add("wsec-b", "B", "冯志强", "FULL_TIME", "专职副书记", LocalDate.of(2017, 1, 1), null);
        long competent = add("wsec-b", "B", "韩晓东", "FULL_TIME", "党委办公室主任", LocalDate.of(2017, 1, 1), null);
        assertEquals(403, as("wsec-b", "PUT", "/v1/workers/" + excellent + "/assessments/" + LAST_YEAR, "{\"grade\":\"EXCELLENT\"}").statusCode());
        assertEquals(200, as("admin", "PUT", "/v1/workers/" + excellent + "/assessments/" + LAST_YEAR, "{\"grade\":\"EXCELLENT\",\"note\":\"实绩突出\"}")
                .statusCode());
        assertEquals(200, as("admin", "PUT", "/v1/workers/" + competent + "/assessments/" + LAST_YEAR, "{\"grade\":\"COMPETENT\"}").statusCode());
        assertEquals(Set.of("OUTSIDE_TIME_IN_POST"), codes(as("admin", "PUT", "/v1/workers/" + excellent + "/assessments/2016",
                "{\"grade\":\"COMPETENT\"}").body()));
        assertTrue(get("/v1/workers/allowance-schemes").body().contains("\"id\":\"cast.grade\""));

        HttpResponse<String> run = as("admin", "POST", "/v1/workers/allowance-runs", "{\"year\":" + LAST_YEAR + ",\"budget\":1000.50,\"schemeId\":\"cast.grade\"}");
        assertEquals(run.body(), 201, run.statusCode());
        JsonNode r = JSON.readTree(run.body());
        BigDecimal total = BigDecimal.ZERO;
        Map<Long, BigDecimal> paid = new HashMap<>();
        for (JsonNode line : r.get("lines")) {
            total = total.add(line.get("amount").decimalValue());
            paid.put(line.get("workerId").asLong(), line.get("amount").decimalValue());
        }
        assertEquals(0, total.compareTo(r.get("total").decimalValue()));
        assertTrue(total + " over the budget", total.compareTo(new BigDecimal("1000.50")) <= 0);
        assertTrue(total + " leaves a yuan or more", new BigDecimal("1000.50").subtract(total).compareTo(BigDecimal.ONE) < 0);
        assertTrue(paid.toString(), paid.get(excellent).compareTo(paid.get(competent)) > 0);

        // a plugin arriving at runtime is bound; its answer over the budget is refused and nothing is recorded
        long runs = JSON.readTree(get("/v1/workers/allowance-runs").body()).size();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(AllowanceScheme.SCHEME_ID, "it.greedy");
        ServiceRegistration<AllowanceScheme> greedy = bundleContext.registerService(AllowanceScheme.class, context -> context.workers().stream()
                .map(w -> new Allowance(w.workerId(), context.budget(), "everything")).toList(), properties);
        try {
            await().atMost(10, TimeUnit.SECONDS).until(() -> get("/v1/workers/allowance-schemes").body().contains("it.greedy"));
            HttpResponse<String> refused = as("admin", "POST", "/v1/workers/allowance-runs", "{\"year\":" + LAST_YEAR
                    + ",\"budget\":1000,\"schemeId\":\"it.greedy\"}");
            assertEquals(refused.body(), 502, refused.statusCode());
            assertTrue(refused.body(), refused.body().contains("SCHEME_FAILED") && refused.body().contains("over the budget"));
            assertEquals(runs, JSON.readTree(get("/v1/workers/allowance-runs").body()).size());
        } finally {
            greedy.unregister();
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> !get("/v1/workers/allowance-schemes").body().contains("it.greedy"));
        HttpResponse<String> unknown = as("admin", "POST", "/v1/workers/allowance-runs", "{\"year\":" + LAST_YEAR + ",\"budget\":1000,\"schemeId\":\"it.greedy\"}");
        assertEquals(Set.of("UNKNOWN_SCHEME"), codes(unknown.body()));

        // the secretary sees the run with its own society's lines only; the console allocates the same way
        JsonNode seen = JSON.readTree(as("wsec-b", "GET", "/v1/workers/allowance-runs/" + r.get("id").asLong(), null).body());
        seen.get("lines").forEach(l -> assertEquals(IDS.get("societyB").longValue(), l.get("societyId").asLong()));
        assertTrue(executeCommand(sessionFactory, "worker:allocate --year " + LAST_YEAR + " --budget 500").contains("cast.grade"));
        String soap = soapAs("wsec-b", "<w:allocateAllowances><year>" + LAST_YEAR + "</year><budget>100</budget><schemeId>cast.grade</schemeId>"
                + "</w:allocateAllowances>").body();
        assertEquals("FORBIDDEN", xmlElement(soap, "code"));
    }

    @Test
    public void commendationsAreShownInTheSocietysRecordThroughEveryDoor() throws Exception {
        long worker = add("wsec-a", "A", "杨敏", "PART_TIME", "党务干事", LocalDate.of(2020, 1, 1), null);
        String path = "/v1/societies/" + IDS.get("societyA") + "/commendations";
        HttpResponse<String> created = as("admin", "POST", path, "{\"workerId\":" + worker + ",\"title\":\"优秀党务工作者\",\"awardedOn\":\""
                + LAST_YEAR + "-07-01\",\"awardedBy\":\"中国科协科技社团党委\"}");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals(201, as("admin", "POST", path, "{\"organisationId\":" + IDS.get("orgA") + ",\"title\":\"先进基层党组织\",\"awardedOn\":\""
                + LAST_YEAR + "-07-01\",\"awardedBy\":\"中国科协科技社团党委\"}").statusCode());
        // another society's organisation, both subjects, or a secretary commending: refused, nothing stored
        assertEquals(Set.of("NOT_IN_SOCIETY"), codes(as("admin", "POST", path, "{\"organisationId\":" + IDS.get("orgB")
                + ",\"title\":\"x\",\"awardedOn\":\"2025-07-01\",\"awardedBy\":\"y\"}").body()));
        assertEquals(Set.of("ONE_SUBJECT"), codes(as("admin", "POST", path, "{\"workerId\":" + worker + ",\"organisationId\":" + IDS.get("orgA")
                + ",\"title\":\"x\",\"awardedOn\":\"2025-07-01\",\"awardedBy\":\"y\"}").body()));
        assertEquals(403, as("wsec-a", "POST", path, "{\"title\":\"x\",\"awardedOn\":\"2025-07-01\",\"awardedBy\":\"y\"}").statusCode());

        JsonNode list = JSON.readTree(as("wsec-a", "GET", path, null).body());
        assertEquals(2, list.size());
        assertEquals(404, as("wsec-b", "GET", path, null).statusCode());
        String console = executeCommandAs(sessionFactory, "wsec-a", List.of("society-secretary"), "worker:commendations " + IDS.get("societyA"));
        assertTrue(console, console.contains("优秀党务工作者") && console.contains("先进基层党组织"));
        String soap = soapAs("wviewer-33", "<w:listCommendations><societyId>" + IDS.get("societyA") + "</societyId></w:listCommendations>").body();
        assertEquals(List.of("优秀党务工作者", "先进基层党组织").stream().sorted().toList(), xmlElements(soap, "title").stream().sorted().toList());
    }

    @Test
    public void theSoapPortAndTheConsoleKeepTheServicesRules() throws Exception {
        String refused = soapAs("wsec-a", "<w:addWorker><worker><societyId>" + IDS.get("societyA") + "</societyId><name>林涛</name>"
                + "<kind>FULL_TIME</kind><position>专职副书记</position><startDate>2022-03-01</startDate><endDate>2022-02-01</endDate>"
                + "</worker></w:addWorker>").body();
        assertEquals("VALIDATION_FAILED", xmlElement(refused, "code"));
        assertTrue(refused, refused.contains("END_BEFORE_START"));
        String added = soapAs("wsec-a", "<w:addWorker><worker><societyId>" + IDS.get("societyA") + "</societyId><name>林涛</name>"
                + "<kind>FULL_TIME</kind><position>专职副书记</position><startDate>2022-03-01</startDate></worker></w:addWorker>").body();
        long id = Long.parseLong(xmlElement(added, "id"));
        assertEquals("OUT_OF_SCOPE", xmlElement(soapAs("wsec-b", "<w:addWorker><worker><societyId>" + IDS.get("societyA") + "</societyId>"
                + "<name>x</name><kind>PART_TIME</kind><position>y</position><startDate>2022-03-01</startDate></worker></w:addWorker>").body(), "code"));
        assertEquals("NOT_FOUND", xmlElement(soapAs("wsec-b", "<w:getWorker><id>" + id + "</id></w:getWorker>").body(), "code"));
        String csv = xmlElement(soapAs("wsec-a", "<w:exportRoster/>").body(), "csv");
        assertTrue(csv, csv.contains("姓名") && csv.contains("林涛"));

        String console = executeCommandAs(sessionFactory, "wsec-a", List.of("society-secretary"), "worker:add --name 何静 --kind PART_TIME"
                + " --position 组织委员 --start 2023-01-01 " + IDS.get("societyA"));
        assertTrue(console, console.contains("何静") && console.contains("兼职"));
        String bad = refusalAs(sessionFactory, "wsec-b", List.of("society-secretary"), "worker:add --name x --kind PART_TIME --position y --start 2023-01-01 " + IDS.get("societyA"));
        assertTrue(bad, bad.contains("OUT_OF_SCOPE"));
        String end = refusalAs(sessionFactory, "wsec-a", List.of("society-secretary"), "worker:add --name x --kind PART_TIME --position y --start 2023-01-01 --end 2022-01-01 "
                + IDS.get("societyA"));
        assertTrue(end, end.contains("END_BEFORE_START") || end.contains("endDate"));
    }

    @Test
    public void theDemoDataHasWorkersShortOfTrainingAndAnOverdueJobChange() throws Exception {
        awaitCommands(sessionFactory, "castpb:demo");
        String loaded = executeCommand(sessionFactory, "castpb:demo");
        assertTrue(loaded, loaded.contains("Party affairs workers of the demo societies"));
        JsonNode overdue = JSON.readTree(get("/v1/workers/job-changes?overdue=true").body());
        assertTrue(overdue.toString(), overdue.size() > 0);
        JsonNode shortfalls = JSON.readTree(get("/v1/workers/training-shortfalls").body());
        assertTrue(shortfalls.toString(), shortfalls.size() > 0);
        long workers = JSON.readTree(get("/v1/workers?limit=1").body()).get("total").asLong();
        assertTrue(shortfalls.size() + " of " + workers + " short: the demo is not all red", shortfalls.size() < workers);
        // loading again changes nothing
        String again = executeCommand(sessionFactory, "castpb:demo");
        assertTrue(again, again.contains("0 on the rosters"));
        assertEquals(workers, JSON.readTree(get("/v1/workers?limit=1").body()).get("total").asLong());
    }

    private long add(String account, String society, String name, String kind, String position, LocalDate start, LocalDate end) throws Exception {
        HttpResponse<String> created = as(account, "POST", "/v1/workers", worker(society, name, kind, position, start, end));
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static String worker(String society, String name, String kind, String position, LocalDate start, LocalDate end) {
        return "{\"societyId\":" + IDS.get("society" + society) + ",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"position\":\""
                + position + "\",\"startDate\":\"" + start + "\"" + (end == null ? "" : ",\"endDate\":\"" + end + "\"") + "}";
    }

    private static String training(String course, String hours, LocalDate on) {
        return "{\"course\":\"" + course + "\",\"hours\":" + hours + ",\"trainedOn\":\"" + on + "\"}";
    }

    private long total(String society) throws Exception {
        return JSON.readTree(get("/v1/workers?societyId=" + IDS.get("society" + society)).body()).get("total").asLong();
    }

    private void account(String draft) {
        HttpResponse<String> created = postJson("/v1/accounts", draft + ",\"password\":\"" + PASSWORD_OF + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
    }

    private static Set<String> codes(String problem) throws Exception {
        Set<String> codes = new TreeSet<>();
        JSON.readTree(problem).get("errors").forEach(e -> codes.add(e.get("code").asText()));
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

    /** A SOAP call; every element of {@code operation} is put in the port's namespace (elements are qualified). */
    private HttpResponse<String> soapAs(String account, String operation) {
        operation = operation.replaceAll("<(/?)(?:w:)?([A-Za-z]+)", "<$1w:$2");
        return call("POST", SOAP_PATH, "text/xml; charset=UTF-8", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:w=\"" + NS + "\"><soap:Body>" + operation + "</soap:Body></soap:Envelope>", false, "Authorization", basic(account));
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + PASSWORD_OF).getBytes(StandardCharsets.UTF_8));
    }
}
