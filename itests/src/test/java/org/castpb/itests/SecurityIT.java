package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The distribution's defences as shipped: the console (ssh) without SFTP and closed to castpb's role
 * groups, HTTP and ssh on loopback only while admin has the shipped password, failed logins throttled per
 * account and per address on REST, SOAP and the console alike, passwords stored salted and slow, a request in a
 * charset nobody reads refused with 415 before CXF fails on it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends CastpbTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String SOAP_PATH = "/soap/SocietyService";
    private static final String SOAP_TYPE = "text/xml; charset=UTF-8";
    private static final String SOAP_GET = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:s=\"http://castpb.org/soap/society/1\"><soap:Body><s:getSociety><s:id>1</s:id></s:getSociety></soap:Body></soap:Envelope>";

    private SshClient ssh;

    @Configuration
    public Option[] config() {
        return distribution(true,
                // accounts in castpb's viewer group, as the README tells a site to add them
                editConfigurationFilePut("etc/users.properties", "zhang", "viewer-secret,_g_:viewers"),
                editConfigurationFilePut("etc/users.properties", "li", "li-secret,_g_:viewers"),
                editConfigurationFilePut("etc/users.properties", "wang", "same-secret,_g_:viewers"),
                editConfigurationFilePut("etc/users.properties", "zhao", "same-secret,_g_:viewers"),
                // a console account of its own, so that making it wait leaves admin free for the other tests
                editConfigurationFilePut("etc/users.properties", "sun", "sun-secret,_g_:admingroup"),
                // a first wait long enough that the test sees it on a busy machine
                editConfigurationFilePut("etc/org.castpb.security.cfg", "firstDelaySeconds", "120"));
    }

    @Before
    public void startSshClient() {
        await().atMost(BOOT).ignoreExceptions().until(() -> get("/v1/societies?limit=1").statusCode() == 200);
        await().atMost(60, TimeUnit.SECONDS).until(() -> accepts(InetAddress.getLoopbackAddress(), sshPort()));
        ssh = SshClient.setUpDefaultClient();
        ssh.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        // a refused subsystem answers at once instead of leaving the channel open
        CoreModuleProperties.REQUEST_SUBSYSTEM_REPLY.set(ssh, true);
        ssh.start();
    }

    @After
    public void stopSshClient() throws IOException {
        ssh.stop();
        ssh.close();
    }

    @Test
    public void consoleOffersNoSftpEvenToTheAdmin() throws Exception {
        try (ClientSession session = login(USER, PASSWORD)) {
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                fail("SFTP opened on the console port; it reads etc/: " + sftp.readDir("etc").iterator().next().getFilename());
            } catch (IOException expected) {
                // the subsystem is not there
            }
        }
    }

    @Test
    public void adminRunsConsoleCommandsOverSsh() throws Exception {
        try (ClientSession session = login(USER, PASSWORD)) {
            String out = session.executeRemoteCommand("feature:list -i --no-format | grep castpb-core");
            assertTrue(out, out.contains("castpb-core"));
        }
    }

    @Test
    public void viewerCannotOpenTheConsole() throws Exception {
        // the account itself is fine: it reads over REST
        assertEquals(200, call("GET", "/v1/societies?limit=1", null, null, false,
                "Authorization", basic("zhang", "viewer-secret")).statusCode());
        try (ClientSession session = login("zhang", "viewer-secret")) {
            fail("a viewer logged into the console");
        } catch (IOException expected) {
            // authentication refused: the viewers group carries no ssh role
        }
    }

    @Test
    public void anAccountThatFailedTooOftenWaitsOnRestAndSoapFromEveryAddress() throws Exception {
        // 5 failures are free (3 over REST, 2 over SOAP: one count for both doors), the 6th imposes the first wait
        for (int i = 0; i < 3; i++) {
            assertEquals(401, rawGet("127.0.0.3", "li", "guess-" + i).status());
        }
        for (int i = 3; i < 5; i++) {
            assertEquals(401, raw("127.0.0.3", "POST", SOAP_PATH, SOAP_TYPE, SOAP_GET, "li", "guess-" + i).status());
        }
        assertEquals(401, rawGet("127.0.0.3", "li", "guess-5").status());

        // now even the right password, from another address, is refused unchecked
        Raw rest = rawGet("127.0.0.4", "li", "li-secret");
        assertEquals(rest.text(), 429, rest.status());
        assertTrue(rest.text(), rest.text().contains("\"code\":\"LOGIN_THROTTLED\""));
        assertTrue(rest.text(), rest.text().matches("(?s).*\r\nRetry-After: (\\d+)\r\n.*"));
        Raw soap = raw("127.0.0.4", "POST", SOAP_PATH, SOAP_TYPE, SOAP_GET, "li", "li-secret");
        assertEquals(soap.text(), 429, soap.status());
        assertTrue(soap.text(), soap.text().contains("<code>LOGIN_THROTTLED</code>"));
        // other accounts from that address go on
        assertEquals(200, rawGet("127.0.0.4", USER, PASSWORD).status());

        // each failure is logged with user and address, never with the password
        String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        assertTrue(log.contains("castpb login failed for user 'li' from 127.0.0.3: 6 failed in a row for the account"));
        assertFalse(log.contains("guess-5"));
    }

    @Test
    public void failedConsoleLoginsMakeTheAccountWaitAndTheRightPasswordIsThenRefused() throws Exception {
        // password logins only, so that each attempt is one failure (keyboard-interactive would send it again)
        ssh.setUserAuthFactories(java.util.List.of(org.apache.sshd.client.auth.password.UserAuthPasswordFactory.INSTANCE));
        for (int i = 0; i < 6; i++) {
            try (ClientSession session = login("sun", "guess-" + i)) {
                fail("a wrong password opened the console");
            } catch (IOException expected) {
                // refused
            }
        }
        try (ClientSession session = login("sun", "sun-secret")) {
            fail("the right password opened the console while the account must wait");
        } catch (IOException expected) {
            // refused unchecked
        }
        // one count for every door: REST makes the account wait too
        Raw rest = rawGet("127.0.0.8", "sun", "sun-secret");
        assertEquals(rest.text(), 429, rest.status());
        String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        assertTrue(log, log.matches("(?s).*castpb login failed for user 'sun' from [0-9.:]+: 6 failed in a row for the account.*"));
        assertFalse(log.contains("guess-5"));
    }

    @Test
    public void aRequestInAnUnknownCharsetIsRefusedNamingItWithoutJavaNames() {
        java.net.http.HttpResponse<String> rest = call("POST", "/v1/societies", "application/json; charset=x-unknown", "{}", true);
        assertEquals(rest.body(), 415, rest.statusCode());
        assertTrue(rest.headers().firstValue("Content-Type").orElse(""), rest.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
        assertTrue(rest.body(), rest.body().contains("\"code\":\"UNSUPPORTED_CHARSET\"") && rest.body().contains("'x-unknown'"));
        java.net.http.HttpResponse<String> soap = call("POST", SOAP_PATH, "text/xml; charset=x-unknown", SOAP_GET, true);
        assertEquals(soap.body(), 415, soap.statusCode());
        assertTrue(soap.body(), soap.body().contains("<code>UNSUPPORTED_CHARSET</code>") && soap.body().contains("'x-unknown'"));
        for (String body : new String[] {rest.body(), soap.body()}) {
            assertFalse(body, body.contains("Exception") || body.contains("java.") || body.contains("org.apache"));
        }
        // a charset Java reads is fine: the body is read and checked as usual
        int readable = call("POST", "/v1/societies", "application/json; charset=UTF-8", "{}", true).statusCode();
        assertTrue("status " + readable, readable == 422 || readable == 400);
    }

    @Test
    public void anAddressTryingManyAccountsWaitsWhateverAccountItTriesNext() throws Exception {
        for (int i = 0; i < 21; i++) {
            assertEquals(401, rawGet("127.0.0.5", "nobody" + i, "guess").status());
        }
        assertEquals(429, rawGet("127.0.0.5", USER, PASSWORD).status());
        assertEquals(200, rawGet("127.0.0.6", USER, PASSWORD).status());
    }

    @Test
    public void passwordsAreStoredSaltedAndSlowAndTheRealmStillChecksThem() throws Exception {
        Path users = Path.of(System.getProperty("karaf.etc"), "users.properties");
        // hashed at start, or at the latest at the first login
        assertEquals(200, rawGet("127.0.0.7", "wang", "same-secret").status());
        assertEquals(200, rawGet("127.0.0.7", "zhao", "same-secret").status());
        await().atMost(60, TimeUnit.SECONDS).until(() -> stored(users, "wang").startsWith("{CRYPT}pbkdf2-sha256:")
                && stored(users, "zhao").startsWith("{CRYPT}pbkdf2-sha256:"));
        assertNotEquals("the same password, salted differently", stored(users, "wang"), stored(users, "zhao"));
        assertFalse(Files.readString(users).contains("same-secret"));
        assertTrue(stored(users, USER).startsWith("{CRYPT}pbkdf2-sha256:600000:"));
        // the realm itself, not a remembered login, checks the hash
        assertTrue(realmAccepts("wang", "same-secret"));
        assertTrue(realmAccepts("zhao", "same-secret"));
        assertFalse(realmAccepts("zhao", "other"));
    }

    @Test
    public void httpAndSshListenOnLoopbackOnlyWhileAdminHasTheShippedPassword() throws Exception {
        InetAddress external = CastpbTestSupport.externalAddress();
        Assume.assumeNotNull("this machine has no address but loopback", external);
        int http = URI.create(baseUrl()).getPort();
        assertTrue(accepts(InetAddress.getLoopbackAddress(), http));
        assertFalse("HTTP answers on " + external, accepts(external, http));
        assertTrue(accepts(InetAddress.getLoopbackAddress(), sshPort()));
        assertFalse("ssh answers on " + external, accepts(external, sshPort()));
        String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        assertTrue(log, log.contains("the account admin still has the shipped password 'admin', so HTTP and ssh listen on 127.0.0.1 only"));
    }

    /** The stored password of {@code user}, read as properties: the file may escape the hash's colons. */
    private static String stored(Path users, String user) throws IOException {
        java.util.Properties entries = new java.util.Properties();
        try (java.io.Reader reader = Files.newBufferedReader(users)) {
            entries.load(reader);
        }
        return entries.getProperty(user, "").trim().split(",")[0];
    }

    private static boolean realmAccepts(String user, String password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(null);
        try {
            LoginContext login = new LoginContext("karaf", callbacks -> {
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    }
                }
            });
            login.login();
            return true;
        } catch (LoginException refused) {
            return false;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Raw rawGet(String from, String user, String password) throws IOException {
        return raw(from, "GET", "/v1/societies?limit=1", null, null, user, password);
    }

    /** A raw HTTP/1.1 exchange from a chosen loopback address, so the address counts of tests stay apart. */
    private static Raw raw(String from, String method, String path, String contentType, String body, String user, String password)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", URI.create(baseUrl()).getPort()), 10_000);
            socket.setSoTimeout(120_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " /api" + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: " + basic(user, password) + "\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                    + "Content-Length: " + content.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Raw(Integer.parseInt(text.split(" ", 3)[1]), text);
        }
    }

    /** Status and the whole response, head and body. */
    private record Raw(int status, String text) {
    }

    private ClientSession login(String user, String password) throws IOException {
        ClientSession session = ssh.connect(user, "localhost", sshPort()).verify(TIMEOUT).getSession();
        try {
            session.addPasswordIdentity(password);
            session.auth().verify(TIMEOUT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static int sshPort() {
        return Integer.parseInt(System.getProperty(SSH_PORT_PROPERTY));
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
