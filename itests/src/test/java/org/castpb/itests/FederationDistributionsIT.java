package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A national and a provincial instance as sites run them: two unpacked distributions on free ports, each on its own
 * Derby database, configured as the README's "Multi-level deployment" says. The national administrator creates
 * Zhejiang's reporting account (a local administrator of region 33) and registers the child through the REST door;
 * the provincial one records its societies and reports on demand; the national one shows the child, its freshness, the
 * figures added to its own and the child's societies. With the national one stopped, two more reports wait in the
 * provincial outbox and arrive once each, in order, after it is started again. The figures expected are counted here
 * from the societies this test records.
 */
public class FederationDistributionsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin";
    private static final String REPORTER = "report-zj";
    private static final String REPORTER_PASSWORD = "Zj-Bao-Song-2026";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** Organisations and liaisons run from before the reports' dates. */
    private static final LocalDate SINCE = TODAY.minusDays(30);

    private static UnpackedDistribution national;
    private static UnpackedDistribution zhejiang;
    private static int serial = 9700;

    /** A society this test records, and what it brings to the coverage figures. */
    private record Fixture(String name, String level, String regionCode, String groupMemberStatus, boolean organisation,
                           boolean liaison) {

        /** Counted by a provincial instance whose scope is its PROVINCIAL and MUNICIPAL group-member societies. */
        boolean inProvincialScope() {
            return "MEMBER".equals(groupMemberStatus) && !"NATIONAL".equals(level);
        }
    }

    /** Figures as the coverage service counts them: in scope, with an organisation, with work coverage. */
    private record Figures(long inScope, long organisationCovered, long workCovered) {

        static Figures of(List<Fixture> societies) {
            List<Fixture> counted = societies.stream().filter(Fixture::inProvincialScope).toList();
            return new Figures(counted.size(), counted.stream().filter(Fixture::organisation).count(),
                    counted.stream().filter(f -> f.organisation() || f.liaison()).count());
        }

        static Figures of(JsonNode totals) {
            return new Figures(totals.get("inScope").asLong(), totals.get("organisationCovered").asLong(),
                    totals.get("workCovered").asLong());
        }

        Figures plus(Figures other) {
            return new Figures(inScope + other.inScope, organisationCovered + other.organisationCovered, workCovered + other.workCovered);
        }
    }

    @BeforeClass
    public static void startBoth() throws Exception {
        national = UnpackedDistribution.unpack("federation-national");
        zhejiang = UnpackedDistribution.unpack("federation-zhejiang");
        national.configure("org.castpb.instance.cfg", "instanceId", "cast");
        national.configure("org.castpb.instance.cfg", "level", "NATIONAL");
        national.configure("org.castpb.instance.cfg", "regionCode", "100000");
        // as the README: the provincial identity, its parent and the account it uses there
        String instance = "org.castpb.instance.cfg";
        zhejiang.configure(instance, "instanceId", "zhejiang");
        zhejiang.configure(instance, "level", "PROVINCIAL");
        zhejiang.configure(instance, "regionCode", "330000");
        zhejiang.configure(instance, "displayName", "\\u6d59\\u6c5f\\u7701\\u79d1\\u534f");
        zhejiang.configure(instance, "parentUrl", national.base().replace("localhost", "127.0.0.1") + "/api/v1");
        zhejiang.configure(instance, "reportingAccount", REPORTER);
        zhejiang.configure(instance, "reportingPassword", REPORTER_PASSWORD);
        zhejiang.configure(instance, "reportDayOfMonth", "0");
        // retried every 1-2 s and looked at every second, so the test does not wait for production's backoff
        zhejiang.configure(instance, "retryFirstSeconds", "1");
        zhejiang.configure(instance, "retryMaxSeconds", "2");
        zhejiang.configure(instance, "tickSeconds", "1");
        // a provincial instance counts its own levels (README, scopes)
        zhejiang.configure("org.castpb.coverage.cfg", "scopeLevels", "PROVINCIAL, MUNICIPAL");
        // one after the other: on a loaded machine two boots at once take as long, and each may exceed its wait
        start(national);
        start(zhejiang);
    }

    @AfterClass
    public static void stopBoth() throws Exception {
        Map<String, UnpackedDistribution> nodes = new HashMap<>();
        nodes.put("national", national);
        nodes.put("zhejiang", zhejiang);
        for (Map.Entry<String, UnpackedDistribution> node : nodes.entrySet()) {
            if (node.getValue() != null) {
                // the server's log outlives its folder, for a failed run
                Files.writeString(Path.of("target", "federation-" + node.getKey() + "-karaf.log"), node.getValue().log());
                node.getValue().close();
            }
        }
    }

    @Test
    public void theProvinceReportsTheNationAggregatesAndReportsMadeWhileTheNationIsDownArriveOnceInOrder() throws Exception {
        JsonNode identity = json(send(zhejiang, ADMIN, "GET", "/api/v1/instance", null), 200);
        assertEquals("zhejiang", identity.get("instanceId").asText());
        assertEquals("PROVINCIAL", identity.get("level").asText());
        assertEquals("浙江省科协", identity.get("displayName").asText());
        assertEquals(REPORTER, identity.get("reportingAccount").asText());
        assertEquals("NATIONAL", json(send(national, ADMIN, "GET", "/api/v1/instance", null), 200).get("level").asText());
        setUpTheChildAtTheNation();

        // the nation's own societies: one with a branch, one without
        List<Fixture> own = List.of(new Fixture("中国联邦测试数学会", "NATIONAL", "100000", "MEMBER", true, false),
                new Fixture("中国联邦测试物理学会", "NATIONAL", "100000", "MEMBER", false, false));
        for (Fixture f : own) {
            record(national, f);
        }
        Figures ownFigures = new Figures(2, 1, 1);
        // the province's: two with a branch, one with a liaison officer, one with neither, one that is no group member
        List<Fixture> provincial = new ArrayList<>(List.of(
                new Fixture("浙江省联邦测试数学会", "PROVINCIAL", "330000", "MEMBER", true, false),
                new Fixture("浙江省联邦测试计算机学会", "PROVINCIAL", "330000", "MEMBER", true, true),
                new Fixture("杭州市联邦测试医学会", "MUNICIPAL", "330100", "MEMBER", false, true),
                new Fixture("宁波市联邦测试农学会", "MUNICIPAL", "330200", "MEMBER", false, false),
                new Fixture("浙江省联邦测试力学学会", "PROVINCIAL", "330000", "NONE", true, false)));
        Map<String, Fixture> byUscc = new HashMap<>();
        for (Fixture f : provincial) {
            byUscc.put(record(zhejiang, f), f);
        }
        Figures first = Figures.of(provincial);
        assertEquals(new Figures(4, 2, 3), first);

        // on demand: written to the outbox, sent at once, acknowledged
        JsonNode sent = json(send(zhejiang, ADMIN, "POST", "/api/v1/federation/outbox?asOf=" + TODAY.minusDays(2), null), 201);
        assertEquals(sent.toString(), "ACKNOWLEDGED", sent.get("state").asText());
        String firstId = sent.get("reportId").asText();

        // the nation: the child with its report, fresh, its figures added to the nation's own, its societies as reported
        JsonNode child = child(ADMIN, "zhejiang");
        assertEquals(1, child.get("reports").asInt());
        assertEquals(TODAY.minusDays(2).toString(), child.get("lastAsOf").asText());
        assertFalse(child.toString(), child.get("overdue").asBoolean());
        assertTrue(child.toString(), Duration.between(Instant.parse(child.get("lastReceivedAt").asText()), Instant.now()).toMinutes() < 10);
        assertEquals(first, Figures.of(child.get("lastTotals")));
        JsonNode overview = json(send(national, ADMIN, "GET", "/api/v1/federation/overview?asOf=" + TODAY, null), 200);
        assertEquals(overview.toString(), ownFigures, Figures.of(overview.get("own")));
        assertEquals(overview.toString(), first, Figures.of(overview.get("reported")));
        assertEquals(overview.toString(), ownFigures.plus(first), Figures.of(overview.get("combined")));
        JsonNode societies = json(send(national, ADMIN, "GET", "/api/v1/federation/children/zhejiang/societies", null), 200);
        assertEquals(societies.toString(), first.inScope(), societies.size());
        for (JsonNode society : societies) {
            Fixture recorded = byUscc.get(society.get("uscc").asText());
            assertNotNull(society + " was not recorded in Zhejiang", recorded);
            assertTrue(society.toString(), recorded.inProvincialScope());
            assertEquals(society.toString(), recorded.name(), society.get("name").asText());
            assertEquals(society.toString(), recorded.organisation(), society.get("organisationCovered").asBoolean());
            assertEquals(society.toString(), recorded.organisation() || recorded.liaison(), society.get("workCovered").asBoolean());
        }
        // the reporting account reads its own child only, and the same through SOAP
        JsonNode seenByReporter = json(send(national, REPORTER, "GET", "/api/v1/federation/children", null), 200);
        assertEquals(seenByReporter.toString(), List.of("zhejiang"), instanceIds(seenByReporter));
        String soap = soapListChildren();
        assertTrue(soap, soap.contains("<instanceId>zhejiang</instanceId>") && soap.contains("<reports>1</reports>"));

        // the nation is down: two reports wait in the province's outbox, the second behind the first
        national.stop();
        JsonNode queued = json(send(zhejiang, ADMIN, "POST", "/api/v1/federation/outbox?asOf=" + TODAY.minusDays(1), null), 201);
        assertEquals(queued.toString(), "QUEUED", queued.get("state").asText());
        assertEquals(1, queued.get("attempts").asInt());
        assertTrue(queued.toString(), queued.get("lastError").asText().startsWith("the parent did not answer"));
        // one more society before the third report, so the two waiting reports differ
        Fixture added = new Fixture("温州市联邦测试物理学会", "MUNICIPAL", "330300", "MEMBER", false, false);
        byUscc.put(record(zhejiang, added), added);
        provincial.add(added);
        Figures third = Figures.of(provincial);
        JsonNode behind = json(send(zhejiang, ADMIN, "POST", "/api/v1/federation/outbox?asOf=" + TODAY, null), 201);
        assertEquals(behind.toString(), "QUEUED", behind.get("state").asText());
        List<String> ids = List.of(firstId, queued.get("reportId").asText(), behind.get("reportId").asText());
        // retried meanwhile (every 1-2 s): still queued, never reached the parent
        await().atMost(60, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).until(() -> outbox().get(ids.get(1)).get("attempts").asInt() > 1);
        Map<String, JsonNode> waiting = outbox();
        assertEquals("QUEUED", waiting.get(ids.get(1)).get("state").asText());
        assertEquals("QUEUED", waiting.get(ids.get(2)).get("state").asText());

        // the nation is back: both arrive, the province's outbox says so
        start(national);
        await().atMost(180, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS)
                .until(() -> "ACKNOWLEDGED".equals(outbox().get(ids.get(2)).get("state").asText()));
        Map<String, JsonNode> settled = outbox();
        for (String id : ids) {
            assertEquals(settled.get(id).toString(), "ACKNOWLEDGED", settled.get(id).get("state").asText());
        }

        // once each, in the order they were written
        JsonNode reports = json(send(national, ADMIN, "GET", "/api/v1/federation/children/zhejiang/reports?limit=20", null), 200);
        assertEquals(reports.toString(), 3, reports.get("total").asInt());
        List<String> newestFirst = new ArrayList<>();
        reports.get("items").forEach(r -> newestFirst.add(r.get("reportId").asText()));
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)), newestFirst);
        JsonNode history = json(send(national, ADMIN, "GET", "/api/v1/federation/children/zhejiang/history", null), 200);
        assertEquals(history.toString(), 3, history.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(ids.get(i), history.get(i).get("reportId").asText());
            assertEquals(TODAY.minusDays(2 - i).toString(), history.get(i).get("asOf").asText());
        }
        assertTrue(history.toString(), Instant.parse(history.get(1).get("receivedAt").asText())
                .isBefore(Instant.parse(history.get(2).get("receivedAt").asText())));
        assertEquals(first, Figures.of(history.get(0).get("totals")));
        assertEquals(first, Figures.of(history.get(1).get("totals")));
        assertEquals(new Figures(5, 2, 3), third);
        assertEquals(third, Figures.of(history.get(2).get("totals")));
        JsonNode latest = child(ADMIN, "zhejiang");
        assertEquals(3, latest.get("reports").asInt());
        assertEquals(TODAY.toString(), latest.get("lastAsOf").asText());
        JsonNode after = json(send(national, ADMIN, "GET", "/api/v1/federation/overview?asOf=" + TODAY, null), 200);
        assertEquals(after.toString(), ownFigures.plus(third), Figures.of(after.get("combined")));
        assertEquals(third.inScope(), json(send(national, ADMIN, "GET", "/api/v1/federation/children/zhejiang/societies", null), 200).size());
    }

    @Test
    public void aReportForARegionOutsideTheReportingAccountsScopeIsRefused403AndStoredNowhere() throws Exception {
        setUpTheChildAtTheNation();
        ObjectNode report = JSON.createObjectNode();
        report.put("reportId", "0b6d1c52-3f0e-4c1a-9d7e-5a2b8c4e9f10");
        report.put("instanceId", "shanghai");
        report.put("level", "PROVINCIAL");
        report.put("regionCode", "310000");
        report.put("displayName", "上海市科协");
        report.put("asOf", TODAY.toString());
        report.put("createdAt", Instant.now().toString());
        report.putObject("totals").put("inScope", 3).put("organisationCovered", 2).put("workCovered", 3)
                .put("organisationRate", 66.7).put("workRate", 100.0);
        report.put("openRectifications", 0);
        report.put("overdueRectifications", 0);
        HttpResponse<String> refused = send(national, REPORTER, "POST", "/api/v1/federation/reports", report.toString());
        assertEquals(refused.body(), 403, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("OUT_OF_SCOPE", JSON.readTree(refused.body()).get("code").asText());
        // nowhere: not among the children, no reports, no history, for the nation's own administrator either
        assertFalse(instanceIds(json(send(national, ADMIN, "GET", "/api/v1/federation/children", null), 200)).contains("shanghai"));
        assertEquals(404, send(national, ADMIN, "GET", "/api/v1/federation/children/shanghai/reports", null).statusCode());
        assertEquals(404, send(national, ADMIN, "GET", "/api/v1/federation/children/shanghai/history", null).statusCode());
        // the same report under Zhejiang's own instance id, but for Shanghai's region: refused all the same
        report.put("instanceId", "zhejiang");
        HttpResponse<String> disguised = send(national, REPORTER, "POST", "/api/v1/federation/reports", report.toString());
        assertEquals(disguised.body(), 403, disguised.statusCode());
        assertEquals("OUT_OF_SCOPE", JSON.readTree(disguised.body()).get("code").asText());
        HttpResponse<String> stored = send(national, ADMIN, "GET", "/api/v1/federation/children/zhejiang/reports?limit=200", null);
        assertFalse(stored.body(), stored.body().contains("0b6d1c52-3f0e-4c1a-9d7e-5a2b8c4e9f10"));
    }

    /**
     * Once per class, at the nation, as the README tells its administrator: Zhejiang's reporting account, a local
     * administrator of region 33, and Zhejiang registered as a child; the account can sign in, and sees the child
     * listed as overdue until it reports.
     */
    private static synchronized void setUpTheChildAtTheNation() throws Exception {
        if (send(national, ADMIN, "GET", "/api/v1/accounts/" + REPORTER, null).statusCode() == 200) {
            return;
        }
        json(send(national, ADMIN, "POST", "/api/v1/accounts", "{\"userName\":\"" + REPORTER + "\",\"role\":\"local-admin\","
                + "\"regionPrefix\":\"33\",\"password\":\"" + REPORTER_PASSWORD + "\"}"), 201);
        json(send(national, ADMIN, "PUT", "/api/v1/federation/registrations/zhejiang",
                "{\"level\":\"PROVINCIAL\",\"regionCode\":\"330000\",\"displayName\":\"浙江省科协\"}"), 200);
        await().atMost(60, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).ignoreExceptions()
                .until(() -> send(national, REPORTER, "GET", "/api/v1/federation/children", null).statusCode() == 200);
        JsonNode silent = child(REPORTER, "zhejiang");
        assertEquals(silent.toString(), 0, silent.get("reports").asInt());
        assertTrue(silent.toString(), silent.get("overdue").asBoolean());
    }

    /** Records a society through the REST door with its branch (requested and approved) or liaison officer; its USCC. */
    private static String record(UnpackedDistribution node, Fixture f) throws Exception {
        String uscc = Usccs.valid(f.regionCode(), serial++);
        long id = json(send(node, ADMIN, "POST", "/api/v1/societies", "{\"name\":\"" + f.name() + "\",\"uscc\":\"" + uscc
                + "\",\"kind\":\"SOCIETY\",\"level\":\"" + f.level() + "\",\"regionCode\":\"" + f.regionCode()
                + "\",\"discipline\":\"SCIENCE\",\"groupMemberStatus\":\"" + f.groupMemberStatus() + "\"}"), 201).get("id").asLong();
        if (f.organisation()) {
            ObjectNode draft = JSON.createObjectNode();
            draft.put("name", f.name() + "党支部");
            draft.put("type", "BRANCH");
            draft.putArray("societyIds").add(id);
            draft.putObject("secretary").put("name", "王小明").put("source", "PRINCIPAL_LEADER");
            draft.put("formalMembers", 5);
            draft.put("probationaryMembers", 0);
            draft.put("establishedOn", SINCE.toString());
            draft.put("termStartsOn", SINCE.toString());
            draft.put("termEndsOn", SINCE.plusYears(3).minusDays(1).toString());
            JsonNode request = json(send(node, ADMIN, "POST", "/api/v1/establishment-requests", draft.toString()), 201);
            String path = "/api/v1/establishment-requests/" + request.get("id").asLong();
            JsonNode submitted = json(send(node, ADMIN, "POST", path + "/submit", "{\"comment\":\"请审批\"}",
                    "If-Match", "\"" + request.get("version").asLong() + "\""), 200);
            JsonNode approved = json(send(node, ADMIN, "POST", path + "/approve", "{\"comment\":\"同意成立\"}",
                    "If-Match", "\"" + submitted.get("version").asLong() + "\""), 200);
            assertEquals(approved.toString(), "APPROVED", approved.get("state").asText());
        }
        if (f.liaison()) {
            json(send(node, ADMIN, "POST", "/api/v1/liaison-assignments", "{\"kind\":\"LIAISON_OFFICER\",\"name\":\"张伟\",\"societyId\":"
                    + id + ",\"fromDate\":\"" + SINCE + "\",\"toDate\":null,\"dispatchedBy\":\"浙江省科协\"}"), 201);
        }
        return uscc;
    }

    /** The nation's view of one child instance as {@code user} reads it. */
    private static JsonNode child(String user, String instanceId) throws Exception {
        JsonNode children = json(send(national, user, "GET", "/api/v1/federation/children", null), 200);
        return StreamSupport.stream(children.spliterator(), false).filter(c -> c.get("instanceId").asText().equals(instanceId))
                .findFirst().orElseThrow(() -> new AssertionError(instanceId + " not among " + children));
    }

    private static List<String> instanceIds(JsonNode children) {
        return StreamSupport.stream(children.spliterator(), false).map(c -> c.get("instanceId").asText()).toList();
    }

    /** The province's outbox by report id. */
    private static Map<String, JsonNode> outbox() throws Exception {
        Map<String, JsonNode> entries = new HashMap<>();
        for (JsonNode entry : json(send(zhejiang, ADMIN, "GET", "/api/v1/federation/outbox?limit=200", null), 200).get("items")) {
            entries.put(entry.get("reportId").asText(), entry);
        }
        return entries;
    }

    private static String soapListChildren() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(national.base() + "/api/soap/FederationService"))
                .header("Authorization", basic(ADMIN)).header("Content-Type", "text/xml; charset=UTF-8").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                        + " xmlns:f=\"http://castpb.org/soap/federation/1\"><soap:Body><f:listChildren/></soap:Body></soap:Envelope>",
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(answer.body(), 200, answer.statusCode());
        return answer.body();
    }

    private static void start(UnpackedDistribution node) {
        try {
            node.start(ADMIN, ADMIN);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(response.uri() + ": " + response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(UnpackedDistribution node, String user, String method, String path, String body,
                                             String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(90))
                .header("Authorization", basic(user)).header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user) {
        String password = REPORTER.equals(user) ? REPORTER_PASSWORD : ADMIN;
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
