package org.castpb.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.Subject;

/**
 * Recent successful logins, one per user, for {@code ttl}: REST and SOAP authenticate every request, and the
 * realm's salted slow hash would otherwise cost tens of milliseconds of CPU on each. Only an HMAC of user and
 * password under a key made at start is kept, never the password; a changed password or role applies once the
 * remembered login has expired.
 */
final class RememberedLogins {

    private record Remembered(byte[] digest, Subject subject, Instant expires) {
    }

    private final Duration ttl;
    private final SecretKeySpec key;
    private final Map<String, Remembered> byUser = new ConcurrentHashMap<>();

    RememberedLogins(Duration ttl) {
        this.ttl = ttl;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    void remember(String user, String password, Subject subject, Instant now) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        byUser.put(user, new Remembered(digest(user, password), subject, now.plus(ttl)));
    }

    Optional<Subject> find(String user, String password, Instant now) {
        Remembered remembered = byUser.get(user);
        if (remembered == null) {
            return Optional.empty();
        }
        if (!now.isBefore(remembered.expires())) {
            byUser.remove(user, remembered);
            return Optional.empty();
        }
        return MessageDigest.isEqual(remembered.digest(), digest(user, password))
                ? Optional.of(remembered.subject()) : Optional.empty();
    }

    private byte[] digest(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17", e);
        }
    }
}
