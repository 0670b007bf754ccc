package org.castpb.api.sql;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One write, one transaction: everything is committed together or nothing is. */
public final class Transactions {

    /** The work of a transaction on its connection. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Runs {@code work} with autocommit off and commits; any failure (a refusal thrown by the work included)
     * rolls back and is passed on, an SQLException as IllegalStateException naming {@code what}.
     */
    public static <T> T write(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs a read on a connection of its own, an SQLException as IllegalStateException naming {@code what}. */
    public static <T> T read(DataSource dataSource, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        }
    }
}
