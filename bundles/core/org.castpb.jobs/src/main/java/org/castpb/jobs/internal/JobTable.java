package org.castpb.jobs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.castpb.api.jobs.JobRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claiming rules over JOB_LEASE and JOB_RUN, for one node. A lease is claimed by inserting its row, or by
 * replacing a row that was released or has expired, in one UPDATE whose WHERE names the claim it replaces (its
 * token): of two nodes racing for it, the database lets one statement change the row and the other changes nothing.
 * Times are stored as UTC wall-clock times, so nodes in different time zones compare them alike; the nodes' clocks
 * must agree to well within a lease (NTP).
 */
final class JobTable implements JobRuns {

    /** SQL state of a unique-key violation, the same on Derby and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";
    private static final Logger LOG = LoggerFactory.getLogger(JobTable.class);

    private final DataSource dataSource;
    private final String node;
    private final Duration lease;
    private final Duration renewEvery;
    private final Clock clock;
    private final ScheduledExecutorService renewals;

    JobTable(DataSource dataSource, String node, Duration lease, Duration renewEvery, Clock clock, ScheduledExecutorService renewals) {
        if (renewEvery.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("a lease must be renewed more often than it lasts: renewed every "
                    + renewEvery.toSeconds() + " s, lasting " + lease.toSeconds() + " s");
        }
        this.dataSource = dataSource;
        this.node = node;
        this.lease = lease;
        this.renewEvery = renewEvery;
        this.clock = clock;
        this.renewals = renewals;
    }

    /** One node's hold on a job; {@code takenOverFrom} names the node whose lease expired without being released. */
    record Claim(String job, String due, String token, Instant claimedAt, String takenOverFrom) {
    }

    @Override
    public Outcome runOnce(String job, String due, Runnable work) {
        check(job, "job", 100);
        check(due, "due", 40);
        if (done(job, due)) {
            return Outcome.ALREADY_DONE;
        }
        Optional<Claim> claimed = claim(job, due);
        if (claimed.isEmpty()) {
            return done(job, due) ? Outcome.ALREADY_DONE : Outcome.BUSY;
        }
        Claim claim = claimed.get();
        try {
            // another node may have finished between the first look and the claim
            if (done(job, due)) {
                release(claim);
                return Outcome.ALREADY_DONE;
            }
            if (claim.takenOverFrom() != null) {
                LOG.warn("castpb job {} for {}: node {} stopped holding it without finishing; {} runs it", job, due,
                        claim.takenOverFrom(), node);
            }
            runRenewing(claim, work);
        } catch (RuntimeException | Error e) {
            release(claim);
            throw e;
        }
        finish(claim);
        return Outcome.RAN;
    }

    @Override
    public Outcome runExclusively(String job, Runnable work) {
        check(job, "job", 100);
        Optional<Claim> claimed = claim(job, null);
        if (claimed.isEmpty()) {
            return Outcome.BUSY;
        }
        try {
            runRenewing(claimed.get(), work);
        } finally {
            release(claimed.get());
        }
        return Outcome.RAN;
    }

    /** Claims the job's lease for this node, or nothing when another node holds it. */
    Optional<Claim> claim(String job, String due) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            String heldBy = null;
            String heldToken = null;
            boolean released = false;
            Instant expires = null;
            try (PreparedStatement select = c.prepareStatement("SELECT NODE, TOKEN, RELEASED, EXPIRES_AT FROM JOB_LEASE WHERE JOB = ?")) {
                select.setString(1, job);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        heldBy = rs.getString(1);
                        heldToken = rs.getString(2);
                        released = rs.getInt(3) == 1;
                        expires = instant(rs.getTimestamp(4));
                    }
                }
            }
            if (heldToken == null) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO JOB_LEASE (JOB, NODE, TOKEN, DUE, CLAIMED_AT,"
                        + " EXPIRES_AT, RELEASED) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
                    insert.setString(1, job);
                    insert.setString(2, node);
                    insert.setString(3, token);
                    insert.setString(4, due);
                    insert.setTimestamp(5, timestamp(now));
                    insert.setTimestamp(6, timestamp(now.plus(lease)));
                    insert.executeUpdate();
                    return Optional.of(new Claim(job, due, token, now, null));
                } catch (SQLException e) {
                    if (DUPLICATE_KEY.equals(e.getSQLState())) {
                        return Optional.empty(); // another node inserted it first
                    }
                    throw e;
                }
            }
            if (!released && expires.isAfter(now)) {
                return Optional.empty();
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE JOB_LEASE SET NODE = ?, TOKEN = ?, DUE = ?, CLAIMED_AT = ?,"
                    + " EXPIRES_AT = ?, RELEASED = 0 WHERE JOB = ? AND TOKEN = ? AND (RELEASED = 1 OR EXPIRES_AT <= ?)")) {
                update.setString(1, node);
                update.setString(2, token);
                update.setString(3, due);
                update.setTimestamp(4, timestamp(now));
                update.setTimestamp(5, timestamp(now.plus(lease)));
                update.setString(6, job);
                update.setString(7, heldToken);
                update.setTimestamp(8, timestamp(now));
                if (update.executeUpdate() == 0) {
                    return Optional.empty(); // another node replaced the same claim first
                }
            }
            return Optional.of(new Claim(job, due, token, now, released ? null : heldBy));
        } catch (SQLException e) {
            throw new IllegalStateException("castpb job " + job + ": its lease could not be claimed", e);
        }
    }

    /** Extends this node's claim by a lease from now; false when the claim is no longer this node's. */
    boolean renew(Claim claim) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE JOB_LEASE SET EXPIRES_AT = ? WHERE JOB = ? AND TOKEN = ? AND RELEASED = 0")) {
            c.setAutoCommit(true);
            update.setTimestamp(1, timestamp(clock.instant().plus(lease)));
            update.setString(2, claim.job());
            update.setString(3, claim.token());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("castpb job " + claim.job() + ": its lease could not be renewed", e);
        }
    }

    /** Whether the job has run for that due time, on any node. */
    boolean done(String job, String due) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT 1 FROM JOB_RUN WHERE JOB = ? AND DUE = ?")) {
            select.setString(1, job);
            select.setString(2, due);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("castpb job " + job + ": its runs could not be read", e);
        }
    }

    /** Records the run and releases the lease, in one transaction. */
    void finish(Claim claim) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO JOB_RUN (JOB, DUE, NODE, STARTED_AT, FINISHED_AT,"
                        + " TAKEN_OVER_FROM) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, claim.job());
                    insert.setString(2, claim.due());
                    insert.setString(3, node);
                    insert.setTimestamp(4, timestamp(claim.claimedAt()));
                    insert.setTimestamp(5, timestamp(clock.instant()));
                    insert.setString(6, claim.takenOverFrom());
                    insert.executeUpdate();
                }
                releaseIn(c, claim);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
                // this node lost its lease while the work ran (it could not renew it) and another finished the same run
                LOG.warn("castpb job {} for {}: another node recorded the same run while this node ran it; its lease was not"
                        + " renewed in time", claim.job(), claim.due());
                release(claim);
            }
        } catch (SQLException e) {
            release(claim);
            throw new IllegalStateException("castpb job " + claim.job() + ": its run for " + claim.due() + " could not be recorded", e);
        }
    }

    /** Gives the lease up so that any node may claim it at once; nothing when it is no longer this claim's. */
    void release(Claim claim) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            releaseIn(c, claim);
        } catch (SQLException e) {
            // it expires by itself
            LOG.warn("castpb job {}: its lease could not be released and expires in {} s: {}", claim.job(), lease.toSeconds(), e.toString());
        }
    }

    private static void releaseIn(Connection c, Claim claim) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE JOB_LEASE SET RELEASED = 1 WHERE JOB = ? AND TOKEN = ?")) {
            update.setString(1, claim.job());
            update.setString(2, claim.token());
            update.executeUpdate();
        }
    }

    private void runRenewing(Claim claim, Runnable work) {
        ScheduledFuture<?> renewing = renewals.scheduleAtFixedRate(() -> {
            try {
                if (!renew(claim)) {
                    LOG.warn("castpb job {}: this node no longer holds it; another node may run it too", claim.job());
                }
            } catch (RuntimeException e) {
                LOG.warn("castpb job {}: renewing its lease failed: {}", claim.job(), e.toString());
            }
        }, renewEvery.toMillis(), renewEvery.toMillis(), TimeUnit.MILLISECONDS);
        try {
            work.run();
        } finally {
            renewing.cancel(false);
        }
    }

    private static void check(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters: " + value);
        }
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
