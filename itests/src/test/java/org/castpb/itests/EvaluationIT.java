package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.castpb.spi.EvaluationModule;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The plugin platform in the shipped distribution: a plugin feature installed and removed at runtime while a
 * client keeps reading (no failed request, no core refresh), regional scoping, faulty plugins contained, the
 * one-vote veto, funding allocations, and a plugin built for another SPI major version refused at install.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EvaluationIT extends CastpbTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String ZHEJIANG = "castpb-plugin-evaluation-zhejiang";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void platformIsUp() {
        await().atMost(BOOT).until(() -> get("/v1/societies?limit=1").statusCode() == 200
                && get("/v1/evaluation/modules").body().contains("cast.national"));
        awaitCommands(sessionFactory, "feature:install", "feature:repo-add", "evaluation:show");
    }

    @Test
    public void aPluginInstalledAtRuntimeServesItsRegionWithoutAFailedRequestOrARefresh() throws Exception {
        long zhejiang = createSociety("浙江省科普作家协会", "330100", "PROVINCIAL", "MEMBER", 9601);
        long beijing = createSociety("北京市科普作家协会", "110000", "PROVINCIAL", "MEMBER", 9602);
        assertNull(module("zhejiang.local"));
        Bundle rest = bundle("org.castpb.rest");
        Bundle evaluation = bundle("org.castpb.evaluation");
        long restModified = rest.getLastModified();

        Readers readers = new Readers();
        readers.start();
        try {
            executeCommand(sessionFactory, "feature:install " + ZHEJIANG);
            await().atMost(30, TimeUnit.SECONDS).until(() -> module("zhejiang.local") != null
                    && "ACTIVE".equals(module("zhejiang.local").get("state").asText()));
            JsonNode local = module("zhejiang.local");
            assertEquals("33", local.get("region").asText());
            assertEquals("0.1.0.SNAPSHOT", local.get("version").asText());
            assertEquals("org.castpb.plugin.evaluation.zhejiang", local.get("bundle").asText());

            JsonNode campaign = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"ASSESSMENT\"}");
            assertEquals(List.of("cast.national", "zhejiang.local"), moduleIds(result(campaign, zhejiang)));
            assertEquals(List.of("cast.national"), moduleIds(result(campaign, beijing)));
            // the local module's extra criterion is in its findings, and its version is recorded with them
            JsonNode localResult = result(campaign, zhejiang).get("modules").get(1);
            assertEquals("0.1.0.SNAPSHOT", localResult.get("moduleVersion").asText());
            assertNotNull(localResult.toString(), finding(localResult, "INSTRUCTOR_DISPATCHED"));

            executeCommand(sessionFactory, "feature:uninstall " + ZHEJIANG);
            await().atMost(30, TimeUnit.SECONDS).until(() -> "REMOVED".equals(module("zhejiang.local").get("state").asText()));
            JsonNode again = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"ASSESSMENT\"}");
            assertEquals(List.of("cast.national"), moduleIds(result(again, zhejiang)));
        } finally {
            readers.stop();
        }
        assertEquals(readers.failures.toString(), 0, readers.failures.size());
        assertTrue("the client kept reading: " + readers.requests.get(), readers.requests.get() > 20);
        // neither the doors nor the engine were refreshed or restarted
        assertEquals(Bundle.ACTIVE, rest.getState());
        assertEquals(Bundle.ACTIVE, evaluation.getState());
        assertEquals(restModified, rest.getLastModified());
        assertEquals(rest.getBundleId(), bundle("org.castpb.rest").getBundleId());
    }

    @Test
    public void aModuleThatThrowsOrHangsIsRecordedAsErrorAndTheCampaignGoesOn() throws Exception {
        long society = createSociety("新疆维吾尔自治区科学技术协会学会", "650000", "PROVINCIAL", "NONE", 9611);
        createOrganisation("新疆维吾尔自治区科学技术协会学会党支部", society);
        CountDownLatch never = new CountDownLatch(1);
        List<ServiceRegistration<EvaluationModule>> registrations = new ArrayList<>();
        try {
            registrations.add(register(bundleContext, "test.throwing", "65", c -> {
                throw new IllegalStateException("the plugin's own data is missing");
            }));
            registrations.add(register(bundleContext, "test.hanging", "65", c -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            await().atMost(10, TimeUnit.SECONDS).until(() -> module("test.hanging") != null && module("test.throwing") != null);

            JsonNode campaign = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"ASSESSMENT\",\"regionPrefix\":\"65\"}");
            assertEquals(1, campaign.get("societies").asInt());
            assertTrue(campaign.toString(), campaign.get("moduleErrors").asInt() >= 2);
            JsonNode result = result(campaign, society);
            assertEquals(List.of("cast.national", "test.hanging", "test.throwing"), moduleIds(result));
            JsonNode modules = result.get("modules");
            assertEquals("OK", modules.get(0).get("status").asText());
            assertEquals("ERROR", modules.get(1).get("status").asText());
            assertEquals("exceeded the time limit of 2000 ms", modules.get(1).get("error").asText());
            assertEquals("ERROR", modules.get(2).get("status").asText());
            assertEquals("failed: java.lang.IllegalStateException: the plugin's own data is missing",
                    modules.get(2).get("error").asText());
            // no verdict without every module: incomplete, and the reasons say which modules failed
            assertEquals("INCOMPLETE", result.get("outcome").asText());
            assertEquals(result.toString(), 2, result.get("reasons").size());
            assertEquals(200, get("/v1/societies?limit=1").statusCode());
        } finally {
            never.countDown();
            registrations.forEach(ServiceRegistration::unregister);
        }
    }

    @Test
    public void aModuleThatIgnoresInterruptionOrAllocatesWithoutBoundIsContainedAndTheCampaignEnds() throws Exception {
        long society = createSociety("青海省科学技术协会学会", "630000", "PROVINCIAL", "NONE", 9631);
        CountDownLatch release = new CountDownLatch(1);
        List<ServiceRegistration<EvaluationModule>> registrations = new ArrayList<>();
        try {
            registrations.add(register(bundleContext, "test.stubborn", "63", c -> {
                while (true) {
                    try {
                        release.await();
                        return null;
                    } catch (InterruptedException ignored) {
                        // what a badly written plugin does
                    }
                }
            }));
            registrations.add(register(bundleContext, "test.greedy", "63", c -> {
                List<long[]> hoard = new ArrayList<>();
                while (!Thread.currentThread().isInterrupted()) {
                    hoard.add(new long[1 << 20]);
                }
                return null;
            }));
            await().atMost(10, TimeUnit.SECONDS).until(() -> module("test.stubborn") != null && module("test.greedy") != null);

            JsonNode campaign = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"ASSESSMENT\",\"regionPrefix\":\"63\"}");
            JsonNode result = result(campaign, society);
            assertEquals(List.of("cast.national", "test.greedy", "test.stubborn"), moduleIds(result));
            JsonNode modules = result.get("modules");
            assertEquals("OK", modules.get(0).get("status").asText());
            assertEquals("ERROR", modules.get(1).get("status").asText());
            assertTrue(modules.toString(), modules.get(1).get("error").asText().startsWith("allocated more than the cap of 64 MB"));
            assertEquals("ERROR", modules.get(2).get("status").asText());
            assertTrue(modules.toString(), modules.get(2).get("error").asText().startsWith("exceeded the time limit of 2000 ms;"
                    + " it ignored the interruption, so its thread is abandoned"));

            // the next campaign leaves the module holding its thread out, and threads do not pile up
            JsonNode again = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"ASSESSMENT\",\"regionPrefix\":\"63\"}");
            assertEquals("not called: an earlier call ignored its interruption and still holds its thread",
                    result(again, society).get("modules").get(2).get("error").asText());
            long moduleThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("castpb-evaluation-module-")).count();
            assertTrue("at most pluginThreads 4 + maxAbandonedThreads 4: " + moduleThreads, moduleThreads <= 8);
            assertEquals(200, get("/v1/societies?limit=1").statusCode());
        } finally {
            release.countDown();
            registrations.forEach(ServiceRegistration::unregister);
        }
    }

    @Test
    public void aGroupMemberWithoutOrganisationAfterTheDeadlineIsVetoedAndFundingFollowsTheResults() throws Exception {
        long vetoed = createSociety("广东省未建党组织学会", "440100", "PROVINCIAL", "MEMBER", 9621);
        long organised = createSociety("广东省已建党组织学会", "440100", "PROVINCIAL", "MEMBER", 9622);
        createOrganisation("广东省已建党组织学会党支部", organised);

        JsonNode campaign = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"COMPREHENSIVE\",\"regionPrefix\":\"44\"}");
        assertEquals("COMPLETED", campaign.get("status").asText());
        assertEquals(2, campaign.get("societies").asInt());

        JsonNode fail = result(campaign, vetoed);
        assertEquals(fail.toString(), "FAIL", fail.get("outcome").asText());
        assertTrue(fail.get("vetoed").asBoolean());
        assertEquals("UNQUALIFIED", fail.get("grade").asText());
        // the veto reason in the reader's language, as the findings: Chinese by default, English when asked for
        assertTrue(fail.toString(), fail.get("reasons").get(0).asText().startsWith("cast.national 一票否决：中国科协团体会员学会于 "));
        JsonNode national = fail.get("modules").get(0);
        assertTrue(national.get("veto").asBoolean());
        assertTrue(national.toString(), national.get("vetoReason").asText().contains("仍无自己的党组织或联合党支部"));
        HttpResponse<String> english = call("GET", "/v1/evaluation/campaigns/" + campaign.get("id").asLong() + "/results/" + vetoed,
                null, null, true, "Accept-Language", "en");
        JsonNode inEnglish = JSON.readTree(english.body());
        assertTrue(english.body(), inEnglish.get("reasons").get(0).asText().startsWith("cast.national vetoes: CAST group member"));
        assertTrue(english.body(), inEnglish.get("modules").get(0).get("vetoReason").asText().contains("after the deadline"));
        assertExplainable(national);

        JsonNode other = result(campaign, organised);
        assertFalse(other.toString(), other.get("vetoed").asBoolean());
        assertEquals(30, finding(other.get("modules").get(0), "ORGANISATION_ESTABLISHED").get("points").asInt());
        assertExplainable(other.get("modules").get(0));
        // the same inputs give the same result: the first campaign wrote its result into the ledger (a revision by the
        // system), so two later campaigns, which read the same ledger, are compared
        JsonNode rerun = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"COMPREHENSIVE\",\"regionPrefix\":\"44\"}");
        JsonNode again = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"COMPREHENSIVE\",\"regionPrefix\":\"44\"}");
        assertEquals(result(again, organised).get("score").asText(), result(rerun, organised).get("score").asText());
        assertEquals(result(again, organised).get("modules").get(0).get("findings"), result(rerun, organised).get("modules").get(0).get("findings"));

        // the SOAP and console doors show the same result
        long id = campaign.get("id").asLong();
        HttpResponse<String> soap = call("POST", "/soap/EvaluationService", "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:e=\"http://castpb.org/soap/evaluation/1\">"
                + "<soap:Body><e:getResult><e:campaignId>" + id + "</e:campaignId><e:societyId>" + vetoed
                + "</e:societyId></e:getResult></soap:Body></soap:Envelope>", true);
        assertEquals(soap.body(), 200, soap.statusCode());
        assertTrue(soap.body(), soap.body().contains("FAIL") && soap.body().contains("cast.national 一票否决："));
        String shown = executeCommand(sessionFactory, "evaluation:show " + id + " " + vetoed);
        assertTrue(shown, shown.contains("FAIL") && shown.contains("ORGANISATION_ESTABLISHED") && shown.contains("cast.national"));

        // a society's evaluations across campaigns
        assertTrue(JSON.readTree(get("/v1/societies/" + vetoed + "/evaluations").body()).size() >= 1);
        HttpResponse<String> failures = get("/v1/evaluation/campaigns/" + campaign.get("id").asLong() + "/results?outcome=FAIL");
        assertEquals(1, JSON.readTree(failures.body()).get("total").asInt());

        // funding: only a completed campaign, only an installed scheme, within the budget
        HttpResponse<String> allocated = postJson("/v1/evaluation/campaigns/" + campaign.get("id").asLong() + "/allocations",
                "{\"schemeId\":\"cast.award\",\"budget\":100000,\"note\":\"2026年度党建工作经费\"}");
        assertEquals(allocated.body(), 201, allocated.statusCode());
        JsonNode allocation = JSON.readTree(allocated.body());
        assertTrue(new BigDecimal(allocation.get("total").asText()).compareTo(new BigDecimal("100000")) <= 0);
        boolean guidanceBought = false;
        for (JsonNode award : allocation.get("awards")) {
            assertFalse(award.get("explanation").asText().isBlank());
            if (award.get("societyId").asLong() == vetoed) {
                assertEquals("SERVICE_PURCHASE", award.get("channel").asText());
                guidanceBought = true;
            }
        }
        assertTrue(allocation.toString(), guidanceBought);
        assertEquals(200, get("/v1/evaluation/allocations/" + allocation.get("id").asLong() + "?format=csv").statusCode());
        fundedCampaignIsFrozenAndCorrectedByANewOne(campaign, vetoed);
        assertProblem(postJson("/v1/evaluation/campaigns/" + campaign.get("id").asLong() + "/allocations",
                "{\"schemeId\":\"no.such.scheme\",\"budget\":100}"), 404, "NOT_FOUND");
        assertProblem(postJson("/v1/evaluation/campaigns/" + campaign.get("id").asLong() + "/allocations",
                "{\"schemeId\":\"cast.award\",\"budget\":-5}"), 422, "VALIDATION_FAILED");
        HttpResponse<String> fresh = postJson("/v1/evaluation/campaigns", "{\"year\":" + TODAY.getYear() + ",\"kind\":\"ANNUAL_INSPECTION\"}");
        assertProblem(postJson("/v1/evaluation/campaigns/" + JSON.readTree(fresh.body()).get("id").asLong() + "/allocations",
                "{\"schemeId\":\"cast.award\",\"budget\":100}"), 409, "CAMPAIGN_NOT_COMPLETED");
        assertProblem(postJson("/v1/evaluation/campaigns", "{\"year\":1990,\"kind\":\"INSPECTION\"}"), 422, "VALIDATION_FAILED");
        assertProblem(call("POST", "/v1/evaluation/campaigns", "application/json", "{\"year\":2026,\"kind\":\"ASSESSMENT\"}", false),
                401, "UNAUTHORIZED");
    }

    /**
     * The API answers in the reader's language (Accept-Language, else the site's default, Chinese): a problem's title
     * and detail and a field error name what is wrong in that language, by the field's label, and so does evaluation
     * evidence; the codes, field names and points stay the same whatever the language.
     */
    @Test
    public void problemsAndEvidenceReadInTheLanguageTheReaderAccepts() throws Exception {
        HttpResponse<String> en = call("GET", "/v1/societies/987654321", null, null, true, "Accept-Language", "en-US,en;q=0.9");
        JsonNode english = assertProblem(en, 404, "NOT_FOUND");
        assertEquals("Not found", english.get("title").asText());
        assertEquals("no society with id 987654321", english.get("detail").asText());
        assertEquals("en", en.headers().firstValue("Content-Language").orElse(""));

        HttpResponse<String> zh = call("GET", "/v1/societies/987654321", null, null, true, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
        JsonNode chinese = assertProblem(zh, 404, "NOT_FOUND");
        assertEquals("未找到", chinese.get("title").asText());
        assertEquals("没有编号为 987654321 的学会", chinese.get("detail").asText());
        assertEquals("zh", zh.headers().firstValue("Content-Language").orElse(""));
        assertEquals("zh", get("/v1/societies?limit=1").headers().firstValue("Content-Language").orElse(""));

        long society = createSociety("海南省语言测试学会", "460100", "PROVINCIAL", "NONE", 9631);
        String badLedger = "{\"runningState\":\"NORMAL\",\"lastInspectionResult\":\"EXCELLENT\"}";
        JsonNode invalid = assertProblem(call("PUT", "/v1/societies/" + society + "/ledger", "application/json", badLedger, true,
                "If-Match", "\"0\"", "Accept-Language", "zh"), 422, "VALIDATION_FAILED");
        assertEquals("输入无效", invalid.get("title").asText());
        assertEquals("lastInspectionResult", invalid.get("errors").get(0).get("field").asText());
        assertEquals("INVALID_VALUE", invalid.get("errors").get(0).get("code").asText());
        String message = invalid.get("errors").get(0).get("message").asText();
        assertTrue(message, message.startsWith("最近年检结果：取值无效（") && message.contains("EXCELLENT"));
        assertFalse(invalid.toString(), invalid.get("detail").asText().contains("lastInspectionResult"));
        JsonNode invalidEn = assertProblem(call("PUT", "/v1/societies/" + society + "/ledger", "application/json", badLedger, true,
                "If-Match", "\"0\"", "Accept-Language", "en"), 422, "VALIDATION_FAILED");
        assertTrue(invalidEn.toString(), invalidEn.get("errors").get(0).get("message").asText().contains("EXCELLENT"));

        // evidence names a missing ledger field by its label in the reader's language, never by its internal name
        assertEquals(200, call("PUT", "/v1/societies/" + society + "/ledger", "application/json",
                "{\"runningState\":\"NORMAL\",\"activitiesInYear\":3,\"leaders\":[]}", true, "If-Match", "\"0\"").statusCode());
        JsonNode campaign = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"ANNUAL_INSPECTION\",\"regionPrefix\":\"4601\"}");
        String path = "/v1/evaluation/campaigns/" + campaign.get("id").asLong() + "/results/" + society;
        HttpResponse<String> inEnglish = call("GET", path, null, null, true, "Accept-Language", "en");
        assertEquals(inEnglish.body(), 200, inEnglish.statusCode());
        assertEquals("en", inEnglish.headers().firstValue("Content-Language").orElse(""));
        JsonNode ledgerEn = finding(JSON.readTree(inEnglish.body()).get("modules").get(0), "LEDGER_FIVE_CLEARS");
        assertEquals("Ledger with the five clears", ledgerEn.get("title").asText());
        assertTrue(ledgerEn.toString(), ledgerEn.get("evidence").asText().contains("missing Result of the last annual inspection"));
        HttpResponse<String> inChinese = call("GET", path, null, null, true, "Accept-Language", "zh-CN");
        JsonNode ledgerZh = finding(JSON.readTree(inChinese.body()).get("modules").get(0), "LEDGER_FIVE_CLEARS");
        assertEquals("台账“五个清”", ledgerZh.get("title").asText());
        assertTrue(ledgerZh.toString(), ledgerZh.get("evidence").asText().contains("业务运行情况（缺少：最近年检结果）"));
        for (JsonNode f : List.of(ledgerEn, ledgerZh)) {
            assertFalse(f.toString(), f.get("evidence").asText().contains("lastInspectionResult"));
            assertEquals(ledgerEn.get("points"), f.get("points"));
        }

        // SOAP follows the HTTP request's Accept-Language the same way: the result's evidence and a fault's message
        String getResult = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:e=\"http://castpb.org/soap/evaluation/1\">"
                + "<soap:Body><e:getResult><e:campaignId>" + campaign.get("id").asLong() + "</e:campaignId><e:societyId>%d"
                + "</e:societyId></e:getResult></soap:Body></soap:Envelope>";
        HttpResponse<String> soapZh = call("POST", "/soap/EvaluationService", "text/xml; charset=UTF-8",
                String.format(getResult, society), true, "Accept-Language", "zh");
        assertEquals(soapZh.body(), 200, soapZh.statusCode());
        assertTrue(soapZh.body(), soapZh.body().contains("业务运行情况（缺少：最近年检结果）"));
        HttpResponse<String> soapEn = call("POST", "/soap/EvaluationService", "text/xml; charset=UTF-8",
                String.format(getResult, society), true, "Accept-Language", "en");
        assertTrue(soapEn.body(), soapEn.body().contains("missing Result of the last annual inspection"));
        HttpResponse<String> faultZh = call("POST", "/soap/EvaluationService", "text/xml; charset=UTF-8",
                String.format(getResult, 987654321L), true);
        assertTrue(faultZh.body(), faultZh.body().contains("NOT_FOUND") && faultZh.body().contains("没有编号为 987654321 的学会"));
    }

    /**
     * Its allocation freezes a campaign: running it again is refused with one code by REST, SOAP and the console,
     * its results stay, and a new campaign naming it is how it is corrected.
     */
    private void fundedCampaignIsFrozenAndCorrectedByANewOne(JsonNode campaign, long society) throws Exception {
        long id = campaign.get("id").asLong();
        JsonNode problem = assertProblem(postJson("/v1/evaluation/campaigns/" + id + "/run", ""), 409, "CAMPAIGN_FUNDED");
        assertTrue(problem.toString(), problem.get("detail").asText().contains("correctsCampaignId " + id));
        HttpResponse<String> soap = call("POST", "/soap/EvaluationService", "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:e=\"http://castpb.org/soap/evaluation/1\">"
                + "<soap:Body><e:runCampaign><e:id>" + id + "</e:id></e:runCampaign></soap:Body></soap:Envelope>", true);
        assertEquals(soap.body(), 500, soap.statusCode());
        assertTrue(soap.body(), soap.body().contains("CAMPAIGN_FUNDED"));
        String console = refusal(sessionFactory, "evaluation:run " + id);
        assertTrue(console, console.contains("Error: CAMPAIGN_FUNDED: campaign " + id));
        JsonNode unchanged = campaign(id);
        assertEquals("COMPLETED", unchanged.get("status").asText());
        assertEquals(campaign.get("finishedAt"), unchanged.get("finishedAt"));
        assertEquals(200, get("/v1/evaluation/campaigns/" + id + "/results/" + society).statusCode());

        JsonNode correction = runCampaign("{\"year\":" + TODAY.getYear() + ",\"kind\":\"COMPREHENSIVE\",\"regionPrefix\":\"44\","
                + "\"correctsCampaignId\":" + id + "}");
        assertEquals(id, correction.get("correctsCampaignId").asLong());
        assertTrue(campaign(id).get("correctsCampaignId").isNull());
        assertEquals(result(campaign, society).get("outcome"), result(correction, society).get("outcome"));
        String listed = executeCommand(sessionFactory, "evaluation:campaigns");
        assertTrue(listed, listed.contains("correcting campaign " + id));
        assertProblem(postJson("/v1/evaluation/campaigns", "{\"year\":" + (TODAY.getYear() - 1) + ",\"kind\":\"COMPREHENSIVE\","
                + "\"correctsCampaignId\":" + id + "}"), 422, "VALIDATION_FAILED");
    }

    @Test
    public void aPluginBuiltForAnotherSpiMajorVersionIsRefusedAtInstallAndLeavesNothingInstalled() throws Exception {
        Path dir = Files.createTempDirectory("castpb-future-plugin");
        Path jar = dir.resolve("future-plugin.jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.example.future.plugin");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.castpb.spi;version=\"[2.0,3)\"");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is all the resolver reads
        }
        Path features = dir.resolve("features.xml");
        Files.writeString(features, "<features name=\"future\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"future-plugin\" version=\"1.0.0\"><bundle>" + jar.toUri() + "</bundle></feature></features>",
                StandardCharsets.UTF_8);
        executeCommand(sessionFactory, "feature:repo-add " + features.toUri());
        try {
            executeCommand(sessionFactory, "feature:install future-plugin");
            fail("a plugin for SPI 2.x must not install");
        } catch (Exception e) {
            StringBuilder chain = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                chain.append(t).append('\n');
            }
            String message = chain.toString();
            assertTrue(message, message.contains("org.example.future.plugin"));
            assertTrue(message, message.contains("osgi.wiring.package") && message.contains("org.castpb.spi"));
            assertTrue(message, message.contains("version>=2.0.0"));
        }
        for (Bundle b : bundleContext.getBundles()) {
            assertFalse("nothing half-installed", "org.example.future.plugin".equals(b.getSymbolicName()));
        }
        assertFalse(executeCommand(sessionFactory, "feature:list -i").contains("future-plugin"));
        assertEquals(200, get("/v1/evaluation/modules").statusCode());
    }

    // ---- helpers ----

    /** Clients reading two endpoints over and over, counting every answer that is not a 200. */
    private final class Readers {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger requests = new AtomicInteger();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<Thread> threads = new ArrayList<>();

        void start() {
            for (String path : new String[] {"/v1/societies?limit=5", "/v1/evaluation/modules"}) {
                Thread t = new Thread(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> r = get(path);
                            requests.incrementAndGet();
                            if (r.statusCode() != 200) {
                                failures.add(path + " " + r.statusCode());
                            }
                        } catch (RuntimeException e) {
                            failures.add(path + " " + e);
                        }
                    }
                }, "reader " + path);
                t.start();
                threads.add(t);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(30_000);
            }
        }
    }

    private JsonNode runCampaign(String draft) throws Exception {
        HttpResponse<String> created = postJson("/v1/evaluation/campaigns", draft);
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).get("id").asLong();
        HttpResponse<String> started = postJson("/v1/evaluation/campaigns/" + id + "/run", "");
        assertEquals(started.body(), 202, started.statusCode());
        await().atMost(120, TimeUnit.SECONDS).until(() -> !"RUNNING".equals(campaign(id).get("status").asText()));
        JsonNode done = campaign(id);
        assertEquals(done.toString(), "COMPLETED", done.get("status").asText());
        return done;
    }

    private JsonNode campaign(long id) throws IOException {
        return JSON.readTree(get("/v1/evaluation/campaigns/" + id).body());
    }

    private JsonNode result(JsonNode campaign, long society) throws IOException {
        HttpResponse<String> r = get("/v1/evaluation/campaigns/" + campaign.get("id").asLong() + "/results/" + society);
        assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    private static List<String> moduleIds(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("modules").forEach(m -> ids.add(m.get("moduleId").asText()));
        return ids;
    }

    private static JsonNode finding(JsonNode moduleResult, String code) {
        for (JsonNode f : moduleResult.get("findings")) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        return null;
    }

    /** A module's points are the sum of its findings' points, and each finding carries its evidence. */
    private static void assertExplainable(JsonNode moduleResult) {
        int points = 0;
        int max = 0;
        for (JsonNode f : moduleResult.get("findings")) {
            points += f.get("points").asInt();
            max += f.get("maxPoints").asInt();
            assertFalse(f.toString(), f.get("evidence").asText().isBlank());
        }
        assertEquals(moduleResult.toString(), moduleResult.get("points").asInt(), points);
        assertEquals(moduleResult.get("maxPoints").asInt(), max);
    }

    private JsonNode module(String id) throws IOException {
        for (JsonNode m : JSON.readTree(get("/v1/evaluation/modules").body())) {
            if (m.get("id").asText().equals(id)) {
                return m;
            }
        }
        return null;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(response.body(), code, problem.get("code").asText());
        assertFalse(response.body(), response.body().contains("at org."));
        return problem;
    }
}
