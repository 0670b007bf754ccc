package org.castpb.records.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The society list's counts, kept while nothing they count has changed. Counting every match reads the whole key index
 * (0.2-0.7 s at 100,000 societies), so a list that asks for its total again and again (the first page, a page by offset)
 * keeps the count it made with the change count it read first: {@code COV_CHANGE.GENERATION}, which the coverage
 * context's triggers raise in the same transaction as every insert and delete of a society and every change of the
 * columns the list filters and scopes by (level, region, discipline, group-member status, registration status). A
 * count made while a change commits is kept under the change count read before it, so the next request counts again.
 * Without that table (a database the coverage context has not migrated) every request counts.
 */
final class SocietyCounts {

    /** Keeps nothing: every request counts. */
    static final SocietyCounts NONE = new SocietyCounts(0);

    /** SQLSTATE of a missing table: Derby, PostgreSQL. */
    private static final List<String> NO_TABLE = List.of("42X05", "42P01");

    /** A count made on the connection. */
    interface Count {
        long run() throws SQLException;
    }

    private record Kept(long generation, long total) {
    }

    private final int capacity;
    private final Map<List<Object>, Kept> kept;

    /** Keeps the counts of at most {@code capacity} different queries (scope and filters), the least recently used dropped. */
    SocietyCounts(int capacity) {
        this.capacity = capacity;
        this.kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Kept> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The count of {@code sql} with {@code params}: kept, or made by {@code count} and kept. */
    long count(Connection c, String sql, List<Object> params, Count count) throws SQLException {
        Long generation = capacity == 0 ? null : generation(c);
        if (generation == null) {
            return count.run();
        }
        List<Object> key = new ArrayList<>(params.size() + 1);
        key.add(sql);
        key.addAll(params);
        Kept k = kept.get(key);
        if (k != null && k.generation() == generation) {
            return k.total();
        }
        long total = count.run();
        kept.put(key, new Kept(generation, total));
        return total;
    }

    private static Long generation(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GENERATION FROM COV_CHANGE"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        } catch (SQLException e) {
            if (NO_TABLE.contains(e.getSQLState())) {
                return null;
            }
            throw e;
        }
    }
}
