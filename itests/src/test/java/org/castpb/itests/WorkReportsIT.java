package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationModule;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * What follows an evaluation and what gates membership, in the shipped distribution: a FAIL or a veto in a completed
 * campaign opens a rectification task naming the failed criteria and writes the result into the ledger as the
 * system's revision; a vetoed society's task closes only after a passing re-evaluation; an applicant becomes a group
 * member only with a passing admission check or a national administrator's audited override. Through REST, SOAP and
 * the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkReportsIT extends CastpbTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String PASSWORD_OF = "budget-password-1";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        // a small attachment limit, so that the test's over-size file stays small
        return distribution(editConfigurationFilePut("etc/org.castpb.reports.cfg", "maxAttachmentKilobytes", "64"));
    }

    @Before
    public void platformIsUp() {
        await().atMost(BOOT).until(() -> get("/v1/societies?limit=1").statusCode() == 200
                && get("/v1/evaluation/modules").body().contains("cast.national")
                && call("GET", "/soap/OrganisationService?wsdl", null, null, false).statusCode() == 200);
        awaitCommands(sessionFactory, "coverage:rectifications", "society:admit", "report:status", "budget:missing");
    }

    // ---- follow-through on evaluations ----

    @Test
    public void aVetoOpensATaskThatClosesOnlyAfterAPassingReevaluationAndTheLedgerKeepsEachResult() throws Exception {
        long vetoed = createSociety("西藏自治区科技史学会", "540000", "PROVINCIAL", "MEMBER", 9701);
        long failed = createSociety("西藏自治区天文学会", "540100", "PROVINCIAL", "MEMBER", 9702);
        createOrganisation("西藏自治区科技史学会党支部", vetoed);
        createOrganisation("西藏自治区天文学会党支部", failed);
        AtomicBoolean veto = new AtomicBoolean(true);
        ServiceRegistration<EvaluationModule> module = register(bundleContext, "test.tibet", "54", c -> {
            if (c.society().id() == vetoed && veto.get()) {
                return Evaluation.vetoed(List.of(Finding.missed("MAJOR_MATTERS", "三重一大事项党组织前置研究", 10, "2 项未经党组织研究")),
                        "重大事项未经党组织研究");
            }
            if (c.society().id() == failed) {
                return Evaluation.of(Grade.UNQUALIFIED, List.of(Finding.missed("THREE_MEETINGS", "三会一课", 20, "全年仅召开 1 次支部党员大会"),
                        Finding.met("LEDGER", "台账五个清", 10, "台账完整")));
            }
            return Evaluation.of(Grade.GOOD, List.of(Finding.met("MAJOR_MATTERS", "三重一大事项党组织前置研究", 10, "全部经党组织研究")));
        });
        try {
            await().atMost(10, TimeUnit.SECONDS).until(() -> get("/v1/evaluation/modules").body().contains("test.tibet"));
            JsonNode first = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"ASSESSMENT\",\"regionPrefix\":\"54\"}");
            assertEquals(first.toString(), 2, first.get("failed").asInt());

            // one task per failed society, naming the failed criteria, due after the configured 90 days
            JsonNode vetoTask = onlyEvaluationTask(vetoed);
            assertEquals("EVALUATION", vetoTask.get("origin").asText());
            assertEquals(first.get("id").asLong(), vetoTask.get("campaignId").asLong());
            assertTrue(vetoTask.toString(), vetoTask.get("vetoed").asBoolean());
            assertEquals(TODAY.plusDays(90).toString(), vetoTask.get("dueOn").asText());
            assertTrue(vetoTask.toString(), texts(vetoTask.get("criteria")).contains("test.tibet veto: 重大事项未经党组织研究"));
            assertTrue(vetoTask.toString(), texts(vetoTask.get("criteria")).contains("test.tibet/MAJOR_MATTERS 三重一大事项党组织前置研究 (0/10)"));
            JsonNode failTask = onlyEvaluationTask(failed);
            assertFalse(failTask.get("vetoed").asBoolean());
            assertEquals(List.of("test.tibet/THREE_MEETINGS 三会一课 (0/20)"), texts(failTask.get("criteria")));

            // the result is in the ledger's operations section, recorded by the system
            JsonNode ledger = JSON.readTree(get("/v1/societies/" + vetoed + "/ledger").body());
            assertEquals("UNQUALIFIED", ledger.get("content").get("lastInspectionResult").asText());
            assertEquals(TODAY.getYear(), ledger.get("content").get("lastInspectionYear").asInt());
            assertEquals("castpb-system", ledger.get("recordedBy").asText());

            // running the campaign again keeps one task per society
            runAgain(first.get("id").asLong());
            assertEquals(vetoTask.get("id").asLong(), onlyEvaluationTask(vetoed).get("id").asLong());

            // a FAIL without veto closes with a note; a veto does not, until a re-evaluation passes
            assertProblem(postJson("/v1/rectifications/" + failTask.get("id").asLong() + "/close", "{}"), 422, "VALIDATION_FAILED");
            HttpResponse<String> closedFail = postJson("/v1/rectifications/" + failTask.get("id").asLong() + "/close", "{\"note\":\"已按月召开支部党员大会\"}");
            assertEquals(closedFail.body(), 200, closedFail.statusCode());
            assertProblem(postJson("/v1/rectifications/" + vetoTask.get("id").asLong() + "/close", "{\"note\":\"已整改\"}"), 409,
                    "REEVALUATION_REQUIRED");
            assertTrue(soapOrganisation("<o:closeRectificationTask><o:id>" + vetoTask.get("id").asLong() + "</o:id><o:note>已整改</o:note>"
                    + "</o:closeRectificationTask>").body().contains("REEVALUATION_REQUIRED"));
            assertTrue(refusal(sessionFactory, "coverage:rectification-close " + vetoTask.get("id").asLong() + " 已整改")
                    .contains("REEVALUATION_REQUIRED"));

            veto.set(false);
            JsonNode second = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"ASSESSMENT\",\"regionPrefix\":\"54\",\"title\":\"复评\"}");
            assertEquals("PASS", JSON.readTree(get("/v1/evaluation/campaigns/" + second.get("id").asLong() + "/results/" + vetoed).body())
                    .get("outcome").asText());
            JsonNode reevaluated = onlyEvaluationTask(vetoed);
            assertEquals(second.get("id").asLong(), reevaluated.get("reevaluatedInCampaignId").asLong());
            assertEquals("QUALIFIED", JSON.readTree(get("/v1/societies/" + vetoed + "/ledger").body()).get("content")
                    .get("lastInspectionResult").asText());
            String console = executeCommand(sessionFactory, "coverage:rectifications --society " + vetoed);
            assertTrue(console, console.contains("campaign " + first.get("id").asLong() + " VETO, passed in " + second.get("id").asLong()));
            HttpResponse<String> closed = postJson("/v1/rectifications/" + vetoTask.get("id").asLong() + "/close", "{\"note\":\"复评通过\"}");
            assertEquals(closed.body(), 200, closed.statusCode());
            assertEquals("CLOSED", JSON.readTree(closed.body()).get("status").asText());

            // SOAP lists the society's tasks with the criteria
            String tasks = soapOrganisation("<o:listSocietyRectificationTasks><o:societyId>" + failed + "</o:societyId></o:listSocietyRectificationTasks>").body();
            assertTrue(tasks, tasks.contains("三会一课 (0/20)"));
            assertEquals("EVALUATION", element(tasks, "origin"));
        } finally {
            module.unregister();
        }
    }

    // ---- admission gated ----

    @Test
    public void anApplicantFailingTheAdmissionCheckStaysAnApplicantUnlessANationalAdministratorOverrides() throws Exception {
        long applicant = createSociety("中国量子信息学会", "100000", "NATIONAL", "APPLICANT", 9711);
        JsonNode before = JSON.readTree(get("/v1/societies/" + applicant).body());
        String asMember = before.toString().replace("\"groupMemberStatus\":\"APPLICANT\"", "\"groupMemberStatus\":\"MEMBER\"");

        JsonNode refused = assertProblem(call("PUT", "/v1/societies/" + applicant, "application/json", asMember, true,
                "If-Match", "\"" + before.get("version").asLong() + "\""), 422, "VALIDATION_FAILED");
        assertEquals(List.of("NO_ORGANISATION_OR_REQUEST", "LEDGER_NOT_CLEAR"), codes(refused));
        assertEquals("groupMemberStatus", refused.get("errors").get(0).get("field").asText());
        assertProblem(call("POST", "/v1/societies/" + applicant + "/admit", "application/json", "{}", true,
                "If-Match", "\"" + before.get("version").asLong() + "\""), 422, "VALIDATION_FAILED");
        String soapRefusal = soapSociety("<s:admitSociety><s:id>" + applicant + "</s:id><s:version>" + before.get("version").asLong()
                + "</s:version></s:admitSociety>").body();
        assertTrue(soapRefusal, soapRefusal.contains("NO_ORGANISATION_OR_REQUEST"));
        // nothing was written
        JsonNode unchanged = JSON.readTree(get("/v1/societies/" + applicant).body());
        assertEquals("APPLICANT", unchanged.get("groupMemberStatus").asText());
        assertEquals(before.get("version").asLong(), unchanged.get("version").asLong());

        HttpResponse<String> overridden = call("POST", "/v1/societies/" + applicant + "/admit", "application/json",
                "{\"overrideReason\":\"经科技社团党委会议研究同意\"}", true, "If-Match", "\"" + before.get("version").asLong() + "\"");
        assertEquals(overridden.body(), 200, overridden.statusCode());
        assertEquals("MEMBER", JSON.readTree(overridden.body()).get("groupMemberStatus").asText());
        assertEquals(TODAY.toString(), JSON.readTree(overridden.body()).get("groupMemberAdmittedOn").asText());
        String history = get("/v1/societies/" + applicant + "/history").body();
        assertTrue(history, history.contains("admission check overridden by admin"));
        assertTrue(history, history.contains("经科技社团党委会议研究同意; failed: NO_ORGANISATION_OR_REQUEST, LEDGER_NOT_CLEAR"));
    }

    @Test
    public void anApplicantPassingTheAdmissionCheckIsAdmittedThroughTheConsole() throws Exception {
        long applicant = createSociety("中国空间生命科学学会", "100000", "NATIONAL", "APPLICANT", 9712);
        createOrganisation("中国空间生命科学学会党支部", applicant);
        HttpResponse<String> ledger = call("PUT", "/v1/societies/" + applicant + "/ledger", "application/json", clearLedger(), true,
                "If-Match", "\"0\"");
        assertEquals(ledger.body(), 200, ledger.statusCode());

        String out = executeCommand(sessionFactory, "society:admit " + applicant);
        assertTrue(out, out.contains("is a group member since " + TODAY + " (admission check passed)"));
        assertEquals("MEMBER", JSON.readTree(get("/v1/societies/" + applicant).body()).get("groupMemberStatus").asText());
        assertTrue(refusal(sessionFactory, "society:admit " + applicant).contains("not an APPLICANT"));
    }

    // ---- regular work reports ----

    @Test
    public void aReportWithAPdfAndAWordFileIsSubmittedLateReviewedAndListedWhileAnotherSocietysIsMissing() throws Exception {
        long reporting = createSociety("中国科学技术期刊编辑学会", "100000", "NATIONAL", "MEMBER", 9721);
        long silent = createSociety("江苏省科学技术史学会", "320000", "PROVINCIAL", "MEMBER", 9722);
        String period = TODAY.getYear() - 1 + "";
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] docx = docx();

        // bad files: refused with a code per problem, nothing stored
        JsonNode refused = assertProblem(postJson("/v1/work-reports", report(reporting, period, file("../报告.pdf", pdf),
                file("附件.docx", "MZ\u0090\u0000 not a word file".getBytes(StandardCharsets.UTF_8)), file("大文件.pdf", big(pdf)))),
                422, "VALIDATION_FAILED");
        assertEquals(List.of("PATH_IN_NAME", "TYPE_MISMATCH", "TOO_LARGE"), codes(refused));
        assertEquals(List.of("attachments[0].fileName", "attachments[1].content", "attachments[2].content"), fields(refused));
        assertEquals("[]", get("/v1/work-reports/society/" + reporting).body());

        HttpResponse<String> created = postJson("/v1/work-reports", report(reporting, period, file("2025年度党建工作报告.pdf", pdf),
                file("附件一 党员名册.docx", docx)));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode draft = JSON.readTree(created.body());
        long id = draft.get("id").asLong();
        assertEquals("DRAFT", draft.get("state").asText());
        assertEquals(List.of("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                List.of(draft.get("attachments").get(0).get("mediaType").asText(), draft.get("attachments").get(1).get("mediaType").asText()));

        // a report not yet submitted is not reviewed
        JsonNode early = assertProblem(postJson("/v1/work-reports/" + id + "/review", "{\"grade\":\"GOOD\",\"comment\":\"好\"}"), 422,
                "VALIDATION_FAILED");
        assertEquals(List.of("NOT_SUBMITTED"), codes(early));

        JsonNode submitted = JSON.readTree(postJson("/v1/work-reports/" + id + "/submit", "").body());
        assertEquals("SUBMITTED", submitted.get("state").asText());
        assertTrue("due " + submitted.get("dueOn") + ", submitted now", submitted.get("late").asBoolean());
        String reviewed = call("POST", "/soap/ReportService", "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:r=\"http://castpb.org/soap/reports/1\">"
                        + "<soap:Body><r:reviewReport><r:id>" + id + "</r:id><r:grade>QUALIFIED</r:grade><r:comment>按要求报送，但逾期</r:comment>"
                        + "</r:reviewReport></soap:Body></soap:Envelope>", true).body();
        assertEquals(reviewed, "REVIEWED", element(reviewed, "state"));

        // the files come back as they were given
        HttpResponse<byte[]> file = client().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/v1/work-reports/" + id
                        + "/attachments/" + draft.get("attachments").get(1).get("id").asLong()))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertTrue(java.util.Arrays.equals(docx, file.body()));

        // the status sheet: reviewed (late) and missing (late), as JSON, CSV and on the console
        JsonNode missing = JSON.readTree(get("/v1/work-reports/status?period=" + period + "&state=MISSING&limit=500").body());
        assertTrue(missing.toString(), ids(missing.get("items")).contains(silent));
        assertFalse(ids(missing.get("items")).contains(reporting));
        String csv = get("/v1/work-reports/status?period=" + period + "&late=true&format=csv&limit=500").body();
        assertTrue(csv, csv.contains("中国科学技术期刊编辑学会,全国,100000," + period));
        assertTrue(csv, csv.contains("已审阅,是,合格"));
        assertTrue(csv, csv.contains("江苏省科学技术史学会,省级,320000," + period));
        String console = executeCommand(sessionFactory, "report:status --state MISSING --limit 500 " + period);
        assertTrue(console, console.contains("江苏省科学技术史学会"));
        String history = executeCommand(sessionFactory, "report:list " + reporting);
        assertTrue(history, history.contains("REVIEWED") && history.contains("按要求报送，但逾期"));
        assertEquals(List.of("CREATE", "SUBMIT", "REVIEW"), texts(JSON.readTree(get("/v1/work-reports/" + id + "/history").body()), "change"));
    }

    // ---- party-work budgets ----

    @Test
    public void budgetsAreRecordedSocietiesWithoutABudgetLineListedAndAPluginReadsTheBudgetThroughTheSpi() throws Exception {
        long funded = createSociety("河南省科学技术史学会", "410000", "PROVINCIAL", "MEMBER", 9731);
        long unfunded = createSociety("河南省天文学会", "410100", "PROVINCIAL", "MEMBER", 9732);
        int year = TODAY.getYear();
        String body = "{\"budgetLine\":50000,\"spending\":{\"ACTIVITIES\":12000.5,\"EDUCATION\":8000},\"activityRoom\":true,"
                + "\"facilities\":\"党员活动室 60 平方米\"}";
        assertProblem(call("PUT", "/v1/budgets/" + funded + "/" + year, "application/json", body, true), 428, "PRECONDITION_REQUIRED");
        JsonNode negative = assertProblem(call("PUT", "/v1/budgets/" + funded + "/" + year, "application/json",
                "{\"budgetLine\":-1}", true, "If-Match", "\"0\""), 422, "VALIDATION_FAILED");
        assertEquals(List.of("NEGATIVE"), codes(negative));
        HttpResponse<String> recorded = call("PUT", "/v1/budgets/" + funded + "/" + year, "application/json", body, true, "If-Match", "\"0\"");
        assertEquals(recorded.body(), 200, recorded.statusCode());
        // Jackson's tree reads numbers as doubles: compared as amounts
        assertEquals(0, new java.math.BigDecimal("20000.50").compareTo(JSON.readTree(recorded.body()).get("spent").decimalValue()));
        String soap = call("POST", "/soap/ReportService", "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:r=\"http://castpb.org/soap/reports/1\">"
                        + "<soap:Body><r:recordBudget><r:societyId>" + unfunded + "</r:societyId><r:year>" + year + "</r:year>"
                        + "<r:version>0</r:version><r:spending><r:category>ACTIVITIES</r:category><r:amount>3000</r:amount></r:spending>"
                        + "<r:activityRoom>false</r:activityRoom></r:recordBudget></soap:Body></soap:Envelope>", true).body();
        assertEquals(soap, "3000.00", element(soap, "spent"));

        JsonNode without = JSON.readTree(get("/v1/budgets/without-line?year=" + year + "&limit=500").body());
        List<Long> ids = new ArrayList<>();
        without.get("items").forEach(i -> ids.add(i.get("societyId").asLong()));
        assertTrue(without.toString(), ids.contains(unfunded));
        assertFalse(ids.contains(funded));
        String csv = get("/v1/budgets/without-line?year=" + year + "&format=csv&limit=500").body();
        assertTrue(csv, csv.contains("河南省天文学会,省级,410100," + year + ",已填报，未列党建工作经费"));
        String console = executeCommand(sessionFactory, "budget:missing --limit 500 " + year);
        assertTrue(console, console.contains("河南省天文学会"));

        // an evaluation module reads the society's budget of the campaign's year (SPI 1.1.0)
        ServiceRegistration<EvaluationModule> module = register(bundleContext, "test.budget", "41", c -> {
            java.util.Optional<org.castpb.api.budgets.PartyWorkBudget> budget = c.partyWorkBudget().filter(b -> b.hasBudgetLine());
            return Evaluation.of(Grade.GOOD, List.of(budget.isPresent()
                    ? Finding.met("BUDGET_LINE", "党建工作经费列入管理费用", 10, "预算 " + budget.get().budgetLine().toPlainString() + " 元")
                    : Finding.missed("BUDGET_LINE", "党建工作经费列入管理费用", 10, "未列党建工作经费")));
        });
        try {
            await().atMost(10, TimeUnit.SECONDS).until(() -> get("/v1/evaluation/modules").body().contains("test.budget"));
            JsonNode campaign = runCampaign("{\"year\":" + year + ",\"kind\":\"ASSESSMENT\",\"regionPrefix\":\"41\"}");
            assertEquals("预算 50000.00 元", budgetFinding(campaign, funded).get("evidence").asText());
            assertEquals(0, budgetFinding(campaign, unfunded).get("points").asInt());
        } finally {
            module.unregister();
        }
    }

    @Test
    public void theBudgetSheetHasEverySocietyInScopeWithItsSpendingAndTheTotalsAsCsvAndAsAWorkbook() throws Exception {
        long funded = createSociety("山西省科学技术史学会", "140000", "PROVINCIAL", "MEMBER", 9741);
        long unfunded = createSociety("山西省天文学会", "140100", "PROVINCIAL", "MEMBER", 9742);
        long elsewhere = createSociety("陕西省天文学会", "610000", "PROVINCIAL", "MEMBER", 9743);
        int year = TODAY.getYear() - 2;
        BigDecimal activities = new BigDecimal("12000.50");
        BigDecimal allowances = new BigDecimal("3600");
        BigDecimal other = new BigDecimal("99.50");
        assertEquals(200, call("PUT", "/v1/budgets/" + funded + "/" + year, "application/json", "{\"budgetLine\":40000,\"spending\":{"
                + "\"ACTIVITIES\":" + activities + ",\"ALLOWANCES\":" + allowances + "},\"activityRoom\":true,\"facilities\":\"党员活动室 40 平方米\"}",
                true, "If-Match", "\"0\"").statusCode());
        assertEquals(200, call("PUT", "/v1/budgets/" + unfunded + "/" + year, "application/json", "{\"spending\":{\"OTHER\":" + other + "}}",
                true, "If-Match", "\"0\"").statusCode());
        BigDecimal fundedSpent = activities.add(allowances).setScale(2);
        BigDecimal allSpent = fundedSpent.add(other);

        // the national administrator's sheet: every active society, each category a column, a line recorded or missing
        List<String> all = List.of(get("/v1/budgets/sheet?year=" + year + "&format=csv").body().split("\r\n"));
        assertTrue(all.get(0), all.get(0).contains("党建工作经费预算（元）,组织活动（元）,教育培训（元）,阵地建设（元）,党务工作者补贴（元）,其他（元）,支出合计（元）"));
        assertEquals(funded + "," + Usccs.valid("140000", 9741) + ",山西省科学技术史学会,省级,140000," + year + ",40000.00," + activities
                + ",0.00,0.00," + allowances.setScale(2) + ",0.00," + fundedSpent + ",是,党员活动室 40 平方米,是,否", line(all, funded));
        assertTrue(line(all, elsewhere), line(all, elsewhere).endsWith(",否,是"));

        // a Shanxi administrator's: its two societies and the totals of what this test recorded for them, as CSV and workbook
        HttpResponse<String> account = postJson("/v1/accounts", "{\"userName\":\"budget-14\",\"role\":\"local-admin\",\"regionPrefix\":\"14\","
                + "\"password\":\"" + PASSWORD_OF + "\"}");
        assertEquals(account.body(), 201, account.statusCode());
        HttpResponse<String> scoped = call("GET", "/v1/budgets/sheet?year=" + year + "&format=csv", null, null, false,
                "Authorization", basic("budget-14"));
        List<String> shanxi = List.of(scoped.body().split("\r\n"));
        assertEquals(scoped.body(), 4, shanxi.size());
        assertTrue(shanxi.get(1).startsWith(funded + ",") && shanxi.get(2).startsWith(unfunded + ","));
        assertEquals(",,合计（2 个学会）,,," + year + ",40000.00," + activities + ",0.00,0.00," + allowances.setScale(2)
                + "," + other + "," + allSpent + ",,,,1 个学会未列", shanxi.get(3));
        HttpResponse<byte[]> workbook = client().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl()
                + "/v1/budgets/sheet?year=" + year + "&format=xlsx")).header("Authorization", basic("budget-14")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, workbook.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.headers().firstValue("Content-Type").orElse(""));
        String sheet = "";
        String words = "";
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook.body()))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                sheet = e.getName().equals("xl/worksheets/sheet1.xml") ? text : sheet;
                words = e.getName().equals("xl/sharedStrings.xml") ? text : words;
            }
        }
        // amounts are number cells: the total spent of the two is one
        assertTrue(sheet, sheet.contains("<v>" + allSpent.doubleValue() + "</v>") || sheet.contains("<v>" + allSpent.stripTrailingZeros().toPlainString() + "</v>"));
        assertTrue(words, words.contains("山西省天文学会") && !words.contains("陕西省天文学会"));
        // SOAP and the console give the same sheet in the same scope
        String soap = call("POST", "/soap/ReportService", "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:r=\"http://castpb.org/soap/reports/1\">"
                        + "<soap:Body><r:getBudgetSheet><r:year>" + year + "</r:year></r:getBudgetSheet></soap:Body></soap:Envelope>", false,
                "Authorization", basic("budget-14")).body();
        assertEquals(soap, allSpent.toPlainString(), xmlElements(soap, "spent").get(xmlElements(soap, "spent").size() - 1));
        assertEquals(soap, "1", element(soap, "missingLines"));
        String console = executeCommandAs(sessionFactory, "budget-14", List.of("local-admin"), "budget:sheet --year " + year);
        assertTrue(console, console.contains("2 societies in " + year) && console.contains("spent " + allSpent.toPlainString()));
    }

    private static String line(List<String> lines, long society) {
        return lines.stream().filter(l -> l.startsWith(society + ",")).findFirst().orElseThrow(() -> new AssertionError(society + " not in " + lines));
    }

    private static String basic(String account) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((account + ":" + PASSWORD_OF).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode budgetFinding(JsonNode campaign, long society) throws IOException {
        JsonNode result = JSON.readTree(get("/v1/evaluation/campaigns/" + campaign.get("id").asLong() + "/results/" + society).body());
        for (JsonNode m : result.get("modules")) {
            if (m.get("moduleId").asText().equals("test.budget")) {
                return m.get("findings").get(0);
            }
        }
        throw new AssertionError("no test.budget result in " + result);
    }

    private static String report(long society, String period, String... files) {
        return "{\"societyId\":" + society + ",\"period\":\"" + period + "\",\"text\":\"全年召开党员大会 4 次，党课 4 次。\","
                + "\"attachments\":[" + String.join(",", files) + "]}";
    }

    private static String file(String name, byte[] content) {
        return "{\"fileName\":\"" + name + "\",\"content\":\"" + java.util.Base64.getEncoder().encodeToString(content) + "\"}";
    }

    /** A PDF over the 64 KB this test configures. */
    private static byte[] big(byte[] pdf) {
        byte[] b = new byte[64 * 1024 + 1];
        System.arraycopy(pdf, 0, b, 0, pdf.length);
        return b;
    }

    private static byte[] docx() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("societyId").asLong()));
        return ids;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static java.net.http.HttpClient client() {
        return java.net.http.HttpClient.newHttpClient();
    }

    // ---- helpers ----

    private static String clearLedger() {
        return "{\"runningState\":\"NORMAL\",\"lastInspectionResult\":\"QUALIFIED\",\"lastInspectionYear\":2025,"
                + "\"activitiesInYear\":12,\"fullTimeStaff\":8,\"staffPartyMembers\":3,\"formalMembers\":12,"
                + "\"probationaryMembers\":1,\"relationshipsHere\":11,\"relationshipsElsewhere\":2,"
                + "\"leaders\":[{\"name\":\"王小明\",\"role\":\"PRESIDENT\",\"principal\":true,\"partyMember\":true},"
                + "{\"name\":\"李红\",\"role\":\"SECRETARY_GENERAL\",\"principal\":false,\"partyMember\":true}],"
                + "\"partyOrganisationEstablished\":true,\"note\":\"年度更新\"}";
    }

    private JsonNode onlyEvaluationTask(long society) throws IOException {
        HttpResponse<String> r = get("/v1/rectifications/society/" + society);
        assertEquals(r.body(), 200, r.statusCode());
        List<JsonNode> tasks = new ArrayList<>();
        JSON.readTree(r.body()).forEach(t -> {
            if ("EVALUATION".equals(t.get("origin").asText())) {
                tasks.add(t);
            }
        });
        assertEquals(r.body(), 1, tasks.size());
        return tasks.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> codes(JsonNode problem) {
        List<String> codes = new ArrayList<>();
        problem.get("errors").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    private JsonNode runCampaign(String draft) throws Exception {
        HttpResponse<String> created = postJson("/v1/evaluation/campaigns", draft);
        assertEquals(created.body(), 201, created.statusCode());
        return runAgain(JSON.readTree(created.body()).get("id").asLong());
    }

    private JsonNode runAgain(long id) throws Exception {
        HttpResponse<String> started = postJson("/v1/evaluation/campaigns/" + id + "/run", "");
        assertEquals(started.body(), 202, started.statusCode());
        await().atMost(120, TimeUnit.SECONDS).until(() -> !"RUNNING".equals(JSON.readTree(get("/v1/evaluation/campaigns/" + id).body())
                .get("status").asText()));
        JsonNode done = JSON.readTree(get("/v1/evaluation/campaigns/" + id).body());
        assertEquals(done.toString(), "COMPLETED", done.get("status").asText());
        return done;
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(response.body(), code, problem.get("code").asText());
        assertFalse(response.body(), response.body().contains("at org."));
        return problem;
    }

    private HttpResponse<String> soapOrganisation(String operation) {
        return call("POST", "/soap/OrganisationService", "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:o=\"http://castpb.org/soap/organisation/1\">"
                        + "<soap:Body>" + operation + "</soap:Body></soap:Envelope>", true);
    }

    private HttpResponse<String> soapSociety(String operation) {
        return call("POST", "/soap/SocietyService", "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"http://castpb.org/soap/society/1\">"
                        + "<soap:Body>" + operation + "</soap:Body></soap:Envelope>", true);
    }

    /** The text of the first element with this local name, whatever prefix the server chose. */
    private static String element(String xml, String name) {
        String qualified = "(?:[\\w.-]+:)?" + Pattern.quote(name);
        Matcher m = Pattern.compile("<" + qualified + "(?:\\s[^>]*)?>((?:(?!<" + qualified + "[\\s>]).)*?)</" + qualified + ">",
                Pattern.DOTALL).matcher(xml);
        assertTrue(name + " in " + xml, m.find());
        return m.group(1);
    }
}
