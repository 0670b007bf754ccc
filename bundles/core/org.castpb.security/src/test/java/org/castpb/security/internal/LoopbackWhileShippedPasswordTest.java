package org.castpb.security.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.jaas.modules.Encryption;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LoopbackWhileShippedPasswordTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final Encryption hashing = new Pbkdf2EncryptionService(1_000).createEncryption(java.util.Map.of());

    @Test
    public void theShippedPasswordIsRecognisedPlainAndHashed() throws IOException {
        assertTrue(LoopbackWhileShippedPassword.shippedPasswordIn(users("admin = admin,_g_:admingroup"), hashing));
        assertTrue(LoopbackWhileShippedPassword.shippedPasswordIn(
                users("admin = {CRYPT}" + hashing.encryptPassword("admin") + "{CRYPT},_g_:admingroup"), hashing));
    }

    @Test
    public void aChangedPasswordOrNoAdminIsNotTheShippedOne() throws IOException {
        assertFalse(LoopbackWhileShippedPassword.shippedPasswordIn(users("admin = Zh3ng-Shi,_g_:admingroup"), hashing));
        assertFalse(LoopbackWhileShippedPassword.shippedPasswordIn(
                users("admin = {CRYPT}" + hashing.encryptPassword("Zh3ng-Shi") + "{CRYPT},_g_:admingroup"), hashing));
        assertFalse(LoopbackWhileShippedPassword.shippedPasswordIn(users("li = admin,_g_:admingroup"), hashing));
        // a password that merely looks like the marks is compared as typed
        assertFalse(LoopbackWhileShippedPassword.shippedPasswordIn(users("admin = {CRYPT},_g_:admingroup"), hashing));
    }

    private Path users(String line) throws IOException {
        Path file = folder.newFile().toPath();
        Files.writeString(file, "# users\n_g_\\:admingroup = group,admin,ssh\n" + line + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
