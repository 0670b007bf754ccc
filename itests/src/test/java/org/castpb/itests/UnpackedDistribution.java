package org.castpb.itests;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The built archive unpacked under target/, started with bin/start on free ports and stopped with bin/stop: the
 * server as a site runs it, for tests that drive it from outside (a browser) rather than through a Pax Exam probe.
 */
final class UnpackedDistribution implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path home;
    private final int httpPort;

    private UnpackedDistribution(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** Unpacks the archive into {@code target/<folder>} (emptied first) and gives it free ports. */
    static UnpackedDistribution unpack(String folder) throws IOException, InterruptedException {
        Path dir = Path.of("target", folder).toAbsolutePath();
        deleteRecursively(dir);
        Files.createDirectories(dir);
        run(dir.toFile(), Map.of(), "tar", "xzf", new File(System.getProperty("castpb.distribution")).getAbsolutePath());
        Path home;
        try (var entries = Files.list(dir)) {
            home = entries.findFirst().orElseThrow();
        }
        int http = Integer.parseInt(CastpbTestSupport.freePort());
        setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(http));
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", CastpbTestSupport.freePort());
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", CastpbTestSupport.freePort());
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", CastpbTestSupport.freePort());
        return new UnpackedDistribution(home, http);
    }

    /**
     * Sets {@code key = value} in {@code etc/<file>}, creating the file when the distribution ships none; a file
     * written while the server runs is read again by it (Felix FileInstall).
     */
    void configure(String file, String key, String value) throws IOException {
        Path cfg = home.resolve("etc").resolve(file);
        if (!Files.exists(cfg)) {
            Files.createFile(cfg);
        }
        setProperty(cfg, key, value);
    }

    /** The server's log so far (data/log/karaf.log). */
    String log() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** http://localhost:PORT, no trailing slash. */
    String base() {
        return "http://localhost:" + httpPort;
    }

    /** Starts the server and waits until the REST door answers admin (boot takes 1-3 min on a loaded 2-core machine). */
    void start(String user, String password) throws IOException, InterruptedException {
        run(home.toFile(), Map.of("KARAF_REDIRECT", home.resolve("data/karaf.out").toString()), "bin/start");
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            await().atMost(300, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).ignoreExceptions()
                    .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/societies?limit=1"))
                            .header("Authorization", basic).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (ConditionTimeoutException e) {
            // the folder is removed afterwards: say here what the server wrote
            throw new AssertionError("the server in " + home + " did not answer " + base() + " within 300 s; the end of data/karaf.out:\n"
                    + tail(home.resolve("data/karaf.out")) + "\nthe end of data/log/karaf.log:\n" + tail(home.resolve("data/log/karaf.log")), e);
        }
    }

    private static String tail(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "(none)";
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    /** Stops the server and waits until its JVM has ended (a start before that would be lost); the folder stays. */
    void stop() throws IOException, InterruptedException {
        run(home.toFile(), Map.of(), "bin/stop");
        await().atMost(90, TimeUnit.SECONDS).pollInterval(500, TimeUnit.MILLISECONDS).until(() -> ProcessHandle.allProcesses()
                .noneMatch(p -> p.info().commandLine().map(c -> c.contains(home.toString())).orElse(false)));
    }

    /** Stops the server, waits until its JVM has ended, and removes the folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        stop();
        deleteRecursively(home.getParent());
    }

    private static void run(File dir, Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within 60 s");
        }
    }

    private static void setProperty(Path cfg, String key, String value) throws IOException {
        Pattern line = Pattern.compile("\\s*#?\\s*" + Pattern.quote(key) + "\\s*[=:].*");
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        lines.removeIf(l -> line.matcher(l).matches());
        lines.add(key + " = " + value);
        Files.write(cfg, lines);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
