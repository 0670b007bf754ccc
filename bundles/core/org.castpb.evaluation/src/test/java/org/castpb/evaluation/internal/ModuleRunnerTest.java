package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.ModuleState;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationModule;
import org.junit.After;
import org.junit.Test;

public class ModuleRunnerTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch never = new CountDownLatch(1);

    @After
    public void stop() {
        never.countDown();
        pool.shutdownNow();
    }

    /** Blocks like a hanging plugin until the test ends (or the engine interrupts it). */
    private Evaluation hang() {
        try {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static Plugin<EvaluationModule> plugin(String id, EvaluationModule module) {
        return new Plugin<>(module, 1L, new ModuleInfo(id, id, "1.2.3", "33", List.of(EvaluationKind.ASSESSMENT), "b",
                ModuleState.ACTIVE, Instant.EPOCH));
    }

    private ModuleRunner runner(long timeoutMillis, int maxTimeouts) {
        return new ModuleRunner(pool, new Limits(timeoutMillis, maxTimeouts, 1000));
    }

    @Test
    public void anAnswerIsRecordedWithItsScoreSummedFromTheFindingsAndTheModuleVersion() throws Exception {
        EvaluationModule module = c -> Evaluation.of(Grade.GOOD, List.of(Finding.met("A", "a", 30, "yes"),
                Finding.missed("B", "b", 20, "no"), Finding.notAssessed("C", "c", "no records")));
        ModuleResult r = runner(1000, 3).run(plugin("m", module), null);
        assertEquals(ResultStatus.OK, r.status());
        assertEquals(30, r.points());
        assertEquals(50, r.maxPoints());
        assertEquals(new BigDecimal("60.0"), r.score());
        assertEquals(Grade.GOOD, r.grade());
        assertEquals("1.2.3", r.moduleVersion());
        assertEquals("33", r.region());
        assertEquals(3, r.findings().size());
        assertNull(r.error());
    }

    @Test
    public void aModuleThatThrowsIsRecordedAsErrorNamingTheException() throws Exception {
        EvaluationModule module = c -> {
            throw new IllegalStateException("database of the plugin is gone");
        };
        ModuleResult r = runner(1000, 3).run(plugin("m", module), null);
        assertEquals(ResultStatus.ERROR, r.status());
        assertEquals("failed: java.lang.IllegalStateException: database of the plugin is gone", r.error());
        assertNull(r.grade());
        assertTrue(r.findings().isEmpty());
    }

    @Test
    public void aNullAnswerIsAnError() throws Exception {
        ModuleResult r = runner(1000, 3).run(plugin("m", c -> null), null);
        assertEquals(ResultStatus.ERROR, r.status());
        assertEquals("answered nothing (null)", r.error());
    }

    @Test
    public void aModuleOverItsTimeLimitIsAnErrorAndTheCallerGoesOn() throws Exception {
        EvaluationModule hanging = c -> {
            return hang();
        };
        long start = System.nanoTime();
        ModuleResult r = runner(100, 3).run(plugin("slow", hanging), null);
        assertEquals(ResultStatus.ERROR, r.status());
        assertEquals("exceeded the time limit of 100 ms", r.error());
        assertTrue("returned after the limit, not when the module ended", (System.nanoTime() - start) / 1_000_000 < 5_000);
    }

    @Test
    public void aModuleLateTooOftenInARowIsNoLongerCalledInThatRun() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        EvaluationModule hanging = c -> {
            calls.incrementAndGet();
            return hang();
        };
        ModuleRunner runner = runner(50, 2);
        runner.run(plugin("slow", hanging), null);
        runner.run(plugin("slow", hanging), null);
        ModuleResult third = runner.run(plugin("slow", hanging), null);
        assertEquals(2, calls.get());
        assertEquals(ResultStatus.ERROR, third.status());
        assertEquals("not called: it exceeded the time limit 2 times in a row earlier in this run", third.error());
        // another module is not affected
        ModuleResult other = runner.run(plugin("fast", c -> Evaluation.of(Grade.QUALIFIED,
                List.of(Finding.met("A", "a", 1, "e")))), null);
        assertEquals(ResultStatus.OK, other.status());
    }

    @Test
    public void anAnswerInTimeResetsTheCountOfTimeouts() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        EvaluationModule flaky = c -> {
            if (calls.incrementAndGet() % 2 == 1) {
                return hang();
            }
            return Evaluation.of(Grade.QUALIFIED, List.of(Finding.met("A", "a", 1, "e")));
        };
        ModuleRunner runner = runner(50, 2);
        for (int i = 0; i < 6; i++) {
            runner.run(plugin("flaky", flaky), null);
        }
        assertEquals("late, in time, late... never twice late in a row, so always called", 6, calls.get());
    }
}
