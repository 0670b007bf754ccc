package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
import java.util.stream.Stream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * castpb added to a Karaf a site already runs, as the README's "Add castpb to a Karaf you already run" says: a plain
 * Apache Karaf of the same version, unpacked, given a first account in etc/users.properties and started; then, over
 * its console, {@code kar:install} of the build's KAR, {@code feature:install castpb}, and {@code kar:install} of the
 * booted plugins' own KARs. The Karaf reaches no Maven repository: none is configured and its local repository is an
 * empty folder, so everything castpb needs beyond a plain Karaf must come from the KARs. Later a plugin KAR is
 * installed and uninstalled, and a plugin is added the other way, {@code feature:repo-add} from a Maven repository
 * holding castpb's artifacts (the build's). One boot for the whole class.
 */
public class KarafSiteIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String USER = "admin";
    private static final String PASSWORD = "Di-Yi-Ge-Zhang-Hu-7";
    private static final String FEATURES = "castpb castpb-plugin-evaluation-national castpb-plugin-funding-award castpb-plugin-allowance-grade";
    private static final String ZHEJIANG = "org.castpb.plugin.evaluation.zhejiang";

    private static Path home;
    private static Path emptyMavenRepository;
    private static String sshPort;
    private static String base;
    private static String installOutput;

    @BeforeClass
    public static void installCastpbIntoAPlainKaraf() throws Exception {
        Path dir = Path.of("target", "karaf-site").toAbsolutePath();
        deleteRecursively(dir);
        Files.createDirectories(dir);
        run(dir.toFile(), Map.of(), null, Duration.ofSeconds(120), "tar", "xzf",
                new File(System.getProperty("karaf.plain")).getAbsolutePath());
        try (var entries = Files.list(dir)) {
            home = entries.findFirst().orElseThrow();
        }
        emptyMavenRepository = Files.createDirectories(dir.resolve("empty-maven-repository"));
        // offline: no remote repository, and a local one that holds nothing
        setProperties(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"), Map.of(
                "org.ops4j.pax.url.mvn.repositories", "",
                "org.ops4j.pax.url.mvn.localRepository", emptyMavenRepository.toString()));
        String http = CastpbTestSupport.freePort();
        sshPort = CastpbTestSupport.freePort();
        setProperties(home.resolve("etc/org.ops4j.pax.web.cfg"), Map.of("org.osgi.service.http.port", http));
        setProperties(home.resolve("etc/org.apache.karaf.shell.cfg"), Map.of("sshPort", sshPort));
        setProperties(home.resolve("etc/org.apache.karaf.management.cfg"),
                Map.of("rmiRegistryPort", CastpbTestSupport.freePort(), "rmiServerPort", CastpbTestSupport.freePort()));
        base = "http://localhost:" + http + "/api/v1";

        // the README's first account: a plain Karaf ships none
        Files.write(home.resolve("etc/users.properties"), List.of(
                USER + " = " + PASSWORD + ",_g_:admingroup",
                "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh,national-admin"),
                StandardCharsets.ISO_8859_1, java.nio.file.StandardOpenOption.APPEND);

        run(home.toFile(), Map.of("KARAF_REDIRECT", home.resolve("data/karaf.out").toString()), null, Duration.ofSeconds(60), "bin/start");
        String kar = new File(System.getProperty("castpb.kar")).getAbsolutePath();
        installOutput = client("kar:install file:" + kar + "\nfeature:install castpb\n"
                + "kar:install file:" + pluginKar("org.castpb.plugin.evaluation.national") + "\n"
                + "kar:install file:" + pluginKar("org.castpb.plugin.funding.award") + "\n"
                + "kar:install file:" + pluginKar("org.castpb.plugin.allowance.grade") + "\n");
        // boot to the first REST answer took 1-3 min on a shared 2-core machine under load
        await().atMost(300, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).ignoreExceptions()
                .until(() -> get("/societies?limit=1", PASSWORD).statusCode() == 200);
    }

    @AfterClass
    public static void stopAndClean() throws Exception {
        if (home == null) {
            return;
        }
        run(home.toFile(), Map.of(), null, Duration.ofSeconds(60), "bin/stop");
        await().atMost(90, TimeUnit.SECONDS).pollInterval(500, TimeUnit.MILLISECONDS).until(() -> ProcessHandle.allProcesses()
                .noneMatch(p -> p.info().commandLine().map(c -> c.contains(home.toString())).orElse(false)));
        deleteRecursively(home.getParent());
    }

    @Test
    public void theRestDoorAnswersTheFirstAccountAndRefusesAWrongPassword() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/societies"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"中国气象学会\",\"uscc\":\"" + Usccs.valid("100000", 9101)
                        + "\",\"kind\":\"SOCIETY\",\"level\":\"NATIONAL\",\"regionCode\":\"100000\",\"discipline\":\"SCIENCE\","
                        + "\"groupMemberStatus\":\"MEMBER\"}", StandardCharsets.UTF_8)), PASSWORD);
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(created.headers().firstValue("Location").orElseThrow())),
                PASSWORD);
        assertEquals(200, read.statusCode());
        assertTrue(read.body(), read.body().contains("中国气象学会"));
        assertEquals(401, get("/societies?limit=1", "not-" + PASSWORD).statusCode());
    }

    @Test
    public void theNationalEvaluationModuleAndTheOtherBootedPluginsAreThere() throws Exception {
        await().atMost(60, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).ignoreExceptions()
                .until(() -> get("/evaluation/modules", PASSWORD).body().contains("cast.national"));
        String modules = get("/evaluation/modules", PASSWORD).body();
        assertTrue(modules, modules.contains("\"state\":\"ACTIVE\""));
        // without the console's colours
        String listed = client("feature:list -i\n").replaceAll("\u001B\\[[;\\d]*m", "");
        for (String feature : FEATURES.split(" ")) {
            assertTrue(feature + " is not installed:\n" + listed + "\ninstall said:\n" + installOutput,
                    Pattern.compile("(?m)^" + Pattern.quote(feature) + "\\s").matcher(listed).find());
        }
    }

    @Test
    public void nothingCameFromAMavenRepositoryAndTheDataSourceConfigurationIsInEtc() throws Exception {
        try (Stream<Path> fetched = Files.walk(emptyMavenRepository)) {
            List<Path> files = fetched.filter(Files::isRegularFile).toList();
            assertTrue("fetched into the local Maven repository: " + files, files.isEmpty());
        }
        String dataSource = Files.readString(home.resolve("etc/org.ops4j.datasource-castpb.cfg"), StandardCharsets.ISO_8859_1);
        assertTrue(dataSource, dataSource.contains("url = jdbc:derby:${karaf.data}/derby/castpb;create=true"));
        assertTrue("Derby's database is under data/", Files.isDirectory(home.resolve("data/derby/castpb")));
    }

    @Test
    public void theDistributionsRepositoryHoldsThePluginKitWithThePomsItBuildsAgainst() throws Exception {
        Path listing = Files.createTempFile(home.getParent(), "distribution", ".txt");
        run(home.getParent().toFile(), Map.of(), new File[] {new File("/dev/null"), listing.toFile()}, Duration.ofSeconds(120),
                "tar", "tzf", new File(System.getProperty("castpb.distribution")).getAbsolutePath());
        String entries = Files.readString(listing, StandardCharsets.UTF_8);
        String version = System.getProperty("castpb.version");
        for (String artifact : List.of("org.castpb.plugin.archetype/%s/org.castpb.plugin.archetype-%s.jar",
                "org.castpb.plugin.archetype/%s/org.castpb.plugin.archetype-%s.pom", "org.castpb.spi/%s/org.castpb.spi-%s.jar",
                "org.castpb.spi/%s/org.castpb.spi-%s.pom", "org.castpb.api/%s/org.castpb.api-%s.jar",
                "org.castpb.api/%s/org.castpb.api-%s.pom", "castpb/%s/castpb-%s.pom")) {
            String path = "/system/org/castpb/" + String.format(artifact, version, version);
            assertTrue(path + " is not in the distribution", entries.contains(path + "\n"));
        }
    }

    @Test
    public void aPluginKarInstallsItsModuleAndItsUninstallRemovesTheFeatureTheRepositoryAndTheBundle() throws Exception {
        client("kar:install file:" + pluginKar(ZHEJIANG) + "\n");
        await().atMost(120, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).ignoreExceptions()
                .until(() -> get("/evaluation/modules", PASSWORD).body().matches("(?s).*\"zhejiang\\.local\"[^}]*\"ACTIVE\".*"));
        assertTrue(installed().contains("castpb-plugin-evaluation-zhejiang"));
        String name = ZHEJIANG + "-" + System.getProperty("castpb.version");
        assertTrue(Files.isDirectory(home.resolve("data/kar").resolve(name)));

        client("kar:uninstall " + name + "\n");
        await().atMost(120, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).ignoreExceptions()
                .until(() -> get("/evaluation/modules", PASSWORD).body().matches("(?s).*\"zhejiang\\.local\"[^}]*\"REMOVED\".*"));
        String left = client("feature:list -i\nfeature:repo-list\nbundle:list -s -t 0\nkar:list\n").replaceAll("\u001B\\[[;\\d]*m", "");
        assertFalse(left, left.contains("castpb-plugin-evaluation-zhejiang"));
        assertFalse(left, left.contains(ZHEJIANG));
        assertFalse(Files.exists(home.resolve("data/kar").resolve(name)));
        // the other plugins stay
        assertTrue(left, left.contains("castpb-plugin-evaluation-national"));
        assertTrue(get("/evaluation/modules", PASSWORD).body().matches("(?s).*\"cast\\.national\"[^}]*\"ACTIVE\".*"));
    }

    @Test
    public void theRepoAddRouteInstallsAPluginFromAMavenRepositoryHoldingCastpb() throws Exception {
        // castpb's artifacts in a Maven repository of this Karaf: the build's, read in place (nothing copied into the
        // empty local repository)
        String build = Path.of(System.getProperty("maven.repo.local")).toUri().toString();
        client("config:edit org.ops4j.pax.url.mvn\n"
                + "config:property-append org.ops4j.pax.url.mvn.defaultRepositories \", " + build + "@id=castpb-build@snapshots\"\n"
                + "config:update\n");
        String version = System.getProperty("castpb.version");
        // the README's commands: the castpb repository (registered already, by its KAR) and a plugin's
        client("feature:repo-add mvn:org.castpb/castpb-features/" + version + "/xml/features\n"
                + "feature:repo-add mvn:org.castpb/org.castpb.plugin.alerts.mail/" + version + "/xml/features\n"
                + "feature:install castpb-plugin-alerts-mail\n");
        assertTrue(installed().contains("castpb-plugin-alerts-mail"));
    }

    private static String installed() throws IOException, InterruptedException {
        return client("feature:list -i\n").replaceAll("\u001B\\[[;\\d]*m", "");
    }

    /** The KAR the build made of one plugin (bundles/plugins/ARTIFACT/target/ARTIFACT-VERSION.kar). */
    private static String pluginKar(String artifact) {
        return Path.of(System.getProperty("castpb.plugins"), artifact, "target",
                artifact + "-" + System.getProperty("castpb.version") + ".kar").toAbsolutePath().toString();
    }

    /** Runs console commands through bin/client (ssh), as the README does, and answers what it printed. */
    private static String client(String commands) throws IOException, InterruptedException {
        Path script = Files.createTempFile(home.getParent(), "commands", ".txt");
        Files.writeString(script, commands, StandardCharsets.UTF_8);
        Path output = Files.createTempFile(home.getParent(), "client", ".out");
        int exit = run(home.toFile(), Map.of(), new File[] {script.toFile(), output.toFile()}, Duration.ofSeconds(900),
                "bin/client", "-a", sshPort, "-h", "localhost", "-u", USER, "-p", PASSWORD, "-r", "120", "-d", "2", "-b");
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(commands + " failed:\n" + printed, 0, exit);
        return printed;
    }

    private static HttpResponse<String> get(String path, String password) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), password);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String password) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request.header("Authorization", basic).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Runs a command in dir; with in/out files ({@code {stdin, stdout}}) it reads and writes them, else discards. */
    private static int run(File dir, Map<String, String> environment, File[] inOut, Duration limit, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true);
        if (inOut == null) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        } else {
            builder.redirectInput(inOut[0]).redirectOutput(inOut[1]);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within " + limit.toSeconds() + " s");
        }
        return process.exitValue();
    }

    /** Sets {@code key = value} in a Karaf .cfg file, replacing the key's lines (continuation lines included). */
    private static void setProperties(Path cfg, Map<String, String> values) throws IOException {
        List<String> lines = Files.exists(cfg) ? new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.ISO_8859_1)) : new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            Pattern key = Pattern.compile("\\s*" + Pattern.quote(e.getKey()) + "\\s*[=:].*");
            for (int i = 0; i < lines.size(); i++) {
                if (key.matcher(lines.get(i)).matches()) {
                    int last = i;
                    while (lines.get(last).endsWith("\\") && last + 1 < lines.size()) {
                        last++;
                    }
                    lines.subList(i, last + 1).clear();
                    i--;
                }
            }
            lines.add(e.getKey() + " = " + e.getValue());
        }
        Files.write(cfg, lines, StandardCharsets.ISO_8859_1);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
