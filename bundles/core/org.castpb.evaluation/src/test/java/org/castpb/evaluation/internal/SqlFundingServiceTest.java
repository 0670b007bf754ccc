package org.castpb.evaluation.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.FundingService;
import org.castpb.spi.FundingScheme;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Funding schemes are contained like modules: one that ignores its interruption records nothing, loses its thread. */
public class SqlFundingServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final Actor ADMIN = new Actor("admin", Set.of("national-admin"));

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger called = new AtomicInteger();
    private final PluginCalls calls = new PluginCalls("test-funding", 1, 1, 200);
    private EvaluationStore store;
    private SqlEvaluationService evaluations;
    private SqlFundingService funding;
    private final PluginRegistry plugins = new PluginRegistry();

    @Before
    public void engine() throws Exception {
        store = new EvaluationStore(EvaluationDatabase.create());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        evaluations = new SqlEvaluationService(store, plugins, null, null, null, null, null, new Limits(1000, 3, 100),
                new PluginCalls("test-module", 1, 1, 100), clock);
        funding = new SqlFundingService(store, plugins, evaluations, null, new Limits(1000, 3, 100), calls, clock);
        FundingScheme stubborn = context -> {
            called.incrementAndGet();
            while (true) {
                try {
                    release.await();
                    return List.<Award>of();
                } catch (InterruptedException ignored) {
                    // what a badly written plugin does
                }
            }
        };
        plugins.addScheme(stubborn, 1L, Map.of(FundingScheme.SCHEME_ID, "stubborn"), null);
    }

    @After
    public void stop() {
        release.countDown();
        funding.deactivate();
        evaluations.deactivate();
    }

    @Test
    public void aSchemeThatIgnoresItsInterruptionRecordsNothingAndIsNotCalledWhileItHoldsItsThread() {
        Campaign c = evaluations.create(ADMIN, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, null));
        store.start(c.id(), NOW);
        store.recount(c.id(), CampaignStatus.COMPLETED, NOW);

        assertRefused(c, "funding scheme stubborn 0.0.0 exceeded the time limit of 100 ms and ignored its interruption;"
                + " its thread is abandoned; nothing was recorded");
        assertRefused(c, "funding scheme stubborn 0.0.0 was not called: an earlier call ignored its interruption and still"
                + " holds its thread; nothing was recorded");
        assertEquals(1, called.get());
        assertTrue(store.allocations(c.id()).isEmpty());
        assertFalse("the campaign may still run again", store.funded(c.id()));

        release.countDown();
        await().atMost(5, TimeUnit.SECONDS).until(() -> calls.abandoned() == 0);
        assertEquals(0, funding.allocate(ADMIN, c.id(), "stubborn", new BigDecimal("100"), null).awards().size());
        assertTrue(store.funded(c.id()));
    }

    private void assertRefused(Campaign c, String message) {
        try {
            funding.allocate(ADMIN, c.id(), "stubborn", new BigDecimal("100"), null);
            fail("refused");
        } catch (CastpbException e) {
            assertEquals(FundingService.SCHEME_FAILED, e.code());
            assertEquals(message, e.getMessage());
        }
    }
}
