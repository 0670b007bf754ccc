package org.castpb.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.karaf.jaas.modules.Encryption;

/**
 * Salted, slow password hashes for the karaf realm: PBKDF2 with HMAC-SHA256, a random 16-byte salt per password
 * and the iteration count stored with the hash ({@code pbkdf2-sha256:ITERATIONS:SALT:HASH}, Base64), so raising
 * the count later leaves existing hashes valid. Hashes of Karaf's former plain SHA-256 (64 hex digits) are still
 * accepted, so an upgraded site can log in and then change its passwords.
 */
final class Pbkdf2Encryption implements Encryption {

    static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final Pattern LEGACY_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    Pbkdf2Encryption(int iterations) {
        if (iterations < 1000) {
            throw new IllegalArgumentException("encryption.iterations must be at least 1000, not " + iterations);
        }
        this.iterations = iterations;
    }

    @Override
    public String encryptPassword(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash(password, salt, iterations));
    }

    @Override
    public boolean checkPassword(String provided, String stored) {
        if (provided == null || stored == null) {
            return false;
        }
        if (LEGACY_SHA256.matcher(stored).matches()) {
            return MessageDigest.isEqual(sha256(provided), HexFormat.of().parseHex(stored.toLowerCase(java.util.Locale.ROOT)));
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return storedIterations > 0 && MessageDigest.isEqual(expected, hash(provided, salt, storedIterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] hash(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] sha256(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17", e);
        }
    }
}
