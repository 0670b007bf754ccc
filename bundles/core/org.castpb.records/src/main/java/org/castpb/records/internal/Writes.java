package org.castpb.records.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;

/** What every writing service of this bundle checks and needs. */
final class Writes {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Clock CLOCK = Clock.systemUTC();

    private Writes() {
    }

    /** Refuses actors without a role that may change records. */
    static void mayWrite(Actor actor) {
        if (actor == null || !actor.hasAnyRole(Actor.RECORD_WRITERS)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name())
                    + " may not change society records (needs one of the roles " + Actor.RECORD_WRITERS + ")");
        }
    }

    /** Now, to the microsecond: database TIMESTAMP columns keep no more. */
    static Instant now() {
        return CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
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
