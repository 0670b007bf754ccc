package org.castpb.records.internal;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.Query;
import org.castpb.api.SocietyQuery;

/** The JPQL conditions for a {@link SocietyQuery}'s filters, on an entity alias {@code s}. */
final class SocietyFilter {

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> params = new ArrayList<>();

    SocietyFilter(SocietyQuery query) {
        if (query.level() != null) {
            add(" AND s.level = ?", query.level());
        }
        if (query.regionPrefix() != null) {
            add(" AND s.regionCode LIKE ?", query.regionPrefix() + "%");
        }
        if (query.discipline() != null) {
            add(" AND s.discipline = ?", query.discipline());
        }
        if (query.groupMemberStatus() != null) {
            add(" AND s.groupMemberStatus = ?", query.groupMemberStatus());
        }
        if (query.registrationStatus() != null) {
            add(" AND s.registrationStatus = ?", query.registrationStatus());
        }
    }

    private void add(String condition, Object value) {
        params.add(value);
        where.append(condition).append(params.size());
    }

    /** The WHERE clause, optionally followed by more conditions (which must not use positional parameters). */
    String where(String more) {
        return where + (more == null ? "" : " AND " + more);
    }

    <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
