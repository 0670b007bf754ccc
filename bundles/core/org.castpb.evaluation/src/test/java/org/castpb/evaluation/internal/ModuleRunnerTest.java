package org.castpb.evaluation.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

    private final PluginCalls calls = new PluginCalls("test-module", 2, 2, 1000);
    private final CountDownLatch never = new CountDownLatch(1);

    @After
    public void stop() {
        never.countDown();
        calls.shutdown();
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
        return new ModuleRunner(calls, new Limits(timeoutMillis, maxTimeouts, 1000));
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

    /** Waits for {@code release} and carries on when interrupted: a plugin that ignores interruption. */
    private static EvaluationModule stubborn(CountDownLatch release, AtomicInteger calls) {
        return c -> {
            calls.incrementAndGet();
            while (true) {
                try {
                    release.await();
                    return Evaluation.of(Grade.QUALIFIED, List.of(Finding.met("A", "a", 1, "e")));
                } catch (InterruptedException ignored) {
                    // what a badly written plugin does
                }
            }
        };
    }

    /** Keeps every 8 MB it allocates, until interrupted or, when {@code stopsWhenInterrupted} is false, ever. */
    private static EvaluationModule hoarder(AtomicInteger calls, boolean stopsWhenInterrupted) {
        return c -> {
            calls.incrementAndGet();
            List<long[]> hoard = new java.util.ArrayList<>();
            while (!(stopsWhenInterrupted && Thread.currentThread().isInterrupted())) {
                hoard.add(new long[1 << 20]);
            }
            return Evaluation.of(Grade.QUALIFIED, List.of(Finding.met("A", "a", hoard.size(), "e")));
        };
    }

    private static EvaluationModule fast() {
        return c -> Evaluation.of(Grade.QUALIFIED, List.of(Finding.met("A", "a", 1, "e")));
    }

    @Test
    public void aModuleThatIgnoresItsInterruptionIsAbandonedCountedAndNotCalledWhileItHoldsTheThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger called = new AtomicInteger();
        ModuleRunner runner = runner(100, 3);
        long start = System.nanoTime();

        ModuleResult first = runner.run(plugin("stubborn", stubborn(release, called)), null);

        assertTrue("returned after the limit and the grace period", (System.nanoTime() - start) / 1_000_000 < 5_000);
        assertEquals(ResultStatus.ERROR, first.status());
        assertEquals("exceeded the time limit of 100 ms; it ignored the interruption, so its thread is abandoned (1 abandoned"
                + " now) and it is not called while it holds it", first.error());
        assertEquals(1, calls.abandoned());
        assertEquals(1, calls.stuck("stubborn"));
        ModuleResult second = runner.run(plugin("stubborn", stubborn(release, called)), null);
        assertEquals("not called: an earlier call ignored its interruption and still holds its thread", second.error());
        assertEquals(1, called.get());
        // the abandoned thread was replaced: the other modules keep their two threads
        assertEquals(3, calls.capacity());
        assertEquals(ResultStatus.OK, runner.run(plugin("fast", fast()), null).status());

        release.countDown();
        await().atMost(5, TimeUnit.SECONDS).until(() -> calls.abandoned() == 0);
        assertEquals(0, calls.stuck("stubborn"));
        assertEquals(2, calls.capacity());
        assertEquals("called again once it gave its thread back", ResultStatus.OK,
                runner(100, 3).run(plugin("stubborn", stubborn(release, called)), null).status());
    }

    @Test
    public void modulesThatIgnoreInterruptionCannotMakeThreadsPileUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger called = new AtomicInteger();
        ModuleRunner runner = runner(50, 3);
        List<ModuleResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(runner.run(plugin("stubborn" + i, stubborn(release, called)), null));
        }
        // two threads and two replacements, all four held; the fifth and sixth module find none free
        assertEquals(4, called.get());
        assertEquals(4, calls.abandoned());
        assertEquals(4, calls.capacity());
        assertEquals(4, Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("test-module-")).count());
        assertEquals("not run: no module thread came free within 50 ms (4 held by modules that ignored their interruption)",
                results.get(5).error());
        assertEquals(ResultStatus.ERROR, runner.run(plugin("fast", fast()), null).status());

        release.countDown();
        await().atMost(5, TimeUnit.SECONDS).until(() -> calls.abandoned() == 0);
        assertEquals(2, calls.capacity());
        assertEquals(ResultStatus.OK, runner.run(plugin("fast", fast()), null).status());
    }

    @Test
    public void aModuleAllocatingPastItsCapIsStoppedAndNotCalledAgainInThatRun() throws Exception {
        AtomicInteger called = new AtomicInteger();
        EvaluationModule greedy = hoarder(called, true);
        ModuleRunner runner = new ModuleRunner(calls, new Limits(10_000, 3, 1000, 16 * Limits.MEGABYTE, 0));
        long start = System.nanoTime();

        ModuleResult first = runner.run(plugin("greedy", greedy), null);

        assertTrue("stopped long before its time limit", (System.nanoTime() - start) / 1_000_000 < 5_000);
        assertEquals(ResultStatus.ERROR, first.status());
        assertTrue(first.error(), first.error().startsWith("allocated more than the cap of 16 MB for one call ("));
        assertTrue(first.error(), first.error().endsWith(" MB when stopped); not called again in this run"));
        ModuleResult second = runner.run(plugin("greedy", greedy), null);
        assertEquals("not called: it allocated more than its cap earlier in this run", second.error());
        assertEquals(1, called.get());
        assertEquals(0, calls.abandoned());
        assertEquals(ResultStatus.OK, runner.run(plugin("fast", fast()), null).status());
    }

    @Test
    public void aModuleThatRunsTheHeapOutIsAnErrorItsMemoryIsFreedAndItIsNotCalledAgain() throws Exception {
        AtomicInteger called = new AtomicInteger();
        EvaluationModule unbounded = hoarder(called, false);
        // no cap: the test JVM's small heap (256 MB) runs out
        ModuleRunner runner = new ModuleRunner(calls, new Limits(30_000, 3, 1000, 0, 0));

        ModuleResult first = runner.run(plugin("unbounded", unbounded), null);

        assertEquals(ResultStatus.ERROR, first.status());
        assertEquals("ran out of memory (java.lang.OutOfMemoryError); not called again in this run", first.error());
        long[] afterwards = new long[16 << 20];
        assertEquals("the heap is free again: 128 MB fit", 16 << 20, afterwards.length);
        assertEquals("not called: it ran out of memory earlier in this run",
                runner.run(plugin("unbounded", unbounded), null).error());
        assertEquals(1, called.get());
        assertEquals(ResultStatus.OK, runner.run(plugin("fast", fast()), null).status());
    }
}
