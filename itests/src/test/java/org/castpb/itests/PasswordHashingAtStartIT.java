package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The README's way of changing the admin password: a plain-text password written into etc/users.properties before
 * the start. Karaf hashes it at start with castpb's hashing service, which the distribution starts before Karaf's
 * realm reads the file: the pass finds the service at once and is over before the REST door answers, so an account
 * created right then is not undone by the pass writing back the file it read. One boot for the class.
 */
public class PasswordHashingAtStartIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "Xin-Mi-Ma-Qi-Dong-9";
    private static final String ACCOUNT = "zj-admin";
    private static final String ACCOUNT_PASSWORD = "change-me-now";
    private static final Pattern HASHED = Pattern.compile("(?m)^%s\\s*=\\s*\\{CRYPT\\}pbkdf2-sha256:[^,]+\\{CRYPT\\}(,|$)");

    private static UnpackedDistribution server;
    private static String usersWhenRestAnswered;
    private static HttpResponse<String> created;

    @BeforeClass
    public static void startWithAPlainTextAdminPasswordAndCreateAnAccountAtOnce() throws Exception {
        server = UnpackedDistribution.unpack("hashing-at-start");
        // the README's password change: everything between '=' and the first comma replaced by the new password
        server.configure("users.properties", "admin", PASSWORD + ",_g_:admingroup");
        assertTrue(server.read("etc/users.properties").contains("admin = " + PASSWORD + ","));
        server.start("admin", PASSWORD);
        usersWhenRestAnswered = server.read("etc/users.properties");
        created = send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/accounts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userName\":\"" + ACCOUNT + "\",\"role\":\"local-admin\","
                        + "\"regionPrefix\":\"33\",\"password\":\"" + ACCOUNT_PASSWORD + "\"}")), "admin", PASSWORD);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void thePlainPasswordIsHashedBeforeTheRestDoorAnswersAndTheServiceWasNeverMissing() throws Exception {
        assertTrue(usersWhenRestAnswered, hashed("admin").matcher(usersWhenRestAnswered).find());
        assertFalse(usersWhenRestAnswered, usersWhenRestAnswered.contains(PASSWORD));
        String said = server.read("data/karaf.out") + server.log();
        assertFalse(said, said.contains("Encryption service castpb-pbkdf2 not found"));
    }

    @Test
    public void theAccountCreatedRightAfterStartAndTheAdminBothLogInWithHashedPasswords() throws Exception {
        assertEquals(created.body(), 201, created.statusCode());
        // the account's realm user stays in the file, hashed as well (no later write-back takes it away)
        await().atMost(60, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS)
                .until(() -> hashed(ACCOUNT).matcher(server.read("etc/users.properties")).find());
        // past REST's and SOAP's memory of a successful login (rememberLoginSeconds, 60): each login checks the hash
        Thread.sleep(61_000);
        String users = server.read("etc/users.properties");
        assertTrue(users, hashed("admin").matcher(users).find());
        assertFalse(users, users.contains(PASSWORD) || users.contains(ACCOUNT_PASSWORD));
        assertEquals(200, send(get("/api/v1/societies?limit=1"), "admin", PASSWORD).statusCode());
        assertEquals(200, send(get("/api/v1/societies?limit=1"), ACCOUNT, ACCOUNT_PASSWORD).statusCode());
        assertEquals(401, send(get("/api/v1/societies?limit=1"), ACCOUNT, "not-" + ACCOUNT_PASSWORD).statusCode());
    }

    private static Pattern hashed(String user) {
        return Pattern.compile(String.format(HASHED.pattern(), Pattern.quote(user)));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(server.base() + path)).GET();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String user, String password)
            throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request.header("Authorization", basic).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
