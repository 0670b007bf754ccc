package org.castpb.workers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;

/**
 * The actor's {@link Scope} applied to workers, in SQL: a worker (its training, job changes, grades, commendations) is in
 * scope when its society is, read from the records' SOCIETY table (read-only; it lives in this database). Outside the
 * scope a worker does not exist for a reader, and a write is refused with {@link ForbiddenException#OUT_OF_SCOPE}.
 */
final class WorkerScope {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Roles that keep the roster, training and job-change reports: the records writers, and a society's secretary. */
    static final Set<String> KEEPERS;

    static {
        Set<String> keepers = new TreeSet<>(Actor.RECORD_WRITERS);
        keepers.add("society-secretary");
        KEEPERS = Set.copyOf(keepers);
    }

    private final EntityManager em;

    WorkerScope(EntityManager em) {
        this.em = em;
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The scope as a condition on a society id column, e.g. {@code condition(scope, "W.SOCIETY_ID")}. */
    static String condition(Scope scope, String societyColumn) {
        if (scope.all()) {
            return "1 = 1";
        }
        return "EXISTS (SELECT 1 FROM SOCIETY S WHERE S.ID = " + societyColumn + " AND "
                + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL") + ")";
    }

    /** Refuses reads to actors without any castpb role. */
    static void mayRead(Actor actor) {
        if (actor == null || !actor.hasCastpbRole()) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name())
                    + " holds no castpb role and may not read party affairs workers");
        }
    }

    /** Refuses actors outside {@code roles}. */
    static void mayWrite(Actor actor, Set<String> roles, String what) {
        if (actor == null || !actor.hasAnyRole(roles)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name()) + " may not " + what
                    + " (needs one of the roles " + new TreeSet<>(roles) + ")");
        }
    }

    /** Whether the society exists. */
    boolean exists(long societyId) {
        return count("SELECT COUNT(*) FROM SOCIETY WHERE ID = ?", societyId) > 0;
    }

    /** Whether the society is in the actor's scope. */
    boolean visible(Actor actor, long societyId) {
        return count("SELECT COUNT(*) FROM SOCIETY W WHERE W.ID = ? AND " + condition(Scope.of(actor), "W.ID"), societyId) > 0;
    }

    /** A society to read: not found when missing or outside the scope. */
    void requireVisible(Actor actor, long societyId) {
        mayRead(actor);
        if (!visible(actor, societyId)) {
            throw new NotFoundException("society", societyId);
        }
    }

    /** A society to write to: not found when missing, forbidden outside the scope. */
    void requireWritable(Actor actor, long societyId, String what) {
        if (!exists(societyId)) {
            throw new NotFoundException("society", societyId);
        }
        if (!visible(actor, societyId)) {
            throw ForbiddenException.outOfScope(actor, what);
        }
    }

    /** The society's name, for lists; null when there is none. */
    String societyName(long societyId) {
        List<?> rows = rows("SELECT NAME FROM SOCIETY WHERE ID = ?", societyId);
        return rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }

    /** Whether the party organisation covers the society now. */
    boolean organisationCovers(long organisationId, long societyId) {
        return count("SELECT COUNT(*) FROM PORG_ORGANISATION_SOCIETY WHERE ORGANISATION_ID = ? AND SOCIETY_ID = ? AND TO_DATE IS NULL",
                organisationId, societyId) > 0;
    }

    /** The worker when it exists and its society is in the actor's scope; otherwise not found. */
    WorkerEntity worker(Actor actor, long id) {
        mayRead(actor);
        WorkerEntity w = em.find(WorkerEntity.class, id);
        if (w == null || !visible(actor, w.societyId)) {
            throw new NotFoundException("party affairs worker", id);
        }
        return w;
    }

    /** The worker to change: visible, and its society writable by the actor. */
    WorkerEntity writableWorker(Actor actor, long id, String what) {
        WorkerEntity w = worker(actor, id);
        requireWritable(actor, w.societyId, what);
        return w;
    }

    long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0)).longValue();
    }

    List<?> rows(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    /** The entities a native query returns, its positional parameters bound in order. */
    @SuppressWarnings("unchecked")
    <E> List<E> entities(Class<E> type, String sql, List<?> parameters) {
        Query query = em.createNativeQuery(sql, type);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    /** Writes an audit entry. */
    void audit(Actor actor, long societyId, Long workerId, String change, String before, String after) {
        em.persist(new WorkerAuditEntity(now(), actor.name(), societyId, workerId, change, before, after));
    }
}
