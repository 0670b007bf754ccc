package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Test;

/**
 * One instance on two nodes: two unpacked distributions on free ports, both on one PostgreSQL database (the
 * server {@link PostgresServer} chooses), as a site runs them behind a load balancer. A write through one node and a
 * conflicting write through the other made at the same moment: one is taken (200), the other refused (412), and both
 * nodes then answer the same record. A web console session opened through one node works at the other. The coverage daily run, started on both nodes at once for the same day, runs on
 * one of them: one node did the work, the other found it done or held by the first.
 */
public class TwoNodesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    private static final Pattern OUTCOME = Pattern.compile("castpb coverage daily run of (\\S+): (RAN|ALREADY_DONE|BUSY)");
    private static final String WORK_DONE = "castpb coverage daily run: ";

    private final List<UnpackedDistribution> nodes = new ArrayList<>();
    private String jdbcUrl;
    private PostgresServer server;

    @After
    public void stopBoth() throws Exception {
        for (UnpackedDistribution node : nodes) {
            node.close();
        }
    }

    @Test
    public void concurrentConflictingWritesThroughTwoNodesGiveOne200AndOne412AndTheDailyRunRunsOnce() throws Exception {
        server = PostgresServer.get();
        jdbcUrl = server.url + server.freshDatabase();
        UnpackedDistribution a = node("two-nodes-a", "node-a");
        UnpackedDistribution b = node("two-nodes-b", "node-b");
        // the first node migrates the empty database; the second finds it migrated
        a.start("admin", "admin");
        b.start("admin", "admin");

        // a society created through one node is read through the other, with the same version
        String uscc = Usccs.valid("100000", 9101);
        HttpResponse<String> created = send(a, "POST", "/api/v1/societies", society("中国两节点学会", uscc), null);
        assertEquals(created.body(), 201, created.statusCode());
        String location = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        HttpResponse<String> readA = send(a, "GET", location, null, null);
        HttpResponse<String> readB = send(b, "GET", location, null, null);
        String etag = readA.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, readB.headers().firstValue("ETag").orElseThrow());

        // both nodes change it at the same moment from the same version: one wins, the other is told it is stale
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> throughA = CompletableFuture.supplyAsync(() -> afterSignal(go, a,
                location, society("中国两节点学会（甲）", uscc), etag));
        CompletableFuture<HttpResponse<String>> throughB = CompletableFuture.supplyAsync(() -> afterSignal(go, b,
                location, society("中国两节点学会（乙）", uscc), etag));
        go.countDown();
        HttpResponse<String> answerA = throughA.get(120, TimeUnit.SECONDS);
        HttpResponse<String> answerB = throughB.get(120, TimeUnit.SECONDS);
        List<Integer> statuses = new ArrayList<>(List.of(answerA.statusCode(), answerB.statusCode()));
        statuses.sort(null);
        assertEquals(answerA.body() + " / " + answerB.body(), List.of(200, 412), statuses);
        HttpResponse<String> loser = answerA.statusCode() == 412 ? answerA : answerB;
        assertTrue(loser.body(), loser.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        String winnerName = answerA.statusCode() == 200 ? "中国两节点学会（甲）" : "中国两节点学会（乙）";
        // no lost update and no stale node: both nodes answer the winner's record and its new version
        HttpResponse<String> afterA = send(a, "GET", location, null, null);
        HttpResponse<String> afterB = send(b, "GET", location, null, null);
        assertTrue(afterA.body(), afterA.body().contains(winnerName));
        assertTrue(afterB.body(), afterB.body().contains(winnerName));
        assertEquals(afterA.headers().firstValue("ETag").orElseThrow(), afterB.headers().firstValue("ETag").orElseThrow());
        assertTrue(etag + " then " + afterA.headers().firstValue("ETag"), !etag.equals(afterA.headers().firstValue("ETag").orElseThrow()));

        // a console session opened through one node is known to the other; signing out there ends it at both
        HttpResponse<String> signIn = raw(a, "POST", "/console/login", "user=admin&password=admin",
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(signIn.body(), 303, signIn.statusCode());
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> session = raw(b, "GET", "/console/session", null, "Cookie", cookie);
        assertEquals(session.body(), 200, session.statusCode());
        assertTrue(session.body(), session.body().contains("\"user\":\"admin\""));
        Matcher csrf = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(session.body());
        assertTrue(session.body(), csrf.find());
        assertEquals(200, raw(b, "GET", "/api/v1/societies?limit=1", null, "Cookie", cookie).statusCode());
        assertEquals(204, raw(b, "POST", "/console/logout", null, "Cookie", cookie, "X-CSRF-Token", csrf.group(1)).statusCode());
        assertEquals(401, raw(a, "GET", "/console/session", null, "Cookie", cookie).statusCode());

        // the daily run is switched on at both nodes at once, to look at once: it runs for today on one node only
        for (UnpackedDistribution node : nodes) {
            node.configure("org.castpb.coverage.schedule.cfg", "initialDelayMinutes", "0");
            node.configure("org.castpb.coverage.schedule.cfg", "enabled", "true");
        }
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        await().atMost(120, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS)
                .until(() -> outcome(a, today) != null && outcome(b, today) != null);
        List<String> outcomes = new ArrayList<>(List.of(outcome(a, today), outcome(b, today)));
        outcomes.sort(null);
        assertEquals("RAN", outcomes.get(1));
        assertTrue(outcomes.toString(), outcomes.get(0).equals("ALREADY_DONE") || outcomes.get(0).equals("BUSY"));
        assertEquals("the work of the day is done on one node", 1, count(a.log(), WORK_DONE) + count(b.log(), WORK_DONE));
        String ranOn = "RAN".equals(outcome(a, today)) ? "node-a" : "node-b";
        try (Connection c = DriverManager.getConnection(jdbcUrl, server.user, server.password);
             PreparedStatement select = c.prepareStatement("SELECT NODE, TAKEN_OVER_FROM FROM JOB_RUN WHERE JOB = 'coverage-daily' AND DUE = ?")) {
            select.setString(1, today);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue("the run of " + today + " is recorded", rs.next());
                assertEquals(ranOn, rs.getString(1));
                assertEquals(null, rs.getString(2));
                assertTrue("one run recorded", !rs.next());
            }
        }
        // the other node shows the administrators who ran it, and for which day
        HttpResponse<String> jobs = send("node-a".equals(ranOn) ? b : a, "GET", "/api/v1/jobs?name=COVERAGE-daily", null, null);
        assertEquals(jobs.body(), 200, jobs.statusCode());
        assertTrue(jobs.body(), jobs.body().contains("\"job\":\"coverage-daily\""));
        assertTrue(jobs.body(), jobs.body().contains("\"due\":\"" + today + "\",\"node\":\"" + ranOn + "\""));
        assertTrue(jobs.body(), jobs.body().contains("\"total\":1"));
    }

    private UnpackedDistribution node(String folder, String name) throws Exception {
        UnpackedDistribution node = UnpackedDistribution.unpack(folder);
        nodes.add(node);
        String datasource = "org.ops4j.datasource-castpb.cfg";
        node.configure(datasource, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        node.configure(datasource, "dataSourceName", "castpb");
        node.configure(datasource, "url", jdbcUrl);
        node.configure(datasource, "user", server.user);
        node.configure(datasource, "password", server.password);
        node.configure("org.castpb.jobs.cfg", "node", name);
        // the daily run waits until the test switches it on at both nodes
        node.configure("org.castpb.coverage.schedule.cfg", "enabled", "false");
        // each look says what it found (at DEBUG, which a site does not log)
        node.configure("org.ops4j.pax.logging.cfg", "log4j2.logger.coveragedaily.name", "org.castpb.coverage.internal.CoverageScheduler");
        node.configure("org.ops4j.pax.logging.cfg", "log4j2.logger.coveragedaily.level", "DEBUG");
        return node;
    }

    private static String outcome(UnpackedDistribution node, String day) throws Exception {
        Matcher m = OUTCOME.matcher(node.log());
        String found = null;
        while (m.find()) {
            if (m.group(1).equals(day)) {
                assertEquals("one look per node", null, found);
                found = m.group(2);
            }
        }
        return found;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String society(String name, String uscc) {
        return "{\"name\":\"" + name + "\",\"uscc\":\"" + uscc + "\",\"kind\":\"SOCIETY\",\"level\":\"NATIONAL\","
                + "\"regionCode\":\"100000\",\"discipline\":\"SCIENCE\",\"groupMemberStatus\":\"MEMBER\"}";
    }

    private static HttpResponse<String> afterSignal(CountDownLatch go, UnpackedDistribution node, String path, String body, String ifMatch) {
        try {
            go.await();
            return send(node, "PUT", path, body, ifMatch);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request without credentials, with the given header names and values. */
    private static HttpResponse<String> raw(UnpackedDistribution node, String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(UnpackedDistribution node, String method, String path, String json, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", AUTH).header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertNotNull(response);
        return response;
    }
}
