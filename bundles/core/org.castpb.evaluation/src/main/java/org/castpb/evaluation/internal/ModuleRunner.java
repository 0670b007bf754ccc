package org.castpb.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;
import org.castpb.spi.EvaluationModule;

/**
 * Calls evaluation modules for one campaign run, each call on a pool thread with a time limit, and turns whatever
 * happens (an answer, an exception, a null, a late answer) into a {@link ModuleResult}. A module that runs late
 * {@code maxConsecutiveTimeouts} times in a row is not called again in this run, so a hanging plugin costs the
 * campaign a few time limits, not one per society.
 */
final class ModuleRunner {

    static final int MAX_MESSAGE = 1000;

    private final ExecutorService pool;
    private final Limits limits;
    private final Map<String, Integer> consecutiveTimeouts = new ConcurrentHashMap<>();

    ModuleRunner(ExecutorService pool, Limits limits) {
        this.pool = pool;
        this.limits = limits;
    }

    /** Runs one module for one society. Never throws but when the calling thread is interrupted. */
    ModuleResult run(Plugin<EvaluationModule> plugin, EvaluationContext context) throws InterruptedException {
        int timeouts = consecutiveTimeouts.getOrDefault(plugin.id(), 0);
        if (timeouts >= limits.maxConsecutiveTimeouts()) {
            return error(plugin, "not called: it exceeded the time limit " + timeouts
                    + " times in a row earlier in this run", 0);
        }
        long start = System.nanoTime();
        Future<Evaluation> call = pool.submit(() -> plugin.service().evaluate(context));
        try {
            Evaluation evaluation = call.get(limits.moduleTimeoutMillis(), TimeUnit.MILLISECONDS);
            consecutiveTimeouts.remove(plugin.id());
            long millis = millisSince(start);
            if (evaluation == null) {
                return error(plugin, "answered nothing (null)", millis);
            }
            return ok(plugin, evaluation, millis);
        } catch (TimeoutException e) {
            call.cancel(true);
            consecutiveTimeouts.merge(plugin.id(), 1, Integer::sum);
            return error(plugin, "exceeded the time limit of " + limits.moduleTimeoutMillis() + " ms", millisSince(start));
        } catch (ExecutionException e) {
            consecutiveTimeouts.remove(plugin.id());
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return error(plugin, "failed: " + describe(cause), millisSince(start));
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        }
    }

    static ModuleResult ok(Plugin<EvaluationModule> plugin, Evaluation e, long millis) {
        return new ModuleResult(plugin.id(), plugin.version(), plugin.region(), ResultStatus.OK, e.points(),
                e.maxPoints(), percent(e.points(), e.maxPoints()), e.grade(), e.veto(), truncate(e.vetoReason()), null,
                millis, e.findings());
    }

    static ModuleResult error(Plugin<EvaluationModule> plugin, String message, long millis) {
        return new ModuleResult(plugin.id(), plugin.version(), plugin.region(), ResultStatus.ERROR, 0, 0, null, null,
                false, null, truncate(message), millis, List.of());
    }

    /** Points as a percentage of the maximum with one decimal, or null when nothing could be assessed. */
    static BigDecimal percent(int points, int maxPoints) {
        if (maxPoints == 0) {
            return null;
        }
        return BigDecimal.valueOf(points * 100L).divide(BigDecimal.valueOf(maxPoints), 1, RoundingMode.HALF_UP);
    }

    static String describe(Throwable t) {
        return t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    static String truncate(String s) {
        return s == null || s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
