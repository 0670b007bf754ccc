package org.castpb.organisations.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;

/**
 * The actor's {@link Scope} applied to this bundle's records, in SQL over the records bundle's SOCIETY table
 * (read-only, like {@link Organisations#societyExists}): an organisation is in scope when a society it covers now
 * is, a request when a society it names is, a liaison assignment when its society is. A record outside the scope
 * reads as not found; a write reaching outside it is refused with {@link ForbiddenException#OUT_OF_SCOPE}.
 */
final class InScope {

    /** Runs a native query: the statement with positional parameters, one value per row or an Object[] per row. */
    interface Sql {
        List<?> rows(String sql, Object... parameters);

        /** The native queries of {@code em}, inside its transaction. */
        static Sql of(EntityManager em) {
            return (sql, parameters) -> {
                Query query = em.createNativeQuery(sql);
                for (int i = 0; i < parameters.length; i++) {
                    query.setParameter(i + 1, parameters[i]);
                }
                return query.getResultList();
            };
        }
    }

    private final Sql sql;

    InScope(Sql sql) {
        this.sql = sql;
    }

    static InScope of(EntityManager em) {
        return new InScope(Sql.of(em));
    }

    /** The scope's condition on society alias S. */
    static String condition(Scope scope) {
        return scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL");
    }

    /** How many of the (distinct) societies are in the scope. */
    long societies(Scope scope, Collection<Long> ids) {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        if (distinct.isEmpty()) {
            return 0;
        }
        return count("SELECT COUNT(*) FROM SOCIETY S WHERE S.ID IN (" + marks(distinct.size()) + ") AND " + condition(scope),
                distinct.toArray());
    }

    /** Whether every one of the societies is in the scope. */
    boolean all(Scope scope, Collection<Long> ids) {
        return scope.all() || societies(scope, ids) == new LinkedHashSet<>(ids).size();
    }

    /** Whether any of the societies is national (level NATIONAL). */
    boolean anyNational(Collection<Long> ids) {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        return !distinct.isEmpty() && count("SELECT COUNT(*) FROM SOCIETY S WHERE S.ID IN (" + marks(distinct.size())
                + ") AND S.SOCIETY_LEVEL = 'NATIONAL'", distinct.toArray()) > 0;
    }

    /** Whether a society it covers now lies in the scope. */
    boolean organisation(Scope scope, long organisationId) {
        return scope.all() || count("SELECT COUNT(*) FROM PORG_ORGANISATION_SOCIETY OS JOIN SOCIETY S ON S.ID = OS.SOCIETY_ID"
                + " WHERE OS.ORGANISATION_ID = ? AND OS.TO_DATE IS NULL AND " + condition(scope), organisationId) > 0;
    }

    /** Whether a society the request names lies in the scope. */
    boolean request(Scope scope, long requestId) {
        return scope.all() || count("SELECT COUNT(*) FROM PORG_REQUEST_SOCIETY RS JOIN SOCIETY S ON S.ID = RS.SOCIETY_ID"
                + " WHERE RS.REQUEST_ID = ? AND " + condition(scope), requestId) > 0;
    }

    /** Ids of the organisations directly under {@code parentId} that are in the scope, ascending. */
    List<Long> children(Scope scope, long parentId) {
        return ids("SELECT O.ID FROM PORG_ORGANISATION O WHERE O.PARENT_ID = ?" + (scope.all() ? "" : " AND EXISTS (SELECT 1"
                + " FROM PORG_ORGANISATION_SOCIETY OS JOIN SOCIETY S ON S.ID = OS.SOCIETY_ID WHERE OS.ORGANISATION_ID = O.ID"
                + " AND OS.TO_DATE IS NULL AND " + condition(scope) + ")") + " ORDER BY O.ID", parentId);
    }

    /** Ids of the SUBMITTED requests naming a society in the scope, the longest waiting first. */
    List<Long> submittedRequests(Scope scope) {
        return ids("SELECT R.ID FROM PORG_REQUEST R WHERE R.REQUEST_STATE = 'SUBMITTED'" + (scope.all() ? "" : " AND EXISTS (SELECT 1"
                + " FROM PORG_REQUEST_SOCIETY RS JOIN SOCIETY S ON S.ID = RS.SOCIETY_ID WHERE RS.REQUEST_ID = R.ID AND "
                + condition(scope) + ")") + " ORDER BY R.SUBMITTED_AT, R.ID");
    }

    /** Ids of the societies in the scope an organisation not dissolved by then covered on {@code date}, ascending. */
    List<Long> coveredSocieties(Scope scope, LocalDate date) {
        Date day = Date.valueOf(date);
        return ids("SELECT DISTINCT OS.SOCIETY_ID FROM PORG_ORGANISATION_SOCIETY OS JOIN PORG_ORGANISATION O ON O.ID = OS.ORGANISATION_ID"
                + " JOIN SOCIETY S ON S.ID = OS.SOCIETY_ID WHERE OS.FROM_DATE <= ? AND (OS.TO_DATE IS NULL OR OS.TO_DATE >= ?)"
                + " AND (O.DISSOLVED_ON IS NULL OR O.DISSOLVED_ON > ?) AND " + condition(scope) + " ORDER BY OS.SOCIETY_ID", day, day, day);
    }

    /** Refuses a write touching any society outside the actor's scope. */
    void requireAll(Actor actor, Collection<Long> societyIds, String what) {
        if (!all(Scope.of(actor), societyIds)) {
            throw ForbiddenException.outOfScope(actor, what);
        }
    }

    /** Answers a record outside the scope as if it did not exist. */
    static void requireVisible(boolean visible, String what, long id) {
        if (!visible) {
            throw new NotFoundException(what, id);
        }
    }

    private long count(String statement, Object... parameters) {
        return ((Number) sql.rows(statement, parameters).get(0)).longValue();
    }

    private List<Long> ids(String statement, Object... parameters) {
        return sql.rows(statement, parameters).stream().map(row -> ((Number) row).longValue()).toList();
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
