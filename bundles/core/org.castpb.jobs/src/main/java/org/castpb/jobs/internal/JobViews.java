package org.castpb.jobs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.castpb.api.Page;
import org.castpb.api.jobs.JobRun;
import org.castpb.api.jobs.JobState;
import org.castpb.api.jobs.LeaseState;

/**
 * Reads JOB_LEASE and JOB_RUN for the administrators' view. Every job any node ever took has its lease row (a lease
 * is released, never deleted), so the jobs are the lease rows.
 */
final class JobViews {

    private static final String RUN_COLUMNS = "JOB, DUE, NODE, STARTED_AT, FINISHED_AT, TAKEN_OVER_FROM";

    private final DataSource dataSource;
    private final Clock clock;

    JobViews(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The jobs whose name and node contain the given texts (ignoring case, null for any), by name. */
    Page<JobState> jobs(String name, String node, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            where.append(" AND LOWER(L.JOB) LIKE ? ESCAPE '\\'");
            args.add(contains(name));
        }
        if (node != null && !node.isBlank()) {
            where.append(" AND LOWER(L.NODE) LIKE ? ESCAPE '\\'");
            args.add(contains(node));
        }
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            List<JobState> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT L.JOB, L.NODE, L.DUE, L.CLAIMED_AT, L.EXPIRES_AT, L.RELEASED,"
                    + " (SELECT COUNT(*) FROM JOB_RUN R WHERE R.JOB = L.JOB) FROM JOB_LEASE L" + where
                    + " ORDER BY L.JOB OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = bind(ps, args);
                ps.setInt(i, offset);
                ps.setInt(i + 1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant expires = JobTable.instant(rs.getTimestamp(5));
                        LeaseState state = rs.getInt(6) == 1 ? LeaseState.RELEASED
                                : expires.isAfter(now) ? LeaseState.HELD : LeaseState.EXPIRED;
                        String job = rs.getString(1);
                        long runs = rs.getLong(7);
                        items.add(new JobState(job, state, rs.getString(2), rs.getString(3), JobTable.instant(rs.getTimestamp(4)),
                                expires, runs, runs == 0 ? null : lastRun(c, job).orElse(null)));
                    }
                }
            }
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM JOB_LEASE L" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new Page<>(items, total, offset, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("the scheduled jobs could not be read", e);
        }
    }

    /** Whether any node ever took the job. */
    boolean known(String job) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM JOB_LEASE WHERE JOB = ?")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("castpb job " + job + " could not be read", e);
        }
    }

    /** The job's runs, the one that ended last first. */
    Page<JobRun> runs(String job, int offset, int limit) {
        try (Connection c = dataSource.getConnection()) {
            List<JobRun> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM JOB_RUN WHERE JOB = ?"
                    + " ORDER BY FINISHED_AT DESC, DUE DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                ps.setString(1, job);
                ps.setInt(2, offset);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(run(rs));
                    }
                }
            }
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM JOB_RUN WHERE JOB = ?")) {
                ps.setString(1, job);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new Page<>(items, total, offset, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("the runs of castpb job " + job + " could not be read", e);
        }
    }

    private static Optional<JobRun> lastRun(Connection c, String job) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM JOB_RUN WHERE JOB = ?"
                + " ORDER BY FINISHED_AT DESC, DUE DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(run(rs)) : Optional.empty();
            }
        }
    }

    private static JobRun run(ResultSet rs) throws SQLException {
        return new JobRun(rs.getString(1), rs.getString(2), rs.getString(3), JobTable.instant(rs.getTimestamp(4)),
                JobTable.instant(rs.getTimestamp(5)), rs.getString(6));
    }

    private static String contains(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static int bind(PreparedStatement ps, List<String> args) throws SQLException {
        int i = 1;
        for (String arg : args) {
            ps.setString(i++, arg);
        }
        return i;
    }
}
