package org.castpb.security.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.apache.karaf.jaas.modules.Encryption;
import org.junit.Test;

public class Pbkdf2EncryptionTest {

    private final Encryption encryption = new Pbkdf2EncryptionService(10_000).createEncryption(Map.of());

    @Test
    public void theSamePasswordHashesDifferentlyEachTimeAndBothCheck() {
        String first = encryption.encryptPassword("admin");
        String second = encryption.encryptPassword("admin");
        assertNotEquals(first, second);
        assertTrue(first.startsWith("pbkdf2-sha256:10000:"));
        assertFalse(first.contains("admin"));
        assertTrue(encryption.checkPassword("admin", first));
        assertTrue(encryption.checkPassword("admin", second));
        assertFalse(encryption.checkPassword("Admin", first));
    }

    @Test
    public void aHashKeepsItsOwnIterationCount() {
        String old = new Pbkdf2EncryptionService(5_000).createEncryption(Map.of()).encryptPassword("密码");
        assertTrue(encryption.checkPassword("密码", old));
    }

    @Test
    public void malformedOrForeignHashesNeverMatch() {
        for (String stored : new String[] {"", "admin", "pbkdf2-sha256:10000:!!:!!", "pbkdf2-sha256:x:AA:AA",
                "pbkdf2-sha256:0:AAAA:AAAA", "md5:1:AA:AA", "pbkdf2-sha256:10000:AAAA"}) {
            assertFalse(stored, encryption.checkPassword("admin", stored));
        }
    }

    @Test
    public void karafsFormerUnsaltedSha256StillChecksSoAnUpgradedSiteCanLogIn() {
        String sha256OfAdmin = "8c6976e5b5410415bde908bd4dee15dfb167a9c873fc4bb8a81f6f2ab448a918";
        assertTrue(encryption.checkPassword("admin", sha256OfAdmin));
        assertTrue(encryption.checkPassword("admin", sha256OfAdmin.toUpperCase(java.util.Locale.ROOT)));
        assertFalse(encryption.checkPassword("wrong", sha256OfAdmin));
    }

    @Test
    public void karafsAlgorithmAndEncodingParametersDoNotWeakenTheHash() {
        Encryption configured = new Pbkdf2EncryptionService(10_000).createEncryption(Map.of("algorithm", "MD5", "encoding", "hexadecimal"));
        assertTrue(configured.encryptPassword("x").startsWith("pbkdf2-sha256:10000:"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void tooFewIterationsAreRefusedAtActivation() {
        new Pbkdf2EncryptionService(10);
    }
}
