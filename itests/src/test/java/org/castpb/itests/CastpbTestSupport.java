package org.castpb.itests;

import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * What every castpb Pax Exam test needs: the built distribution on free ports, HTTP calls with
 * or without credentials, and shell commands run as the admin user.
 */
public abstract class CastpbTestSupport {

    /**
     * How long a test waits for the distribution to answer after it is started: about 20 s on an idle machine,
     * minutes on a loaded one (-Dcastpb.it.bootSeconds=... to change it).
     */
    static final Duration BOOT = Duration.ofSeconds(Long.getLong("castpb.it.bootSeconds", 300));

    static final String USER = "admin";
    static final String PASSWORD = "admin";
    private static final String PORT_PROPERTY = "castpb.it.http.port";
    static final String SSH_PORT_PROPERTY = "castpb.it.ssh.port";

    /** Options for the castpb distribution; {@code extra} are added after the defaults. */
    static Option[] distribution(Option... extra) {
        return distribution(false, extra);
    }

    /** As {@link #distribution(Option...)}, with the ssh console started when {@code sshConsole}. */
    static Option[] distribution(boolean sshConsole, Option... extra) {
        String archive = System.getProperty("castpb.distribution");
        File file = new File(archive);
        if (!file.isFile()) {
            throw new IllegalStateException("build the distribution first: " + file + " is missing");
        }
        String httpPort = freePort();
        String sshPort = freePort();
        Option[] base = {
            karafDistributionConfiguration()
                    .frameworkUrl(file.toURI().toString())
                    .name("castpb")
                    .unpackDirectory(new File("target/exam")),
            sshConsole ? configureConsole().ignoreLocalConsole().startRemoteShell()
                    : configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", sshPort),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local", "")),
            editConfigurationFilePut("etc/system.properties", PORT_PROPERTY, httpPort),
            editConfigurationFilePut("etc/system.properties", SSH_PORT_PROPERTY, sshPort),
            // how long Pax Exam waits for the probe in the container: its default of 180 s is not enough for a loaded
            // machine to boot the distribution (the tests then fail before they start)
            systemTimeout(BOOT.toMillis()),
            mavenBundle("org.awaitility", "awaitility").versionAsInProject(),
            mavenBundle("org.hamcrest", "hamcrest").versionAsInProject(),
        };
        return Stream.concat(Stream.of(base), Stream.of(extra)).toArray(Option[]::new);
    }

    /** An IPv4 address of this machine other than loopback, or null if it has none. */
    static InetAddress externalAddress() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst().orElse(null);
    }

    /** Whether something listens on this address and port. */
    static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 5000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- inside the container ----

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static String baseUrl() {
        return "http://localhost:" + System.getProperty(PORT_PROPERTY) + "/api";
    }

    HttpResponse<String> call(String method, String path, String contentType, String body, boolean authenticated, String... headers) {
        return callBytes(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), authenticated, headers);
    }

    HttpResponse<String> callBytes(String method, String path, String contentType, byte[] body, boolean authenticated, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authenticated) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return call("GET", path, null, null, true);
    }

    /**
     * {@code password} as castpb's realm stores it (salted PBKDF2 between the {CRYPT} marks), for a test's
     * etc/users.properties: a plain-text password there makes Karaf rewrite the whole file once it has hashed it, at a
     * moment of its choosing, and any account castpb wrote in between is lost.
     */
    static String hashedPassword(String password) {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        javax.crypto.spec.PBEKeySpec spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 1000, 256);
        try {
            byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
            return "{CRYPT}pbkdf2-sha256:1000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash) + "{CRYPT}";
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postJson(String path, String json) {
        return call("POST", path, "application/json", json, true);
    }

    /** Waits until the console knows these commands ({@code scope:name}): they register once their services are there. */
    static void awaitCommands(SessionFactory sessionFactory, String... commands) {
        org.awaitility.Awaitility.await().atMost(90, java.util.concurrent.TimeUnit.SECONDS).until(() -> java.util.Arrays.stream(commands)
                .allMatch(c -> sessionFactory.getRegistry().getCommand(c.split(":")[0], c.split(":")[1]) != null));
    }

    /** What a refused console command says: the messages of the failure and its causes. */
    static String refusal(SessionFactory sessionFactory, String command) {
        return refusalAs(sessionFactory, USER, List.of("admin", "national-admin"), command);
    }

    /** What a console command refused to {@code user} with the realm roles {@code roles} says. */
    static String refusalAs(SessionFactory sessionFactory, String user, List<String> roles, String command) {
        String out;
        try {
            out = executeCommandAs(sessionFactory, user, roles, command);
        } catch (Exception e) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append(" | ");
            }
            return messages.toString();
        }
        throw new AssertionError("not refused: " + command + "\n" + out);
    }

    /** Runs a console command as the admin user and returns what it printed. */
    static String executeCommand(SessionFactory sessionFactory, String command) throws Exception {
        return executeCommandAs(sessionFactory, USER, List.of("admin", "national-admin"), command);
    }

    /** Runs a console command as {@code user} holding the realm roles {@code roles} and returns what it printed. */
    static String executeCommandAs(SessionFactory sessionFactory, String user, List<String> roles, String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        roles.forEach(role -> subject.getPrincipals().add(new RolePrincipal(role)));
        Session session = sessionFactory.create(System.in, out, out);
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    // ---- records and plugins the evaluation tests share ----

    /** Creates a society over REST, its USCC valid for the region and serial, party building in its charter; returns its id. */
    long createSociety(String name, String region, String level, String groupMemberStatus, long serial) throws Exception {
        HttpResponse<String> created = postJson("/v1/societies", "{\"name\":\"" + name + "\",\"uscc\":\"" + Usccs.valid(region, serial)
                + "\",\"kind\":\"SOCIETY\",\"level\":\"" + level + "\",\"regionCode\":\"" + region + "\",\"discipline\":\"SCIENCE\","
                + "\"groupMemberStatus\":\"" + groupMemberStatus + "\",\"partyBuildingInCharter\":true}");
        org.junit.Assert.assertEquals(created.body(), 201, created.statusCode());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("id").asLong();
    }

    /** A branch established in 2016 covering the society, its term running, so the national standard grades it QUALIFIED. */
    void createOrganisation(String name, long society) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> organisation = postJson("/v1/party-organisations", "{\"name\":\"" + name + "\","
                + "\"type\":\"BRANCH\",\"societyIds\":[" + society + "],\"secretary\":{\"name\":\"李明\",\"source\":\"PRINCIPAL_LEADER\"},"
                + "\"formalMembers\":12,\"probationaryMembers\":1,\"establishedOn\":\"2016-05-01\",\"termStartsOn\":\"" + today.minusYears(1)
                + "\",\"termEndsOn\":\"" + today.plusYears(2) + "\"}");
        org.junit.Assert.assertEquals(organisation.body(), 201, organisation.statusCode());
    }

    /** Registers an evaluation module of the test for ASSESSMENT campaigns in a region, as a plugin bundle would. */
    static org.osgi.framework.ServiceRegistration<org.castpb.spi.EvaluationModule> register(org.osgi.framework.BundleContext context,
            String id, String region, org.castpb.spi.EvaluationModule module) {
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        properties.put(org.castpb.spi.EvaluationModule.MODULE_ID, id);
        properties.put(org.castpb.spi.EvaluationModule.REGION, region);
        properties.put(org.castpb.spi.EvaluationModule.KINDS, new String[] {"ASSESSMENT"});
        return context.registerService(org.castpb.spi.EvaluationModule.class, module, properties);
    }

    /** A GET answered as bytes (a workbook, say), with these headers ({@code "Authorization", "Basic ..."}). */
    HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The parts of a zip file (an .xlsx workbook) by name, as UTF-8 text. Read through a file: a streamed workbook's
     * entries carry their sizes after the data, which ZipInputStream refuses.
     */
    static java.util.Map<String, String> zipParts(byte[] zip) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("castpb-it", ".zip");
        try {
            java.nio.file.Files.write(file, zip);
            java.util.Map<String, String> parts = new java.util.HashMap<>();
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile())) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                    parts.put(e.getName(), new String(in.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return parts;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** Runs a new campaign ({@code {"year":...,"kind":...,...}}) to its end and returns its id. */
    long campaignRunToItsEnd(String campaignJson) throws Exception {
        HttpResponse<String> created = postJson("/v1/evaluation/campaigns", campaignJson);
        org.junit.Assert.assertEquals(created.body(), 201, created.statusCode());
        long campaign = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("id").asLong();
        org.junit.Assert.assertEquals(202, postJson("/v1/evaluation/campaigns/" + campaign + "/run", "").statusCode());
        org.awaitility.Awaitility.await().atMost(180, java.util.concurrent.TimeUnit.SECONDS).until(() -> !"RUNNING".equals(
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(get("/v1/evaluation/campaigns/" + campaign).body()).get("status").asText()));
        return campaign;
    }

    /** The finding {@code code} of a society in a campaign's results, from any module. */
    com.fasterxml.jackson.databind.JsonNode campaignFinding(long campaign, long society, String code) throws Exception {
        // in the modules' own language, English, which the tests read
        HttpResponse<String> r = call("GET", "/v1/evaluation/campaigns/" + campaign + "/results/" + society, null, null, true,
                "Accept-Language", "en");
        org.junit.Assert.assertEquals(r.body(), 200, r.statusCode());
        for (com.fasterxml.jackson.databind.JsonNode module : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("modules")) {
            for (com.fasterxml.jackson.databind.JsonNode f : module.get("findings")) {
                if (f.get("code").asText().equals(code)) {
                    return f;
                }
            }
        }
        throw new AssertionError("no " + code + " finding in " + r.body());
    }

    /** The text of the first element {@code name} (any namespace prefix) of a SOAP message. */
    static String xmlElement(String xml, String name) {
        java.util.regex.Matcher m = xmlTag(name).matcher(xml);
        org.junit.Assert.assertTrue(name + " in " + xml, m.find());
        return m.group(1);
    }

    /** The texts of every element {@code name} (any namespace prefix) of a SOAP message. */
    static List<String> xmlElements(String xml, String name) {
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = xmlTag(name).matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static java.util.regex.Pattern xmlTag(String name) {
        String qualified = "(?:[\\w.-]+:)?" + java.util.regex.Pattern.quote(name);
        return java.util.regex.Pattern.compile("<" + qualified + "(?:\\s[^>]*)?>((?:(?!<" + qualified + "[\\s>]).)*?)</" + qualified + ">",
                java.util.regex.Pattern.DOTALL);
    }
}
