package org.castpb.web.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.castpb.api.web.WebSession;
import org.castpb.api.web.WebSessions;

/**
 * The console's sessions, in memory: a restart signs everybody out. Ids and CSRF tokens are 256 random bits;
 * a session idle longer than the timeout is gone, and one user keeps at most a few sessions (the oldest go first).
 */
final class SessionStore implements WebSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idleTimeout;
    private final int maxPerUser;

    SessionStore(Clock clock, Duration idleTimeout, int maxPerUser) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.maxPerUser = maxPerUser;
    }

    /** Opens a session for a user the realm just authenticated; returns its id (the cookie's value). */
    String open(String user, Set<String> realmRoles) {
        dropIdle();
        List<String> oldestFirst = sessions.entrySet().stream()
                .filter(e -> e.getValue().session.user().equals(user))
                .sorted(Comparator.comparing(e -> e.getValue().lastUsed))
                .map(Map.Entry::getKey)
                .toList();
        oldestFirst.subList(0, Math.max(0, oldestFirst.size() - maxPerUser + 1)).forEach(sessions::remove);
        String id = randomToken();
        sessions.put(id, new Entry(new WebSession(user, realmRoles, randomToken()), clock.instant()));
        return id;
    }

    @Override
    public Optional<WebSession> resolve(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Entry entry = sessions.computeIfPresent(sessionId, (id, e) -> idle(e, now) ? null : new Entry(e.session, now));
        return entry == null ? Optional.empty() : Optional.of(entry.session);
    }

    /** Ends a session (sign-out); nothing happens for an unknown id. */
    void close(String sessionId) {
        if (sessionId != null) {
            sessions.remove(sessionId);
        }
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    int size() {
        return sessions.size();
    }

    private void dropIdle() {
        Instant now = clock.instant();
        sessions.values().removeIf(e -> idle(e, now));
    }

    private boolean idle(Entry entry, Instant now) {
        return entry.lastUsed.plus(idleTimeout).isBefore(now);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Entry(WebSession session, Instant lastUsed) {
    }
}
