package org.castpb.organisations.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;

/** What every writing service of this bundle checks and needs. */
final class Writes {

    /** Dates given by officials are Beijing dates. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Clock CLOCK = Clock.systemUTC();

    private Writes() {
    }

    /** Refuses actors without one of the roles. */
    static void mayWrite(Actor actor, Set<String> roles, String what) {
        if (actor == null || !actor.hasAnyRole(roles)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name()) + " may not " + what
                    + " (needs one of the roles " + roles.stream().sorted().toList() + ")");
        }
    }

    /** Now, to the microsecond: database TIMESTAMP columns keep no more. */
    static Instant now() {
        return CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today in Beijing. */
    static LocalDate today() {
        return LocalDate.now(CLOCK.withZone(ZONE));
    }

    /** The first instant after the (Beijing) day: "as of a date" means at the end of that day. */
    static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Whether a failure was the database refusing a duplicate key (SQLSTATE 23505 on Derby and PostgreSQL). */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns {@code result} once the entity manager's changes are written. A concurrent change then fails while the
     * transaction is still open and is rolled back quietly; left to the commit, Aries JPA's template rolls back a
     * finished transaction and logs a WARN with a stack trace for what is an ordinary version conflict.
     */
    static <R> R flushed(javax.persistence.EntityManager em, R result) {
        em.flush();
        return result;
    }
}
