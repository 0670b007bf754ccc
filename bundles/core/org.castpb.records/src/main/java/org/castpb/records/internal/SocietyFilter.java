package org.castpb.records.internal;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.Query;
import org.castpb.api.SocietyQuery;

/**
 * The JPQL conditions for a {@link SocietyQuery}'s filters, on an entity alias {@code s}, with named
 * parameters {@code :p1, :p2, ...}. Extra conditions may add parameters of their own with {@link #with}.
 */
final class SocietyFilter {

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> params = new ArrayList<>();
    private final java.util.Map<String, Object> extra = new java.util.HashMap<>();

    SocietyFilter(SocietyQuery query) {
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

    private void add(String condition, Object value) {
        params.add(value);
        where.append(condition).append(params.size());
    }

    /** Binds a named parameter used by extra conditions. */
    SocietyFilter with(String name, Object value) {
        extra.put(name, value);
        return this;
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
