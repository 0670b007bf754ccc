package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Upward reporting in the real distribution. The instance is configured as Zhejiang's provincial instance whose parent
 * is reached through a relay the test controls, in front of this same server's REST door (the parent's side of the
 * protocol is the same endpoint): the parent is first unreachable, then answers 503, then takes reports; every report
 * written meanwhile arrives, once, in order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FederationIT extends CastpbTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RELAY_PORT = "castpb.it.relay.port";

    @Inject
    SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        String relay = freePort();
        return distribution(
                editConfigurationFilePut("etc/system.properties", RELAY_PORT, relay),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "instanceId", "zhejiang"),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "level", "PROVINCIAL"),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "regionCode", "330000"),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "displayName", "Zhejiang Association for Science and Technology"),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "parentUrl", "http://127.0.0.1:" + relay + "/api/v1"),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "reportingAccount", USER),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "reportingPassword", PASSWORD),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "reportDayOfMonth", "0"),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "retryFirstSeconds", "1"),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "retryMaxSeconds", "2"),
                editConfigurationFilePut("etc/org.castpb.instance.cfg", "tickSeconds", "1"));
    }

    @Before
    public void restIsUp() {
        await().atMost(BOOT).until(() -> get("/v1/societies?limit=1").statusCode() == 200);
    }

    @Test
    public void reportsWrittenWhileTheParentIsDownArriveOnceInOrderWhenItIsBack() throws Exception {
        JsonNode instance = JSON.readTree(get("/v1/instance").body());
        assertEquals("zhejiang", instance.get("instanceId").asText());
        assertEquals("PROVINCIAL", instance.get("level").asText());
        assertEquals("http://127.0.0.1:" + System.getProperty(RELAY_PORT) + "/api/v1", instance.get("parentUrl").asText());

        awaitCommands(sessionFactory, "castpb:demo");
        executeCommand(sessionFactory, "castpb:demo");
        // this instance is its own parent here (through the relay): it accepts reports of registered children only
        register("zhejiang", "PROVINCIAL", "330000", "浙江省科协");
        // nothing listens at the parent's address: the report is kept in the outbox, never lost
        HttpResponse<String> first = call("POST", "/v1/federation/outbox?asOf=2026-11-30", null, null, true);
        assertEquals(first.body(), 201, first.statusCode());
        JsonNode queued = JSON.readTree(first.body());
        assertEquals("QUEUED", queued.get("state").asText());
        assertEquals(1, queued.get("attempts").asInt());
        assertTrue(queued.get("lastError").asText(), queued.get("lastError").asText().startsWith("the parent did not answer"));
        String firstId = queued.get("reportId").asText();
        // a second report waits behind the first
        JsonNode second = JSON.readTree(call("POST", "/v1/federation/outbox?asOf=2026-12-01", null, null, true).body());
        assertEquals("QUEUED", second.get("state").asText());
        assertEquals(0, second.get("attempts").asInt());

        try (Relay relay = new Relay(Integer.parseInt(System.getProperty(RELAY_PORT)))) {
            // the parent is up but failing: the report reached it and waits for another try
            await().atMost(BOOT).until(() -> "SENT".equals(outboxState(firstId)));
            assertEquals("HTTP 503", outbox(firstId).get("lastError").asText());
            // something answers 200 there, but not castpb: the report is not taken as stored
            relay.notCastpb = true;
            await().atMost(BOOT).until(() -> outbox(firstId).get("lastError").asText().contains("not a castpb receipt"));
            assertEquals("SENT", outboxState(firstId));

            relay.notCastpb = false;
            relay.forwarding = true;
            await().atMost(BOOT).until(() -> "ACKNOWLEDGED".equals(outboxState(second.get("reportId").asText())));
            assertEquals("ACKNOWLEDGED", outboxState(firstId));
            assertEquals(2, relay.forwarded.get());
        }

        // the parent's view: the child once, with its two reports, the later one last received
        JsonNode child = child("zhejiang");
        assertEquals(2, child.get("reports").asInt());
        assertEquals("2026-12-01", child.get("lastAsOf").asText());
        JsonNode reports = JSON.readTree(get("/v1/federation/children/zhejiang/reports").body());
        assertEquals(List.of("2026-12-01", "2026-11-30"), List.of(reports.get("items").get(0).get("asOf").asText(),
                reports.get("items").get(1).get("asOf").asText()));
        JsonNode stored = reports.get("items").get(1);
        assertEquals(firstId, stored.get("reportId").asText());
        assertTrue(stored.get("totals").has("organisationRate"));

        JsonNode history = JSON.readTree(get("/v1/federation/children/zhejiang/history").body());
        assertEquals(List.of("2026-11-30", "2026-12-01"), List.of(history.get(0).get("asOf").asText(), history.get(1).get("asOf").asText()));
        JsonNode overview = JSON.readTree(get("/v1/federation/overview").body());
        long reportedInScope = 0;
        for (JsonNode c : overview.get("children")) {
            reportedInScope += c.hasNonNull("lastTotals") ? c.get("lastTotals").get("inScope").asLong() : 0;
        }
        assertEquals(overview.toString(), reportedInScope, overview.get("reported").get("inScope").asLong());
        assertTrue(overview.toString(), reportedInScope >= child.get("lastTotals").get("inScope").asLong());
        assertEquals(overview.get("own").get("inScope").asLong() + overview.get("reported").get("inScope").asLong(),
                overview.get("combined").get("inScope").asLong());
        JsonNode societies = JSON.readTree(get("/v1/federation/children/zhejiang/societies").body());
        assertTrue(societies.size() > 0);
        assertEquals(stored.get("totals").get("inScope").asInt(), societies.size());
        int organised = 0;
        for (JsonNode society : societies) {
            organised += society.get("organisationCovered").asBoolean() ? 1 : 0;
        }
        assertEquals(stored.get("totals").get("organisationCovered").asInt(), organised);

        // a retry whose acknowledgement was lost is stored once: 200 and the first receipt, not 201
        HttpResponse<String> again = postJson("/v1/federation/reports", stored.toString());
        assertEquals(again.body(), 200, again.statusCode());
        assertTrue(JSON.readTree(again.body()).get("duplicate").asBoolean());
        assertEquals(2, child("zhejiang").get("reports").asInt());
    }

    @Test
    public void aReportingAccountReportsForItsOwnRegisteredInstanceAndReadsOnlyItsChildren() throws Exception {
        String password = "H4ngzhou-Report-2026";
        HttpResponse<String> created = postJson("/v1/accounts", "{\"userName\":\"report-hz\",\"role\":\"local-admin\","
                + "\"regionPrefix\":\"3301\",\"password\":\"" + password + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        String basic = "Basic " + Base64.getEncoder().encodeToString(("report-hz:" + password).getBytes(StandardCharsets.UTF_8));
        String zhejiang = "{\"reportId\":\"6a1f4b8e-8a8f-4d8e-9c52-2f6f0a1b7c11\",\"instanceId\":\"zhejiang\",\"level\":\"PROVINCIAL\","
                + "\"regionCode\":\"330000\",\"displayName\":\"浙江省科协\",\"asOf\":\"2026-12-01\",\"createdAt\":\"2026-12-01T00:00:00Z\","
                + "\"totals\":{\"inScope\":4,\"organisationCovered\":3,\"workCovered\":4,\"organisationRate\":75.0,\"workRate\":100.0},"
                + "\"openRectifications\":1,\"overdueRectifications\":0}";
        HttpResponse<String> refused = call("POST", "/v1/federation/reports", "application/json", zhejiang, false, "Authorization", basic);
        assertEquals(refused.body(), 403, refused.statusCode());
        assertEquals("OUT_OF_SCOPE", JSON.readTree(refused.body()).get("code").asText());
        String hangzhou = zhejiang.replace("zhejiang", "hangzhou").replace("330000", "330100").replace("浙江省科协", "杭州市科协")
                .replace("PROVINCIAL", "MUNICIPAL").replace("6a1f4b8e", "7b2f4b8e");
        // not registered here yet: refused, stored nowhere
        HttpResponse<String> unknown = call("POST", "/v1/federation/reports", "application/json", hangzhou, false, "Authorization", basic);
        assertEquals(unknown.body(), 403, unknown.statusCode());
        assertEquals("UNKNOWN_INSTANCE", JSON.readTree(unknown.body()).get("code").asText());
        // its own reporting account may not register it: this instance's administrators do
        HttpResponse<String> selfRegistered = call("PUT", "/v1/federation/registrations/hangzhou", "application/json",
                "{\"level\":\"MUNICIPAL\",\"regionCode\":\"330100\",\"displayName\":\"杭州市科协\"}", false, "Authorization", basic);
        assertEquals(selfRegistered.body(), 403, selfRegistered.statusCode());
        HttpResponse<String> outside = call("PUT", "/v1/federation/registrations/shanghai", "application/json",
                "{\"level\":\"PROVINCIAL\",\"regionCode\":\"310000\",\"displayName\":\"上海市科协\"}", true);
        assertEquals(outside.body(), 422, outside.statusCode());
        assertTrue(outside.body(), outside.body().contains("OUTSIDE_THIS_INSTANCE"));
        register("hangzhou", "MUNICIPAL", "330101", "杭州市科协");
        // registered for another region than the report names
        HttpResponse<String> mismatch = call("POST", "/v1/federation/reports", "application/json", hangzhou, false, "Authorization", basic);
        assertEquals(mismatch.body(), 403, mismatch.statusCode());
        assertEquals("INSTANCE_REGION_MISMATCH", JSON.readTree(mismatch.body()).get("code").asText());
        register("hangzhou", "MUNICIPAL", "330100", "杭州市科协");
        // a registered child that never reported is listed, overdue
        register("ningbo", "MUNICIPAL", "330200", "宁波市科协");
        JsonNode silent = child("ningbo");
        assertEquals(0, silent.get("reports").asInt());
        assertTrue(silent.get("overdue").asBoolean());
        HttpResponse<String> taken = call("POST", "/v1/federation/reports", "application/json", hangzhou, false, "Authorization", basic);
        assertEquals(taken.body(), 201, taken.statusCode());
        JsonNode own = JSON.readTree(call("GET", "/v1/federation/children", null, null, false, "Authorization", basic).body());
        assertEquals(own.toString(), 1, own.size());
        assertEquals("hangzhou", own.get(0).get("instanceId").asText());
        assertEquals(1, own.get(0).get("reports").asInt());
        // removed: its reports stay, further ones are refused
        assertEquals(204, call("DELETE", "/v1/federation/registrations/ningbo", null, null, true).statusCode());
        assertEquals(404, call("DELETE", "/v1/federation/registrations/ningbo", null, null, true).statusCode());
        assertEquals(404, call("GET", "/v1/federation/children/zhejiang/reports", null, null, false, "Authorization", basic).statusCode());
        // this instance's outbox is its own administrators' business, not a Shanghai account's
        assertEquals(403, call("POST", "/v1/federation/outbox", null, null, false, "Authorization", basic).statusCode());

        HttpResponse<String> bad = postJson("/v1/federation/reports", "{\"reportId\":\"x\",\"instanceId\":\"Zhe Jiang\",\"level\":\"NATIONAL\","
                + "\"regionCode\":\"33\",\"displayName\":\"\",\"asOf\":\"1900-01-01\",\"openRectifications\":0,\"overdueRectifications\":0}");
        assertEquals(bad.body(), 422, bad.statusCode());
        for (String field : List.of("reportId", "instanceId", "level", "regionCode", "displayName", "asOf", "totals")) {
            assertTrue(field + " in " + bad.body(), bad.body().contains("\"field\":\"" + field + "\""));
        }
        assertEquals(422, call("POST", "/v1/federation/outbox?asOf=-10000-01-01", null, null, true).statusCode());
    }

    @Test
    public void theConsoleShowsTheInstanceAndItsOutbox() throws Exception {
        awaitCommands(sessionFactory, "federation:instance", "federation:status");
        String shown = executeCommand(sessionFactory, "federation:instance");
        assertTrue(shown, shown.contains("zhejiang") && shown.contains("PROVINCIAL") && shown.contains("/api/v1 as admin"));
        String outbox = executeCommand(sessionFactory, "federation:status");
        assertTrue(outbox, outbox.contains("Report") && outbox.contains("State"));
        awaitCommands(sessionFactory, "federation:child");
        String registered = executeCommand(sessionFactory, "federation:child --level MUNICIPAL --region 330300 --name 温州市科协 wenzhou");
        assertTrue(registered, registered.contains("wenzhou") && registered.contains("registered"));
        String listed = executeCommand(sessionFactory, "federation:child");
        assertTrue(listed, listed.contains("wenzhou") && listed.contains("330300"));
        String children = executeCommand(sessionFactory, "federation:status --children");
        assertTrue(children, children.contains("wenzhou"));
        String removed = executeCommand(sessionFactory, "federation:child --remove wenzhou");
        assertTrue(removed, removed.contains("removed"));
    }

    /** The parent's view of one child instance. */
    private JsonNode child(String instanceId) throws IOException {
        JsonNode children = JSON.readTree(get("/v1/federation/children").body());
        return StreamSupport.stream(children.spliterator(), false).filter(c -> c.get("instanceId").asText().equals(instanceId))
                .findFirst().orElseThrow(() -> new AssertionError(instanceId + " not among " + children));
    }

    private void register(String instanceId, String level, String regionCode, String displayName) throws IOException {
        HttpResponse<String> registered = call("PUT", "/v1/federation/registrations/" + instanceId, "application/json",
                "{\"level\":\"" + level + "\",\"regionCode\":\"" + regionCode + "\",\"displayName\":\"" + displayName + "\"}", true);
        assertEquals(registered.body(), 200, registered.statusCode());
    }

    private JsonNode outbox(String reportId) throws IOException {
        for (JsonNode entry : JSON.readTree(get("/v1/federation/outbox").body()).get("items")) {
            if (reportId.equals(entry.get("reportId").asText())) {
                return entry;
            }
        }
        throw new AssertionError("report " + reportId + " is not in the outbox");
    }

    private String outboxState(String reportId) throws IOException {
        return outbox(reportId).get("state").asText();
    }

    /**
     * The parent's address as the test controls it: 503 for every request until {@code forwarding}, then each request
     * passed on to this server's REST door with its credentials and body, and its answer passed back.
     */
    private final class Relay implements AutoCloseable {
        private final ServerSocket server;
        volatile boolean forwarding;
        /** answer 200 with a page that is not castpb's, as a proxy or another server at that address would */
        volatile boolean notCastpb;
        final AtomicInteger forwarded = new AtomicInteger();

        Relay(int port) throws IOException {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(this::serve, "federation-relay");
            accepting.setDaemon(true);
            accepting.start();
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    answer(socket);
                } catch (IOException closed) {
                    // the relay was closed, or a client went away
                }
            }
        }

        private void answer(Socket socket) throws IOException {
            InputStream in = socket.getInputStream();
            Map<String, String> headers = new HashMap<>();
            String requestLine = line(in);
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            int status = notCastpb ? 200 : 503;
            String answer = notCastpb ? "<html><body>Welcome to nginx!</body></html>" : "";
            if (forwarding && requestLine.startsWith("POST /api/v1/federation/reports ")) {
                HttpResponse<String> response = call("POST", "/v1/federation/reports", "application/json",
                        new String(body, StandardCharsets.UTF_8), false, "Authorization", headers.get("authorization"));
                status = response.statusCode();
                answer = response.body();
                forwarded.incrementAndGet();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        }

        private String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
