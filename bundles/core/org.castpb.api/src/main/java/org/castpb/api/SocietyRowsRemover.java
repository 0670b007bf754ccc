package org.castpb.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented by each context that keeps rows about societies (party organisations, coverage,
 * evaluation), so that removing societies removes what hangs off them without one context
 * deleting another's tables. Every remover works on the caller's connection, inside its transaction.
 */
@ConsumerType
public interface SocietyRowsRemover {

    /** Ids bound per statement: far below the parameter limits of Derby and PostgreSQL. */
    int CHUNK = 500;

    /**
     * Deletes this context's rows about the given societies, children before parents. Must not commit.
     *
     * @param connection the caller's connection, auto-commit off
     * @param societyIds the societies being removed
     * @return rows deleted, by table name
     */
    Map<String, Integer> removeSocieties(Connection connection, List<Long> societyIds) throws SQLException;

    /** Runs an update whose {@code IN (:ids)} is bound to the ids, a chunk at a time; returns the rows changed. */
    static int update(Connection connection, String sql, List<Long> ids) throws SQLException {
        int changed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(sql.replace(":ids", marks(chunk.size())))) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                changed += statement.executeUpdate();
            }
        }
        return changed;
    }

    /** Runs a query of one id column whose {@code IN (:ids)} is bound to the ids, a chunk at a time; returns its distinct ids. */
    static List<Long> select(Connection connection, String sql, List<Long> ids) throws SQLException {
        java.util.Set<Long> found = new java.util.LinkedHashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(sql.replace(":ids", marks(chunk.size())))) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getLong(1));
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
