package org.castpb.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.castpb.api.web.WebSession;
import org.castpb.api.web.WebSessions;

/**
 * The console's sessions, in the instance's database (WEB_SESSION): every node of the instance resolves a session
 * another node opened, so a load balancer needs no sticky sessions, and a restart signs nobody out. Ids and CSRF
 * tokens are 256 random bits; only an id's SHA-256 is stored. A session idle longer than the timeout is gone, and one
 * user keeps at most a few sessions (the least recently used go first). Times are stored as UTC wall-clock times.
 */
final class SessionStore implements WebSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration idleTimeout;
    private final int maxPerUser;

    SessionStore(DataSource dataSource, Clock clock, Duration idleTimeout, int maxPerUser) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.maxPerUser = maxPerUser;
    }

    /** Opens a session for a user the realm just authenticated; returns its id (the cookie's value). */
    String open(String user, Set<String> realmRoles) {
        Instant now = clock.instant();
        String id = randomToken();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                dropIdle(c, now);
                List<String> newestFirst = new ArrayList<>();
                try (PreparedStatement select = c.prepareStatement("SELECT ID_HASH FROM WEB_SESSION WHERE USER_NAME = ?"
                        + " ORDER BY LAST_USED_AT DESC")) {
                    select.setString(1, user);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            newestFirst.add(rs.getString(1));
                        }
                    }
                }
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM WEB_SESSION WHERE ID_HASH = ?")) {
                    for (String hash : newestFirst.subList(Math.min(newestFirst.size(), maxPerUser - 1), newestFirst.size())) {
                        delete.setString(1, hash);
                        delete.executeUpdate();
                    }
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO WEB_SESSION (ID_HASH, USER_NAME, ROLES, CSRF_TOKEN,"
                        + " CREATED_AT, LAST_USED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, hash(id));
                    insert.setString(2, user);
                    insert.setString(3, String.join(",", new TreeSet<>(realmRoles)));
                    insert.setString(4, randomToken());
                    insert.setTimestamp(5, timestamp(now));
                    insert.setTimestamp(6, timestamp(now));
                    insert.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the session could not be stored", e);
        }
        return id;
    }

    @Override
    public Optional<WebSession> resolve(String sessionId) {
        if (sessionId == null || sessionId.isEmpty() || sessionId.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(sessionId);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            WebSession session;
            Instant lastUsed;
            try (PreparedStatement select = c.prepareStatement("SELECT USER_NAME, ROLES, CSRF_TOKEN, LAST_USED_AT FROM WEB_SESSION"
                    + " WHERE ID_HASH = ?")) {
                select.setString(1, hash);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    session = new WebSession(rs.getString(1), roles(rs.getString(2)), rs.getString(3));
                    lastUsed = instant(rs.getTimestamp(4));
                }
            }
            if (idle(lastUsed, now)) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM WEB_SESSION WHERE ID_HASH = ?")) {
                    delete.setString(1, hash);
                    delete.executeUpdate();
                }
                return Optional.empty();
            }
            try (PreparedStatement touch = c.prepareStatement("UPDATE WEB_SESSION SET LAST_USED_AT = ? WHERE ID_HASH = ? AND LAST_USED_AT < ?")) {
                touch.setTimestamp(1, timestamp(now));
                touch.setString(2, hash);
                touch.setTimestamp(3, timestamp(now));
                touch.executeUpdate();
            }
            return Optional.of(session);
        } catch (SQLException e) {
            throw new IllegalStateException("the session could not be read", e);
        }
    }

    /** Ends a session (sign-out); nothing happens for an unknown id. */
    void close(String sessionId) {
        if (sessionId == null) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM WEB_SESSION WHERE ID_HASH = ?")) {
            c.setAutoCommit(true);
            delete.setString(1, hash(sessionId));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the session could not be ended", e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    int size() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM WEB_SESSION");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void dropIdle(Connection c, Instant now) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM WEB_SESSION WHERE LAST_USED_AT < ?")) {
            delete.setTimestamp(1, timestamp(now.minus(idleTimeout)));
            delete.executeUpdate();
        }
    }

    private boolean idle(Instant lastUsed, Instant now) {
        return lastUsed.plus(idleTimeout).isBefore(now);
    }

    private static Set<String> roles(String joined) {
        return joined.isEmpty() ? Set.of() : Arrays.stream(joined.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    private static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
