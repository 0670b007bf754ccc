package org.castpb.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.castpb.api.web.WebSession;
import org.junit.Test;

/** The console's sessions in the database (real Derby, the shipped change log). */
public class SessionStoreTest {

    private Instant now = Instant.parse("2026-12-05T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SessionStore store = new SessionStore(WebDatabase.migrated(), clock, Duration.ofMinutes(30), 2);

    @Test
    public void anOpenedSessionResolvesToItsUserRolesAndAnUnguessableToken() {
        String id = store.open("zhang", Set.of("local-admin"));
        WebSession session = store.resolve(id).orElseThrow();
        assertEquals("zhang", session.user());
        assertEquals(Set.of("local-admin"), session.realmRoles());
        assertTrue(session.csrfToken().length() >= 43);
        assertNotEquals(id, session.csrfToken());
        assertNotEquals(id, store.open("zhang", Set.of("local-admin")));
    }

    @Test
    public void aSessionIdleLongerThanTheTimeoutIsGoneButUseKeepsItAlive() {
        String id = store.open("zhang", Set.of());
        now = now.plus(Duration.ofMinutes(29));
        assertTrue(store.resolve(id).isPresent());
        now = now.plus(Duration.ofMinutes(29));
        assertTrue("used 29 minutes ago", store.resolve(id).isPresent());
        now = now.plus(Duration.ofMinutes(31));
        assertFalse(store.resolve(id).isPresent());
        assertEquals(0, store.size());
    }

    @Test
    public void signingOutEndsTheSessionAndUnknownIdsResolveToNothing() {
        String id = store.open("zhang", Set.of());
        store.close(id);
        assertFalse(store.resolve(id).isPresent());
        assertFalse(store.resolve("no-such-session").isPresent());
        assertFalse(store.resolve(null).isPresent());
    }

    @Test
    public void aUserKeepsAtMostTheConfiguredSessionsTheLeastRecentlyUsedEndingFirst() {
        String first = store.open("zhang", Set.of());
        now = now.plusSeconds(1);
        String second = store.open("zhang", Set.of());
        now = now.plusSeconds(1);
        store.resolve(first);
        now = now.plusSeconds(1);
        String other = store.open("li", Set.of());
        String third = store.open("zhang", Set.of());
        assertTrue(store.resolve(first).isPresent());
        assertFalse(store.resolve(second).isPresent());
        assertTrue(store.resolve(third).isPresent());
        assertTrue(store.resolve(other).isPresent());
    }

    @Test
    public void aSessionOpenedThroughOneNodeIsResolvedAndEndedThroughAnother() {
        SessionStore otherNode = new SessionStore(store.dataSource(), clock, Duration.ofMinutes(30), 2);
        String id = store.open("zhang", Set.of("local-admin", "viewer"));
        WebSession there = otherNode.resolve(id).orElseThrow();
        assertEquals("zhang", there.user());
        assertEquals(Set.of("local-admin", "viewer"), there.realmRoles());
        assertEquals(store.resolve(id).orElseThrow().csrfToken(), there.csrfToken());
        // use through one node keeps it alive at the other
        now = now.plus(Duration.ofMinutes(20));
        assertTrue(otherNode.resolve(id).isPresent());
        now = now.plus(Duration.ofMinutes(20));
        assertTrue(store.resolve(id).isPresent());
        otherNode.close(id);
        assertFalse(store.resolve(id).isPresent());
    }

    @Test
    public void theStoredSessionIsNotTheCookieSoReadingTheTableGivesNoSession() throws Exception {
        String id = store.open("zhang", Set.of());
        try (java.sql.Connection c = store.dataSource().getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT ID_HASH FROM WEB_SESSION")) {
            assertTrue(rs.next());
            String stored = rs.getString(1);
            assertNotEquals(id, stored);
            assertFalse(store.resolve(stored).isPresent());
        }
    }

    @Test
    public void theCsrfTokenMustMatchExactly() {
        WebSession session = store.resolve(store.open("zhang", Set.of())).orElseThrow();
        assertTrue(session.acceptsCsrfToken(session.csrfToken()));
        assertFalse(session.acceptsCsrfToken(null));
        assertFalse(session.acceptsCsrfToken(""));
        assertFalse(session.acceptsCsrfToken(session.csrfToken() + "x"));
    }
}
