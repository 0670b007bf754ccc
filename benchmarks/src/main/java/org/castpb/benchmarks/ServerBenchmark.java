package org.castpb.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution as shipped, through its full stack (Jetty, CXF, authentication, JPA, Derby): started with
 * {@code bin/karaf daemon} (so bin/setenv's memory limits apply) from the built tar.gz on free ports, then:
 *
 * <ol>
 *   <li>resident memory (VmRSS of /proc/PID/status) after a quiet minute once started, then after the import;</li>
 *   <li>N generated societies imported through REST (one CSV, all or nothing);</li>
 *   <li>requests per second and p99 of {@code GET /societies/{id}}, {@code GET /societies?limit=50} (the first page,
 *       which counts every match) and {@code GET /societies?limit=50&after=ID} (a page after a random id, no count), and of the
 *       trivial authenticated resource {@code GET /evaluation/modules} (in memory, no database) in the same run:
 *       phases of each, taken in turn, with C concurrent clients;</li>
 *   <li>resident memory after that minute of load, and its peak (VmHWM).</li>
 * </ol>
 *
 * Goals: idle RSS at most 400 MB; each records endpoint at least 0.6 of the trivial one's rate.
 * System properties: bench.serverRows (10000), bench.clients (16), bench.phaseSeconds (10), bench.rounds (2),
 * bench.idleSeconds (60), bench.restart (false: with true, the server is stopped after the import and started again before the
 * load, so that the import's garbage is not in the figures), bench.derbySaveTo (where to keep the Derby database after the
 * import; implies the restart), bench.derbyFrom (a kept Derby database to start on instead of importing), bench.javaOpts (more
 * options for the server JVM, e.g. a GC log or a flight recording), bench.profile (false: with true, the server's request threads are sampled with jcmd Thread.print
 * during each measured phase and the share of samples per layer printed), bench.distribution (the tar.gz), bench.dir (target/server), bench.memoryOpts (empty: bin/setenv's
 * limits; otherwise the JVM memory options to use instead, " " for Java's defaults).
 */
public final class ServerBenchmark {

    private static final String USER = "admin";
    private static final String PASSWORD = "admin";
    private static final long IDLE_GOAL_KB = 400 * 1024;
    private static final double RATE_GOAL = 0.6;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private String base;

    public static void main(String[] args) throws Exception {
        new ServerBenchmark().run();
    }

    private void run() throws Exception {
        int rows = Integer.getInteger("bench.serverRows", 10_000);
        int clients = Integer.getInteger("bench.clients", 16);
        int phaseSeconds = Integer.getInteger("bench.phaseSeconds", 10);
        int rounds = Integer.getInteger("bench.rounds", 2);
        int idleSeconds = Integer.getInteger("bench.idleSeconds", 60);
        Path dir = Path.of(System.getProperty("bench.dir", "target/server"));
        Path archive = Path.of(System.getProperty("bench.distribution", "../distribution/target/castpb-distribution-0.1.0-SNAPSHOT.tar.gz"));

        Path home = unpack(archive, dir);
        int port = freePort();
        configurePorts(home, port);
        base = "http://127.0.0.1:" + port + "/api/v1";
        String derbyFrom = System.getProperty("bench.derbyFrom", "");
        if (!derbyFrom.isBlank()) {
            // the societies of an earlier run's import, so that a run measures without importing again
            copyTree(Path.of(derbyFrom), home.resolve("data/derby"));
        }
        Process karaf = start(home, dir);
        long pid = karaf.pid();
        try {
            Map<String, Long> idle = idle(karaf, idleSeconds);
            Map<String, Long> afterImport;
            if (derbyFrom.isBlank()) {
                Path csv = dir.resolve("societies.csv");
                CsvFile.write(csv, new SocietyGenerator(20_261_205L).generate(rows), false);
                long importStart = System.nanoTime();
                HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(base + "/imports/societies"))
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(csv)).timeout(Duration.ofMinutes(20)));
                if (imported.statusCode() != 200) {
                    throw new IllegalStateException("import: " + imported.statusCode() + " " + imported.body().substring(0, Math.min(500, imported.body().length())));
                }
                System.out.printf(Locale.ROOT, "imported %d societies through REST in %.1f s%n", rows, (System.nanoTime() - importStart) / 1e9);
                afterImport = memory(pid);
                System.out.println("after the import: " + afterImport);
                String saveTo = System.getProperty("bench.derbySaveTo", "");
                if (Boolean.getBoolean("bench.restart") || !saveTo.isBlank()) {
                    // measure a server that did not just import: the import's garbage and caches are not in the figures
                    stop(karaf);
                    if (!saveTo.isBlank()) {
                        copyTree(home.resolve("data/derby"), Path.of(saveTo));
                        System.out.println("Derby database saved to " + saveTo);
                    }
                    karaf = start(home, dir);
                    pid = karaf.pid();
                    afterImport = idle(karaf, idleSeconds);
                }
            } else {
                afterImport = memory(pid);
                System.out.println("societies from " + derbyFrom + ", not imported");
            }
            List<Long> ids = ids();
            Map<String, Supplier<HttpRequest.Builder>> endpoints = new LinkedHashMap<>();
            endpoints.put("GET /evaluation/modules (trivial)", () -> get("/evaluation/modules"));
            endpoints.put("GET /societies/{id}", () -> get("/societies/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size()))));
            endpoints.put("GET /societies?limit=50 (the first page, with the total)", () -> get("/societies?limit=50"));
            // a page anywhere in the list after an id (the imported ids are one ascending run, an id between them does)
            long first = ids.get(0);
            endpoints.put("GET /societies?limit=50&after={id} (no total)",
                    () -> get("/societies?limit=50&after=" + (first + ThreadLocalRandom.current().nextInt(rows))));
            Map<String, List<Load>> loads = new LinkedHashMap<>();
            boolean sample = Boolean.getBoolean("bench.profile");
            Map<String, StackSamples.Tally> samples = new LinkedHashMap<>();
            for (Map.Entry<String, Supplier<HttpRequest.Builder>> e : endpoints.entrySet()) {
                load(e.getValue(), clients, Math.max(2, phaseSeconds / 2)); // warm-up, not counted
                loads.put(e.getKey(), new ArrayList<>());
            }
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, Supplier<HttpRequest.Builder>> e : endpoints.entrySet()) {
                    StackSamples sampler = sample ? StackSamples.start(pid) : null;
                    loads.get(e.getKey()).add(load(e.getValue(), clients, phaseSeconds));
                    if (sampler != null) {
                        samples.computeIfAbsent(e.getKey(), k -> new StackSamples.Tally()).add(sampler.stop());
                    }
                }
            }
            Map<String, Long> loaded = memory(pid);
            report(rows, clients, phaseSeconds, rounds, idleSeconds, idle, afterImport, loaded, loads);
            samples.forEach((endpoint, tally) -> System.out.println("\nwhere the request threads were (" + endpoint + "): " + tally));
            if (Boolean.getBoolean("bench.profile") && !System.getProperty("bench.javaOpts", "").isBlank()) {
                System.out.println("server JVM options " + System.getProperty("bench.javaOpts") + " (recordings and logs under " + home + ")");
            }
        } finally {
            stop(karaf);
        }
    }

    /** bin/karaf daemon in the unpacked distribution, with bench.memoryOpts and bench.javaOpts if given. */
    private Process start(Path home, Path dir) throws IOException {
        ProcessBuilder daemon = new ProcessBuilder(home.resolve("bin/karaf").toString(), "daemon")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("karaf.out").toFile()));
        String memoryOpts = System.getProperty("bench.memoryOpts", "");
        if (!memoryOpts.isEmpty()) {
            // instead of bin/setenv's limits, e.g. " " for Java's defaults, to compare in the same way
            daemon.environment().put("CASTPB_MEMORY_OPTS", memoryOpts);
        }
        String javaOpts = System.getProperty("bench.javaOpts", "");
        if (!javaOpts.isBlank()) {
            // besides bin/setenv's limits, e.g. a GC log or a flight recording
            daemon.environment().put("EXTRA_JAVA_OPTS", javaOpts);
        }
        return daemon.start();
    }

    /** Waits for REST, then idleSeconds without requests; the memory then. */
    private Map<String, Long> idle(Process karaf, int idleSeconds) throws IOException, InterruptedException {
        long started = System.nanoTime();
        waitForRest();
        System.out.printf(Locale.ROOT, "REST answered %.1f s after start (pid %d, %s)%n", (System.nanoTime() - started) / 1e9, karaf.pid(),
                javaOptions(karaf.pid()));
        Thread.sleep(idleSeconds * 1000L);
        Map<String, Long> idle = memory(karaf.pid());
        System.out.println(idleSeconds + " s after REST answered, without requests: " + idle);
        return idle;
    }

    private static void stop(Process karaf) throws InterruptedException {
        karaf.destroy();
        if (!karaf.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
            karaf.destroyForcibly();
            karaf.waitFor();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException, InterruptedException {
        if (!Files.isDirectory(from)) {
            throw new IllegalStateException("no Derby database at " + from.toAbsolutePath());
        }
        if (Files.exists(to)) {
            exec(to.getParent(), "rm", "-rf", to.getFileName().toString());
        }
        Files.createDirectories(to.getParent());
        exec(to.getParent(), "cp", "-r", from.toAbsolutePath().toString(), to.toAbsolutePath().toString());
    }

    /** One phase: C clients in a loop for the given time; every answer must be 200. */
    private Load load(Supplier<HttpRequest.Builder> request, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = send(request.get());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                    }
                    times.add(System.nanoTime() - start);
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> worker : workers) {
            all.addAll(worker.get());
        }
        pool.shutdown();
        double[] ms = all.stream().mapToDouble(t -> t / 1e6).sorted().toArray();
        return new Load(all.size() / (double) seconds, QueryLatency.percentile(ms, 50), QueryLatency.percentile(ms, 99));
    }

    record Load(double perSecond, double medianMs, double p99Ms) {
    }

    private void report(int rows, int clients, int phaseSeconds, int rounds, int idleSeconds, Map<String, Long> idle,
                        Map<String, Long> afterImport, Map<String, Long> loaded, Map<String, List<Load>> loads) {
        System.out.println();
        System.out.printf(Locale.ROOT, "| endpoint (%d societies, %d clients, %d x %d s) | requests/s | median ms | p99 ms | / trivial |%n",
                rows, clients, rounds, phaseSeconds);
        System.out.println("|---|---|---|---|---|");
        double trivial = -1;
        boolean fast = true;
        for (Map.Entry<String, List<Load>> e : loads.entrySet()) {
            double rate = e.getValue().stream().mapToDouble(Load::perSecond).average().orElse(0);
            double median = e.getValue().stream().mapToDouble(Load::medianMs).average().orElse(0);
            double p99 = e.getValue().stream().mapToDouble(Load::p99Ms).max().orElse(0);
            if (trivial < 0) {
                trivial = rate;
            } else {
                fast &= rate / trivial >= RATE_GOAL;
            }
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.2f |%n", e.getKey(), rate, median, p99, rate / trivial);
        }
        System.out.println();
        System.out.println("| memory | VmRSS | VmHWM |");
        System.out.println("|---|---|---|");
        System.out.printf(Locale.ROOT, "| started, %d s idle | %d MB | %d MB |%n", idleSeconds, idle.get("VmRSS") / 1024, idle.get("VmHWM") / 1024);
        System.out.printf(Locale.ROOT, "| %s | %d MB | %d MB |%n", afterImportLabel(rows), afterImport.get("VmRSS") / 1024,
                afterImport.get("VmHWM") / 1024);
        System.out.printf(Locale.ROOT, "| after the load | %d MB | %d MB |%n", loaded.get("VmRSS") / 1024, loaded.get("VmHWM") / 1024);
        boolean small = idle.get("VmRSS") <= IDLE_GOAL_KB;
        System.out.println();
        System.out.println("idle RSS <= 400 MB: " + (small ? "PASS" : "FAIL") + "; records endpoints >= " + RATE_GOAL
                + " x trivial: " + (fast ? "PASS" : "FAIL"));
    }

    private static String afterImportLabel(int rows) {
        if (!System.getProperty("bench.derbyFrom", "").isBlank()) {
            return "started on a kept database of " + rows + " societies, idle (same as above)";
        }
        boolean restarted = Boolean.getBoolean("bench.restart") || !System.getProperty("bench.derbySaveTo", "").isBlank();
        return restarted ? "restarted after importing " + rows + " societies through REST, idle" : "after importing " + rows + " societies through REST";
    }

    /** Ids of societies to read: the first pages of the list. */
    private List<Long> ids() throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>();
        Pattern id = Pattern.compile("\"id\":(\\d+),\"name\"");
        for (int offset = 0; offset < 2000; offset += 500) {
            Matcher m = id.matcher(send(get("/societies?limit=500&offset=" + offset)).body());
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no societies listed");
        }
        return ids;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void waitForRest() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos(); // a loaded machine starts slowly
        while (System.nanoTime() < deadline) {
            try {
                if (send(get("/societies?limit=1")).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the REST door did not answer within 15 minutes");
    }

    /** VmRSS, VmHWM (kB) of the process. */
    static Map<String, Long> memory(long pid) throws IOException {
        Map<String, Long> kb = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            String[] parts = line.split("\\s+");
            if (parts[0].equals("VmRSS:") || parts[0].equals("VmHWM:")) {
                kb.put(parts[0].substring(0, parts[0].length() - 1), Long.parseLong(parts[1]));
            }
        }
        return kb;
    }

    /** The memory options the Java process runs with, from its command line. */
    private static String javaOptions(long pid) throws IOException {
        String[] args = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8).split("\0");
        return String.join(" ", Arrays.stream(args).filter(a -> a.startsWith("-Xm") || a.startsWith("-XX:+Use")
                || a.startsWith("-XX:Max") || a.startsWith("-XX:Reserved")).toList());
    }

    private static Path unpack(Path archive, Path dir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("build the distribution first: " + archive.toAbsolutePath() + " is missing");
        }
        if (Files.exists(dir)) {
            exec(dir.getParent(), "rm", "-rf", dir.getFileName().toString());
        }
        Files.createDirectories(dir);
        exec(dir, "tar", "xzf", archive.toAbsolutePath().toString());
        try (var entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** HTTP on {@code port}, ssh and JMX on other free ports, so the run does not disturb a server on the defaults. */
    private static void configurePorts(Path home, int port) throws IOException {
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(port));
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(freePort()));
    }

    private static void set(Path cfg, String key, String value) throws IOException {
        String text = Files.readString(cfg);
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$");
        text = line.matcher(text).find() ? line.matcher(text).replaceAll(Matcher.quoteReplacement(key + " = " + value))
                : text + System.lineSeparator() + key + " = " + value + System.lineSeparator();
        Files.writeString(cfg, text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void exec(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
