package org.castpb.jobs.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.jobs.JobRun;
import org.castpb.api.jobs.JobState;
import org.castpb.api.jobs.LeaseState;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The administrators' view of the jobs two nodes ran on one Derby database through the real {@link JobTable}. */
public class JobServiceTest {

    private static final Duration LEASE = Duration.ofSeconds(120);
    private static final Instant START = Instant.parse("2026-12-05T01:00:00Z");
    private static final Actor ADMIN = new Actor("admin", Set.of("national-admin"));

    private final JobTableTest.MovableClock clock = new JobTableTest.MovableClock(START);
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor();
    private JobTable nodeA;
    private JobTable nodeB;
    private JdbcJobService service;

    @Before
    public void twoNodesOnOneDatabase() throws Exception {
        DataSource ds = JobsDatabase.derby();
        nodeA = new JobTable(ds, "node-a", LEASE, Duration.ofSeconds(30), clock, renewals);
        nodeB = new JobTable(ds, "node-b", LEASE, Duration.ofSeconds(30), clock, renewals);
        service = new JdbcJobService(new JobViews(ds, clock));
    }

    @After
    public void stop() {
        renewals.shutdownNow();
    }

    @Test
    public void eachJobShowsItsLastRunWithTheNodeThatTookItOverAndItsLeaseNow() {
        nodeA.runOnce("coverage-daily", "2026-12-04", () -> { });
        clock.advance(Duration.ofDays(1));
        // node a takes the next day and dies mid-job; node b takes it over once the lease has expired
        nodeA.claim("coverage-daily", "2026-12-05").orElseThrow();
        clock.advance(LEASE);
        Instant takenOver = clock.instant();
        nodeB.runOnce("coverage-daily", "2026-12-05", () -> clock.advance(Duration.ofSeconds(5)));
        nodeB.runExclusively("federation-outbox", () -> { });

        Page<JobState> page = service.jobs(ADMIN, null, null, 0, 50);
        assertEquals(2, page.total());
        JobState coverage = page.items().get(0);
        assertEquals("coverage-daily", coverage.job());
        assertEquals(LeaseState.RELEASED, coverage.leaseState());
        assertEquals("node-b", coverage.leaseNode());
        assertEquals(2, coverage.runs());
        assertEquals(new JobRun("coverage-daily", "2026-12-05", "node-b", takenOver, takenOver.plusSeconds(5), "node-a"),
                coverage.lastRun());
        JobState outbox = page.items().get(1);
        assertEquals("federation-outbox", outbox.job());
        assertEquals(0, outbox.runs());
        assertNull("work done again and again records no run", outbox.lastRun());
        assertNull(outbox.leaseDue());
    }

    @Test
    public void aLeaseIsHeldWhileItsWorkRunsAndExpiredOnceItsNodeStoppedRenewingIt() {
        nodeA.claim("monthly-snapshot", "2026-12").orElseThrow();
        JobState held = service.jobs(ADMIN, "monthly", null, 0, 10).items().get(0);
        assertEquals(LeaseState.HELD, held.leaseState());
        assertEquals("node-a", held.leaseNode());
        assertEquals("2026-12", held.leaseDue());
        assertEquals(START.plus(LEASE), held.leaseExpiresAt());
        clock.advance(LEASE);
        assertEquals(LeaseState.EXPIRED, service.jobs(ADMIN, "monthly", null, 0, 10).items().get(0).leaseState());
    }

    @Test
    public void jobsAreFilteredByNameAndNodeIgnoringCaseAndPaged() {
        nodeA.runOnce("coverage-daily", "2026-12-05", () -> { });
        nodeB.runOnce("life-alerts", "2026-12-05", () -> { });
        nodeB.runOnce("member-retention", "2026-12-05", () -> { });
        assertEquals(List.of("life-alerts", "member-retention"), names(service.jobs(ADMIN, null, "NODE-B", 0, 10)));
        assertEquals(List.of("coverage-daily"), names(service.jobs(ADMIN, "Coverage", null, 0, 10)));
        assertEquals(List.of(), names(service.jobs(ADMIN, "coverage", "node-b", 0, 10)));
        assertEquals(List.of(), names(service.jobs(ADMIN, "_", null, 0, 10)));
        Page<JobState> second = service.jobs(ADMIN, null, null, 1, 1);
        assertEquals(List.of("life-alerts"), names(second));
        assertEquals(3, second.total());
    }

    @Test
    public void aJobsRunsComeLatestFirstAndAnUnknownJobIsNotFound() {
        nodeA.runOnce("coverage-daily", "2026-12-04", () -> { });
        clock.advance(Duration.ofDays(1));
        nodeB.runOnce("coverage-daily", "2026-12-05", () -> { });
        Page<JobRun> runs = service.runs(ADMIN, "coverage-daily", 0, 10);
        assertEquals(List.of("2026-12-05", "2026-12-04"), runs.items().stream().map(JobRun::due).toList());
        assertEquals(List.of("node-b", "node-a"), runs.items().stream().map(JobRun::node).toList());
        assertEquals(2, runs.total());
        assertEquals(NotFoundException.CODE, assertThrows(NotFoundException.class,
                () -> service.runs(ADMIN, "no-such-job", 0, 10)).code());
    }

    @Test
    public void onlyTheInstancesAdministratorsReadTheJobs() {
        nodeA.runOnce("coverage-daily", "2026-12-05", () -> { });
        assertEquals(1, service.jobs(new Actor("root", Set.of("admin")), null, null, 0, 10).total());
        for (Actor refused : List.of(new Actor("zj", Set.of("local-admin"), Scope.region("33")),
                new Actor("viewer", Set.of("viewer")))) {
            assertEquals(ForbiddenException.CODE, assertThrows(ForbiddenException.class,
                    () -> service.jobs(refused, null, null, 0, 10)).code());
            assertEquals(ForbiddenException.CODE, assertThrows(ForbiddenException.class,
                    () -> service.runs(refused, "coverage-daily", 0, 10)).code());
        }
        assertThrows(ForbiddenException.class, () -> service.jobs(null, null, null, 0, 10));
    }

    @Test
    public void aPageOutOfRangeIsRefusedNamingOffsetAndLimit() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.jobs(ADMIN, null, null, -1, 501));
        assertEquals(List.of("offset", "limit"), e.errors().stream().map(FieldError::field).toList());
        assertThrows(ValidationException.class, () -> service.runs(ADMIN, "coverage-daily", 0, 0));
    }

    private static List<String> names(Page<JobState> page) {
        return page.items().stream().map(JobState::job).toList();
    }
}
