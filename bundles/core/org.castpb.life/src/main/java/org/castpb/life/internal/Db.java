package org.castpb.life.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.castpb.api.sql.Transactions;

/** JDBC on the castpb DataSource: each call one transaction, rolled back on any failure. */
final class Db {

    /** Dates given by officials are Beijing dates. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.systemUTC();

    interface Work<R> {
        R run(Connection c) throws SQLException;
    }

    interface Row<R> {
        R map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static Instant now() {
        return CLOCK.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static LocalDate today() {
        return LocalDate.now(CLOCK.withZone(ZONE));
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    <R> R tx(Work<R> work) {
        return Transactions.write(dataSource, "database", work::run);
    }

    static <R> List<R> list(Connection c, String sql, Row<R> row, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                List<R> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    static long count(Connection c, String sql, Object... parameters) throws SQLException {
        return list(c, sql, rs -> rs.getLong(1), parameters).get(0);
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        }
    }

    /** Inserts a row and returns the key the database generated for it. */
    static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, parameters);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof LocalDate d) {
                s.setDate(i + 1, Date.valueOf(d));
            } else if (p instanceof Instant t) {
                s.setTimestamp(i + 1, Timestamp.from(t));
            } else if (p instanceof Enum<?> e) {
                s.setString(i + 1, e.name());
            } else if (p instanceof Boolean b) {
                s.setShort(i + 1, (short) (b ? 1 : 0));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
