package org.castpb.members.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;

/**
 * The actor's {@link Scope} applied to members, in SQL: a member (a transfer, a disclosure) is in scope when its
 * organisation covers now a society in the scope, read from the party-organisation context's coverage rows and the
 * records' SOCIETY table (read-only; both live in this database). Outside the scope a member does not exist for a
 * reader, and a write is refused with {@link ForbiddenException#OUT_OF_SCOPE}.
 */
final class MemberScope {

    /** Roles that keep members: the records writers, and a society's secretary for their own societies. */
    static final Set<String> KEEPERS;

    static {
        Set<String> keepers = new TreeSet<>(Actor.RECORD_WRITERS);
        keepers.add("society-secretary");
        KEEPERS = Set.copyOf(keepers);
    }

    private final EntityManager em;

    MemberScope(EntityManager em) {
        this.em = em;
    }

    /**
     * The scope as a condition on an organisation id column, e.g. {@code condition(scope, "M.ORGANISATION_ID")}. A scope of
     * societies alone (a secretary's) is asked of the coverage rows only: their society ids are the societies' ids.
     */
    static String condition(Scope scope, String organisationColumn) {
        if (scope.all()) {
            return "1 = 1";
        }
        if (scope.regionPrefix() == null) {
            return "EXISTS (SELECT 1 FROM PORG_ORGANISATION_SOCIETY OS WHERE OS.ORGANISATION_ID = " + organisationColumn
                    + " AND OS.TO_DATE IS NULL AND " + scope.sql("OS.SOCIETY_ID", null, null) + ")";
        }
        return "EXISTS (SELECT 1 FROM PORG_ORGANISATION_SOCIETY OS JOIN SOCIETY S ON S.ID = OS.SOCIETY_ID WHERE OS.ORGANISATION_ID = "
                + organisationColumn + " AND OS.TO_DATE IS NULL AND " + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL") + ")";
    }

    /**
     * The scope, and the organisation when one is asked for, as one condition on an organisation id column, its
     * parameters added in order. For one organisation the scope is asked of that organisation, a condition without
     * reference to the row that the database evaluates once, not for every row read.
     */
    static String condition(Scope scope, String organisationColumn, Long organisationId, List<Object> parameters) {
        if (organisationId == null) {
            return condition(scope, organisationColumn);
        }
        parameters.add(organisationId);
        if (scope.all()) {
            return organisationColumn + " = ?";
        }
        parameters.add(organisationId);
        return organisationColumn + " = ? AND " + condition(scope, "?");
    }

    /** Whether the organisation covers a society in the scope now. */
    boolean organisation(Scope scope, long organisationId) {
        return scope.all() ? organisationStatus(organisationId) != null
                : count("SELECT COUNT(*) FROM PORG_ORGANISATION O WHERE O.ID = ? AND " + condition(scope, "O.ID"), organisationId) > 0;
    }

    /** The organisation's status (ACTIVE, DISSOLVED), or null when there is no such organisation. */
    String organisationStatus(long organisationId) {
        List<?> rows = rows("SELECT ORG_STATUS FROM PORG_ORGANISATION WHERE ID = ?", organisationId);
        return rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }

    /** {@link #organisationStatus} of many organisations in one query: the status of each that exists, by id. */
    Map<Long, String> organisationStatuses(Collection<Long> organisationIds) {
        Map<Long, String> statuses = new HashMap<>();
        if (!organisationIds.isEmpty()) {
            for (Object row : rows("SELECT ID, ORG_STATUS FROM PORG_ORGANISATION WHERE ID IN (" + marks(organisationIds.size()) + ")",
                    organisationIds.toArray())) {
                Object[] r = (Object[]) row;
                statuses.put(((Number) r[0]).longValue(), String.valueOf(r[1]));
            }
        }
        return statuses;
    }

    /** {@link #organisation} of many organisations in one query: those that exist and cover now a society in the scope. */
    Set<Long> organisationsInScope(Scope scope, Collection<Long> organisationIds) {
        if (scope.all()) {
            return organisationStatuses(organisationIds).keySet();
        }
        Set<Long> found = new HashSet<>();
        if (!organisationIds.isEmpty()) {
            for (Object id : rows("SELECT O.ID FROM PORG_ORGANISATION O WHERE O.ID IN (" + marks(organisationIds.size()) + ") AND "
                    + condition(scope, "O.ID"), organisationIds.toArray())) {
                found.add(((Number) id).longValue());
            }
        }
        return found;
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** The organisation's name, for messages; null when there is none. */
    String organisationName(long organisationId) {
        List<?> rows = rows("SELECT NAME FROM PORG_ORGANISATION WHERE ID = ?", organisationId);
        return rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }

    /** Refuses reads to actors without any castpb role. */
    static void mayRead(Actor actor) {
        if (actor == null || !actor.hasCastpbRole()) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name())
                    + " holds no castpb role and may not read the member registry");
        }
    }

    /** Refuses actors who keep no members (viewers, realm users without a castpb role). */
    static void mayKeep(Actor actor, String what) {
        if (actor == null || !actor.hasAnyRole(KEEPERS)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name()) + " may not " + what
                    + " (needs one of the roles " + KEEPERS + ")");
        }
    }

    /** Refuses a write to an organisation outside the actor's scope (or one that does not exist: not found). */
    void requireWritable(Actor actor, long organisationId, String what) {
        if (organisationStatus(organisationId) == null) {
            throw new NotFoundException("party organisation", organisationId);
        }
        if (!organisation(Scope.of(actor), organisationId)) {
            throw ForbiddenException.outOfScope(actor, what);
        }
    }

    long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0)).longValue();
    }

    List<?> rows(String sql, Object... parameters) {
        return query(sql, parameters).getResultList();
    }

    /** The entities a native query over this unit's table returns, its positional parameters bound in order. */
    @SuppressWarnings("unchecked")
    <E> List<E> entities(Class<E> type, String sql, List<?> parameters) {
        Query query = em.createNativeQuery(sql, type);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    /**
     * {@link #entities} for a read that changes nothing: the entities are not registered in the unit of work, so the
     * commit of the read's transaction has no copies to compare (EclipseLink's read-only hint; others ignore it).
     */
    @SuppressWarnings("unchecked")
    <E> List<E> readOnly(Class<E> type, String sql, List<?> parameters) {
        Query query = em.createNativeQuery(sql, type).setHint(READ_ONLY, "true");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    private static final String READ_ONLY = "eclipselink.read-only";

    /**
     * The total of a list when its page tells it, so no count is needed: a page shorter than the limit holding rows
     * ends the list, as does an empty first page. Null when only a count can tell (a full page, or an empty one past
     * the first).
     */
    static Long totalFromPage(int offset, int limit, int rows) {
        return rows < limit && (rows > 0 || offset == 0) ? Long.valueOf((long) offset + rows) : null;
    }

    int update(String sql, Object... parameters) {
        return query(sql, parameters).executeUpdate();
    }

    private Query query(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
