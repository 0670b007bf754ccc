package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.castpb.api.Actor;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Page;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A campaign a stopped node left INTERRUPTED is resumed by a live node, once across two nodes on one Derby database:
 * the societies that had a result keep it, the others are evaluated, and the campaign completes.
 */
public class CampaignResumeTest {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
    private static final Actor ADMIN = new Actor("admin", Set.of("national-admin"));
    private static final List<Society> SOCIETIES = List.of(society(1, "100000", SocietyLevel.NATIONAL),
            society(2, "330100", SocietyLevel.MUNICIPAL), society(3, "310000", SocietyLevel.PROVINCIAL));

    private DataSource ds;
    private EvaluationStore store;
    private SqlEvaluationService nodeA;
    private SqlEvaluationService nodeB;

    @Before
    public void twoNodesOnOneDatabase() throws Exception {
        ds = EvaluationDatabase.create();
        store = new EvaluationStore(ds);
        nodeA = node(new SqlEvaluationService.Resumption(true, 3));
        nodeB = node(new SqlEvaluationService.Resumption(true, 3));
    }

    @After
    public void stop() {
        nodeA.deactivate();
        nodeB.deactivate();
    }

    @Test
    public void anInterruptedCampaignIsResumedByOneNodeAndKeepsTheResultsWrittenBeforeTheInterruption() throws Exception {
        Campaign c = interruptedAfterTheFirstSociety();

        // both nodes look at once: one resumes it, the other finds it running
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService looks = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> byA = looks.submit(() -> {
                start.await();
                return nodeA.resumeInterrupted(NOW);
            });
            Future<Integer> byB = looks.submit(() -> {
                start.await();
                return nodeB.resumeInterrupted(NOW);
            });
            start.countDown();
            assertEquals(1, byA.get() + byB.get());
        } finally {
            looks.shutdown();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> store.campaign(c.id()).orElseThrow().status() == CampaignStatus.COMPLETED);

        Campaign done = store.campaign(c.id()).orElseThrow();
        assertEquals(3, done.evaluated());
        assertEquals(List.of("written before the interruption"), store.result(c.id(), 1).orElseThrow().reasons());
        assertEquals(NOW.minusSeconds(600), store.result(c.id(), 1).orElseThrow().evaluatedAt());
        assertEquals(Outcome.INCOMPLETE, store.result(c.id(), 2).orElseThrow().outcome());
        assertEquals(3L, count("SELECT COUNT(*) FROM EVAL_OUTCOME WHERE CAMPAIGN_ID = " + c.id()));
        assertEquals(1L, count("SELECT RESUMES FROM EVAL_CAMPAIGN WHERE ID = " + c.id()));
        // completed: no node resumes it again
        assertEquals(0, nodeA.resumeInterrupted(NOW.plusSeconds(60)) + nodeB.resumeInterrupted(NOW.plusSeconds(60)));
    }

    @Test
    public void aCampaignIsResumedAtMostTheConfiguredNumberOfTimes() throws Exception {
        Campaign c = interruptedAfterTheFirstSociety();
        update("UPDATE EVAL_CAMPAIGN SET RESUMES = 3 WHERE ID = " + c.id());
        assertEquals(0, nodeA.resumeInterrupted(NOW));
        assertEquals(CampaignStatus.INTERRUPTED, store.campaign(c.id()).orElseThrow().status());
    }

    @Test
    public void withResumingSwitchedOffAnInterruptedCampaignWaitsForAnAdministrator() throws Exception {
        SqlEvaluationService off = node(new SqlEvaluationService.Resumption(false, 3));
        try {
            Campaign c = interruptedAfterTheFirstSociety();
            assertEquals(0, off.resumeInterrupted(NOW));
            assertEquals(CampaignStatus.INTERRUPTED, store.campaign(c.id()).orElseThrow().status());
        } finally {
            off.deactivate();
        }
    }

    @Test
    public void aCampaignInterruptedMoreThanADayAgoIsLeftToAnAdministrator() throws Exception {
        Campaign c = interruptedAfterTheFirstSociety();
        assertEquals(0, nodeA.resumeInterrupted(NOW.plus(SqlEvaluationService.RESUME_WITHIN).plusSeconds(1)));
        assertEquals(CampaignStatus.INTERRUPTED, store.campaign(c.id()).orElseThrow().status());
    }

    @Test
    public void anAdministratorsNewRunStartsAfreshWithItsOwnResumes() throws Exception {
        Campaign c = interruptedAfterTheFirstSociety();
        update("UPDATE EVAL_CAMPAIGN SET RESUMES = 3 WHERE ID = " + c.id());
        assertTrue(store.start(c.id(), NOW));
        assertEquals(0L, count("SELECT RESUMES FROM EVAL_CAMPAIGN WHERE ID = " + c.id()));
    }

    /** A campaign whose node wrote society 1's result and then stopped beating. */
    private Campaign interruptedAfterTheFirstSociety() {
        Campaign c = nodeA.create(ADMIN, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, null));
        assertTrue(store.start(c.id(), NOW.minusSeconds(900)));
        store.saveResult(new SocietyEvaluation(c.id(), 1, "学会1", "100000", Outcome.PASS, null, null, false,
                List.of("written before the interruption"), NOW.minusSeconds(600), List.of()));
        assertEquals(1, store.interruptStale(NOW.minus(SqlEvaluationService.STALE_AFTER), NOW));
        return c;
    }

    private SqlEvaluationService node(SqlEvaluationService.Resumption resumption) {
        return new SqlEvaluationService(new EvaluationStore(ds), new PluginRegistry(), societies(), null, null, null, requests(), null,
                new Limits(1000, 3, 1000), new PluginCalls("test-module", 1, 1, 100), Clock.fixed(NOW, ZoneOffset.UTC), null,
                resumption);
    }

    /**
     * The record service's listing of the active societies, the only call a campaign run makes of it; its other record
     * services are left out, so each society's result is INCOMPLETE, which is a result all the same.
     */
    private static SocietyService societies() {
        return (SocietyService) Proxy.newProxyInstance(SocietyService.class.getClassLoader(), new Class<?>[] {SocietyService.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("list")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    SocietyQuery q = (SocietyQuery) args[1];
                    List<Society> page = SOCIETIES.stream().skip(q.offset()).limit(q.limit()).toList();
                    return new Page<>(page, SOCIETIES.size(), q.offset(), q.limit());
                });
    }

    /** No pending establishment request: a run reads them once before the first society. */
    private static EstablishmentRequestService requests() {
        return (EstablishmentRequestService) Proxy.newProxyInstance(EstablishmentRequestService.class.getClassLoader(),
                new Class<?>[] {EstablishmentRequestService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("pending")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return List.of();
                });
    }

    private static Society society(long id, String region, SocietyLevel level) {
        return new Society(id, "学会" + id, null, "uscc" + id, false, SocietyKind.SOCIETY, level, region, Discipline.SCIENCE, null,
                GroupMemberStatus.NONE, null, null, RegistrationStatus.ACTIVE, null, null, null, null, null, 1,
                Instant.EPOCH, Instant.EPOCH);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
