package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;

/**
 * The archive as a local association gets it: unpacked, started with bin/start, stopped with
 * bin/stop and started again. What was recorded before the stop is there after the start. At the first start
 * admin still has the shipped password, so HTTP listens on loopback only; once the password is changed, the
 * configured address (all interfaces) applies from the next start. Its console and log stay quiet: migrations
 * and steady load write nothing a user has to scroll past.
 */
public class DistributionRestartIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String CHANGED_PASSWORD = "Zh3ng-Shi-Mi-Ma";

    private Path home;
    private String base;
    private int httpPort;
    private String auth = basic("admin");

    @Before
    public void unpack() throws Exception {
        Path dir = Path.of("target", "restart");
        deleteRecursively(dir);
        Files.createDirectories(dir);
        run(dir.toFile(), "tar", "xzf", new File(System.getProperty("castpb.distribution")).getAbsolutePath());
        try (var entries = Files.list(dir)) {
            home = entries.findFirst().orElseThrow().toAbsolutePath();
        }
        String http = CastpbTestSupport.freePort();
        httpPort = Integer.parseInt(http);
        setProperties(home.resolve("etc/org.ops4j.pax.web.cfg"), Map.of("org.osgi.service.http.port", http));
        setProperties(home.resolve("etc/org.apache.karaf.shell.cfg"), Map.of("sshPort", CastpbTestSupport.freePort()));
        setProperties(home.resolve("etc/org.apache.karaf.management.cfg"),
                Map.of("rmiRegistryPort", CastpbTestSupport.freePort(), "rmiServerPort", CastpbTestSupport.freePort()));
        base = "http://localhost:" + http + "/api/v1/societies";
    }

    @After
    public void stopAndClean() throws Exception {
        if (home != null) {
            stop();
            deleteRecursively(home.getParent());
        }
    }

    @Test
    public void recordsSurviveStopAndStartAndAChangedAdminPasswordOpensTheConfiguredAddress() throws Exception {
        InetAddress external = CastpbTestSupport.externalAddress();
        Assume.assumeNotNull("this machine has no address but loopback", external);
        start();
        assertFalse("HTTP answers on " + external + " with the shipped password", CastpbTestSupport.accepts(external, httpPort));
        String console = Files.readString(console());
        assertTrue(console, console.contains("the account admin still has the shipped password 'admin', so HTTP and ssh listen on 127.0.0.1 only"));
        String uscc = Usccs.valid("100000", 9001);
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"中国气象学会\",\"uscc\":\"" + uscc + "\",\"kind\":\"SOCIETY\","
                        + "\"level\":\"NATIONAL\",\"regionCode\":\"100000\",\"discipline\":\"SCIENCE\",\"groupMemberStatus\":\"MEMBER\"}",
                        StandardCharsets.UTF_8)));
        assertEquals(created.body(), 201, created.statusCode());
        String location = created.headers().firstValue("Location").orElseThrow();

        stop();
        // as the README says: the new password in place of the shipped one between "=" and the first comma (hashed at start)
        Path users = home.resolve("etc/users.properties");
        Files.write(users, Files.readAllLines(users).stream()
                .map(l -> l.matches("admin\\s*=.*") ? "admin = " + CHANGED_PASSWORD + ",_g_:admingroup" : l).toList());
        auth = basic(CHANGED_PASSWORD);
        start();
        assertTrue("HTTP on " + external + " once the password is changed", CastpbTestSupport.accepts(external, httpPort));

        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(location)).GET());
        assertEquals(200, read.statusCode());
        assertTrue(read.body(), read.body().contains("中国气象学会"));
        assertTrue(read.body(), read.body().contains(uscc));
    }

    @Test
    public void theConsoleShowsNoMigrationOutputAndSteadyLoadAddsNoLogLines() throws Exception {
        start();
        String printed = Files.readString(console(), StandardCharsets.UTF_8);
        for (String migrationOutput : List.of("Running Changeset", "UPDATE SUMMARY", "Update has been successful", "index not created")) {
            assertFalse(printed, printed.contains(migrationOutput));
        }
        Path log = home.resolve("data/log/karaf.log");
        String booted = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue("the migrations' output went to the log", booted.contains("Running Changeset: db/changelog.xml::1-society"));
        assertTrue("Derby's notice went to the log", booted.contains("index not created because it is a duplicate"));

        // the plugins and the SOAP services may still be starting: first a request of each kind, then a quiet log
        await().atMost(60, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).ignoreExceptions()
                .until(() -> send(soap("<s:listSocieties><s:filter><s:limit>1</s:limit></s:filter></s:listSocieties>")).statusCode() == 200);
        AtomicLong seen = new AtomicLong(-1);
        await().atMost(60, TimeUnit.SECONDS).pollInterval(2, TimeUnit.SECONDS).until(() -> {
            long now = lines(log);
            return now == seen.getAndSet(now);
        });
        long before = lines(log);
        for (int i = 0; i < 100; i++) {
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "?limit=1")).GET()).statusCode());
        }
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> listed = send(soap("<s:listSocieties><s:filter><s:limit>1</s:limit></s:filter></s:listSocieties>"));
            assertEquals(listed.body(), 200, listed.statusCode());
            // a refusal is answered to the caller; it is not the server's problem to log
            HttpResponse<String> missing = send(soap("<s:getSociety><s:id>987654321</s:id></s:getSociety>"));
            assertTrue(missing.body(), missing.body().contains("NOT_FOUND"));
        }
        long grown = lines(log) - before;
        assertTrue("200 authenticated requests added " + grown + " log lines", grown < 5);

        HttpResponse<String> malformed = send(soap("<s:getSociety><s:id>abc</s:id></s:getSociety>"));
        assertEquals(malformed.body(), 500, malformed.statusCode());
        assertTrue(malformed.body(), malformed.body().contains("soap:Client"));
        List<String> added = Files.readAllLines(log, StandardCharsets.UTF_8);
        added = added.subList((int) before, added.size());
        assertTrue("a malformed SOAP value logs no stack trace: " + added,
                added.stream().noneMatch(line -> line.startsWith("\tat ") || line.contains("| WARN ")));
    }

    private HttpRequest.Builder soap(String operation) {
        return HttpRequest.newBuilder(URI.create(base.replace("/v1/societies", "/soap/SocietyService")))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                        + " xmlns:s=\"http://castpb.org/soap/society/1\"><soap:Body>" + operation + "</soap:Body></soap:Envelope>",
                        StandardCharsets.UTF_8));
    }

    private static long lines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    /** What the server prints on its console. */
    private Path console() {
        return home.resolve("data/karaf.out");
    }

    private void start() throws Exception {
        run(home.toFile(), Map.of("KARAF_REDIRECT", console().toString()), "bin/start");
        // boot to the first REST answer took 1-3 min on a shared 2-core machine under load
        await().atMost(300, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).ignoreExceptions()
                .until(() -> send(HttpRequest.newBuilder(URI.create(base + "?limit=1")).GET()).statusCode() == 200);
    }

    private void stop() throws Exception {
        run(home.toFile(), "bin/stop");
        await().atMost(60, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS)
                .until(() -> run(home.toFile(), "bin/status") != 0);
        // bin/status answers "not running" while the JVM is still shutting down; a start in that moment is lost
        await().atMost(60, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS).until(() -> ProcessHandle.allProcesses()
                .noneMatch(p -> p.info().commandLine().map(c -> c.contains(home.toString())).orElse(false)));
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", auth).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int run(File dir, String... command) throws IOException, InterruptedException {
        return run(dir, Map.of(), command);
    }

    private static int run(File dir, Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process p = builder.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within 60 s");
        }
        return p.exitValue();
    }

    /** Replaces {@code key = value} lines of a Karaf .cfg file, appending keys it lacks. */
    private static void setProperties(Path file, Map<String, String> values) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file)) : new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            boolean replaced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(e.getKey()) + "\\s*[=:].*")) {
                    lines.set(i, e.getKey() + " = " + e.getValue());
                    replaced = true;
                }
            }
            if (!replaced) {
                lines.add(e.getKey() + " = " + e.getValue());
            }
        }
        Files.write(file, lines);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
