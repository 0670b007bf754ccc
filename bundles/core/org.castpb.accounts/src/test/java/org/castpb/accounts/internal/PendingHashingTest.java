package org.castpb.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class PendingHashingTest {

    private static final String HASHED_ADMIN = "admin = {CRYPT}pbkdf2-sha256:600000:6H9MEGksIa2SnGTIeUPVMA:etVTAUFkA50LukK5ldXgJ53w1dJcYMcgXgJhCsJkbtw{CRYPT},_g_:admingroup";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void onlyAHashingRealmWithMarksIsWaitedFor() {
        PendingHashing hashing = PendingHashing.of(Map.of("users", "/etc/users.properties", "encryption.enabled", "true",
                "encryption.prefix", "{CRYPT}", "encryption.suffix", "{CRYPT}"));
        assertEquals(new PendingHashing(Path.of("/etc/users.properties"), "{CRYPT}", "{CRYPT}"), hashing);
        assertNull("not hashing", PendingHashing.of(Map.of("users", "/etc/users.properties", "encryption.enabled", "false",
                "encryption.prefix", "{CRYPT}", "encryption.suffix", "{CRYPT}")));
        assertNull("no marks: a hash cannot be told from a password", PendingHashing.of(Map.of("users", "/etc/users.properties",
                "encryption.enabled", "true")));
        assertNull("not a users file (JDBC, LDAP)", PendingHashing.of(Map.of("encryption.enabled", "true",
                "encryption.prefix", "{CRYPT}", "encryption.suffix", "{CRYPT}")));
    }

    @Test
    public void aUsersPlainPasswordIsPendingButGroupsCommentsAndHashesAreNot() throws IOException {
        assertFalse(pending("# zhang = secret,_g_:viewers", HASHED_ADMIN, "_g_\\:viewers = group,viewer"));
        assertTrue(pending(HASHED_ADMIN, "outsider = Pa55-word,manager"));
        assertTrue("only the opening mark", pending("li = {CRYPT}half-typed,_g_:viewers"));
        assertTrue("the marks alone are a password", pending("li = {CRYPT}{CRYPT},_g_:viewers"));
        assertFalse("an empty password is not hashed by Karaf either", pending("li =,_g_:viewers"));
        assertFalse("no file", new PendingHashing(folder.getRoot().toPath().resolve("none"), "{CRYPT}", "{CRYPT}").plainPasswordLeft());
    }

    @Test
    public void aChangeWaitsUntilKarafHasHashedThePlainPassword() throws Exception {
        Path users = write(HASHED_ADMIN, "outsider = Pa55-word,manager");
        PendingHashing hashing = new PendingHashing(users, "{CRYPT}", "{CRYPT}");
        CompletableFuture<Void> karaf = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(300);
                Files.writeString(users, HASHED_ADMIN + "\noutsider = {CRYPT}pbkdf2-sha256:1000:c2FsdA:aGFzaA{CRYPT},manager\n");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long started = System.nanoTime();
        assertTrue(hashing.awaitHashed(Duration.ofSeconds(20), Duration.ofMillis(20)));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue("waited " + waited + " ms", waited >= 250);
        karaf.get();
    }

    @Test
    public void aPasswordNobodyHashesIsWaitedForOnlyTheLongestTime() throws IOException {
        PendingHashing hashing = new PendingHashing(write("outsider = Pa55-word,manager"), "{CRYPT}", "{CRYPT}");
        long started = System.nanoTime();
        assertFalse(hashing.awaitHashed(Duration.ofMillis(200), Duration.ofMillis(20)));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 5_000);
    }

    private boolean pending(String... lines) throws IOException {
        return new PendingHashing(write(lines), "{CRYPT}", "{CRYPT}").plainPasswordLeft();
    }

    private Path write(String... lines) throws IOException {
        Path users = folder.newFile().toPath();
        Files.writeString(users, String.join("\n", lines) + "\n", StandardCharsets.ISO_8859_1);
        return users;
    }
}
