package org.castpb.api.sql;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.castpb.api.StaleVersionException;

/** Statements on one connection of a transaction: parameters bound in order, java.time mapped to SQL, null typed by the statement. */
public final class Sql {

    private static final String UNIQUE_VIOLATION = "23505";

    /** Maps the current row of a result. */
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The work of one transaction. */
    public interface Work<T> {
        T run(Sql sql) throws SQLException;
    }

    private final Connection connection;

    private Sql(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code work} in one transaction; a refusal rolls everything back, a lost race (unique key) is a version conflict. */
    public static <T> T transaction(DataSource dataSource, String what, Work<T> work) {
        try {
            return Transactions.write(dataSource, what, c -> work.run(new Sql(c)));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                throw StaleVersionException.concurrentChange();
            }
            throw e;
        }
    }

    /**
     * Statements on a connection whose transaction someone else runs (commits or rolls back): for work that must take
     * part in another context's transaction.
     */
    public static Sql on(Connection connection) {
        return new Sql(connection);
    }

    /** The rows a query returns, mapped. */
    public <T> List<T> list(String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, parameters);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        }
    }

    /** The first row a query returns, mapped; null when none. */
    public <T> T one(String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> rows = list(sql, row, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Runs an insert, update or delete; returns the rows changed. */
    public int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        }
    }

    /** Inserts a row whose first column is an identity ID and returns the ID given. */
    public long insert(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, parameters);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p == null) {
                // Derby refuses an untyped null: the statement says what the column takes
                ps.setNull(i + 1, ps.getParameterMetaData().getParameterType(i + 1));
            } else if (p instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else if (p instanceof Instant t) {
                ps.setTimestamp(i + 1, Timestamp.from(t));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /** A DATE column as a LocalDate, null as null. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
