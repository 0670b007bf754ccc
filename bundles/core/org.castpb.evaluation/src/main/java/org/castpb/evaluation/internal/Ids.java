package org.castpb.evaluation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Ids from the records' ID_SEQUENCE table, reserved inside the caller's transaction. */
final class Ids {

    private Ids() {
    }

    /** Adds {@code count} to the named sequence and returns its new value, the last id reserved. */
    static long reserve(Connection c, String sequence, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ID_SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = ?")) {
            ps.setLong(1, count);
            ps.setString(2, sequence);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("ID_SEQUENCE has no row " + sequence + ": the evaluation change log has not run");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT SEQ_COUNT FROM ID_SEQUENCE WHERE SEQ_NAME = ?")) {
            ps.setString(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
