package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.After;
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
 * groups.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends CastpbTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private SshClient ssh;

    @Configuration
    public Option[] config() {
        return distribution(true,
                // an account in castpb's viewer group, as the README tells a site to add them
                editConfigurationFilePut("etc/users.properties", "zhang", "viewer-secret,_g_:viewers"));
    }

    @Before
    public void startSshClient() {
        await().atMost(180, TimeUnit.SECONDS).ignoreExceptions().until(() -> get("/v1/societies?limit=1").statusCode() == 200);
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
