package org.castpb.reports.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A unit of work on one connection: writes commit together or roll back together. */
final class Jdbc {

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    /** Runs {@code work} in one transaction; a refusal it throws rolls everything back, so nothing is stored. */
    static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }
}
