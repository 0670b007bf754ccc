package org.castpb.records.internal;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.Query;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;

/**
 * The JPQL conditions for a {@link SocietyQuery}'s filters and the caller's {@link Scope}, on an entity alias
 * {@code s}, with named parameters {@code :p1, :p2, ...}. Extra conditions may add parameters of their own with
 * {@link #with}. The scope is a condition of the query, so the database filters, counts and pages it.
 */
final class SocietyFilter {

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> params = new ArrayList<>();
    private final java.util.Map<String, Object> extra = new java.util.HashMap<>();

    SocietyFilter(Scope scope, SocietyQuery query) {
        restrictTo(scope);
        if (query.level() != null) {
            add(" AND s.level = :p", query.level());
        }
        if (query.regionPrefix() != null) {
            add(" AND s.regionCode LIKE :p", query.regionPrefix() + "%");
        }
        if (query.discipline() != null) {
            add(" AND s.discipline = :p", query.discipline());
        }
        if (query.groupMemberStatus() != null) {
            add(" AND s.groupMemberStatus = :p", query.groupMemberStatus());
        }
        if (query.registrationStatus() != null) {
            add(" AND s.registrationStatus = :p", query.registrationStatus());
        }
    }

    /** The JPQL twin of {@link Scope#sql}: a region's local societies or the named ones. */
    private void restrictTo(Scope scope) {
        if (scope.all()) {
            return;
        }
        if (scope.isNone()) {
            where.append(" AND 1 = 0");
            return;
        }
        List<String> either = new ArrayList<>(2);
        if (scope.regionPrefix() != null) {
            either.add("(s.regionCode LIKE :scopeRegion AND s.level <> :scopeNational)");
            extra.put("scopeRegion", scope.regionPrefix() + "%");
            extra.put("scopeNational", SocietyLevel.NATIONAL);
        }
        if (!scope.societyIds().isEmpty()) {
            either.add("s.id IN :scopeIds");
            extra.put("scopeIds", List.copyOf(scope.societyIds()));
        }
        where.append(" AND (").append(String.join(" OR ", either)).append(')');
    }

    private void add(String condition, Object value) {
        params.add(value);
        where.append(condition).append(params.size());
    }

    /** Binds a named parameter used by extra conditions. */
    SocietyFilter with(String name, Object value) {
        extra.put(name, value);
        return this;
    }

    /**
     * The condition of a page after an id ({@link SocietyQuery#after}), its parameter bound by every later
     * {@link #bind}; null when the query pages by offset. The index on the key finds where the page starts, where an
     * offset reads and drops every row before it.
     */
    String keyset(SocietyQuery query) {
        if (query.after() == null) {
            return null;
        }
        extra.put("after", query.after());
        return "s.id > :after";
    }

    /** The WHERE clause, optionally followed by more conditions. */
    String where(String more) {
        return where + (more == null ? "" : " AND " + more);
    }

    <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter("p" + (i + 1), params.get(i));
        }
        extra.forEach(query::setParameter);
        return query;
    }
}
