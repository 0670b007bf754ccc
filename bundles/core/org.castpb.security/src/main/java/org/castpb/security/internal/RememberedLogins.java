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
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.Subject;

/**
 * Recent successful logins, one per user, for {@code ttl}: REST and SOAP authenticate every request, and the
 * realm's salted slow hash would otherwise cost tens of milliseconds of CPU on each. Only an HMAC of user and
 * password under a key made at start is kept, never the password; a changed password or role applies once the
 * remembered login has expired, at once after a failed login of that user.
 *
 * <p>When a login expires, the first request with the right password is sent to the realm to renew it; requests of
 * the same user arriving while that renewal runs keep the remembered login for at most {@link #RENEWAL_GRACE}, so a
 * busy client does not compute the slow hash once per request in flight (all at the same moment, each minute).
 */
final class RememberedLogins {

    /** How long an expired login is still honoured while one request renews it through the realm. */
    static final Duration RENEWAL_GRACE = Duration.ofSeconds(10);

    private record Remembered(byte[] digest, Subject subject, Instant expires, AtomicBoolean renewing) {
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
        byUser.put(user, new Remembered(digest(user, password), subject, now.plus(ttl), new AtomicBoolean()));
    }

    /** Forgets the user's login: the next request goes to the realm. */
    void forget(String user) {
        byUser.remove(user);
    }

    Optional<Subject> find(String user, String password, Instant now) {
        Remembered remembered = byUser.get(user);
        if (remembered == null || !MessageDigest.isEqual(remembered.digest(), digest(user, password))) {
            return Optional.empty();
        }
        if (now.isBefore(remembered.expires())) {
            return Optional.of(remembered.subject());
        }
        if (now.isBefore(remembered.expires().plus(RENEWAL_GRACE))) {
            // the first caller renews it through the realm; the others keep it meanwhile
            return remembered.renewing().compareAndSet(false, true) ? Optional.empty() : Optional.of(remembered.subject());
        }
        byUser.remove(user, remembered);
        return Optional.empty();
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
