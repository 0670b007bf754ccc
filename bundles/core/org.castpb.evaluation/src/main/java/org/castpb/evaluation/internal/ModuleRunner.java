package org.castpb.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;
import org.castpb.spi.EvaluationModule;

/**
 * Calls evaluation modules for one campaign run through {@link PluginCalls} (bounded threads, time limit, allocation
 * cap) and turns whatever happens (an answer, an exception, a null, a late answer, too much memory) into a
 * {@link ModuleResult}. A module that runs late {@code maxConsecutiveTimeouts} times in a row, allocates past its
 * cap or runs out of memory is not called again in this run; one that holds a thread it would not give back after
 * an interruption is not called while it holds it. So a misbehaving plugin costs the campaign a few time limits,
 * not one per society, and cannot take the server's threads or heap with it.
 */
final class ModuleRunner {

    static final int MAX_MESSAGE = 1000;

    private final PluginCalls calls;
    private final Limits limits;
    private final Map<String, Integer> consecutiveTimeouts = new ConcurrentHashMap<>();
    private final Map<String, String> skipped = new ConcurrentHashMap<>();

    ModuleRunner(PluginCalls calls, Limits limits) {
        this.calls = calls;
        this.limits = limits;
    }

    /** Runs one module for one society. Never throws but when the calling thread is interrupted. */
    ModuleResult run(Plugin<EvaluationModule> plugin, EvaluationContext context) throws InterruptedException {
        String skip = skipped.get(plugin.id());
        if (skip != null) {
            return error(plugin, "not called: " + skip + " earlier in this run", 0);
        }
        int timeouts = consecutiveTimeouts.getOrDefault(plugin.id(), 0);
        if (timeouts >= limits.maxConsecutiveTimeouts()) {
            return error(plugin, "not called: it exceeded the time limit " + timeouts
                    + " times in a row earlier in this run", 0);
        }
        if (calls.stuck(plugin.id()) > 0) {
            return error(plugin, "not called: an earlier call ignored its interruption and still holds its thread", 0);
        }
        PluginCalls.Result<Evaluation> r = calls.call(plugin.id(), () -> plugin.service().evaluate(context),
                limits.moduleTimeoutMillis(), limits.moduleAllocationCapBytes());
        switch (r.ending()) {
            case ANSWERED:
                consecutiveTimeouts.remove(plugin.id());
                return r.value() == null ? error(plugin, "answered nothing (null)", r.millis()) : ok(plugin, r.value(), r.millis());
            case FAILED:
                consecutiveTimeouts.remove(plugin.id());
                return error(plugin, "failed: " + describe(r.failure()), r.millis());
            case OUT_OF_MEMORY:
                skipped.put(plugin.id(), "it ran out of memory");
                return error(plugin, "ran out of memory (java.lang.OutOfMemoryError); not called again in this run",
                        r.millis());
            case OVER_ALLOCATION:
                skipped.put(plugin.id(), "it allocated more than its cap");
                return error(plugin, "allocated more than the cap of " + megabytes(limits.moduleAllocationCapBytes())
                        + " MB for one call (" + megabytes(r.allocatedBytes()) + " MB when stopped); not called again"
                        + " in this run" + abandoned(r), r.millis());
            case TIMED_OUT:
                consecutiveTimeouts.merge(plugin.id(), 1, Integer::sum);
                return error(plugin, "exceeded the time limit of " + limits.moduleTimeoutMillis() + " ms" + abandoned(r),
                        r.millis());
            default:
                return error(plugin, "not run: no module thread came free within " + limits.moduleTimeoutMillis()
                        + " ms (" + calls.abandoned() + " held by modules that ignored their interruption)", r.millis());
        }
    }

    private String abandoned(PluginCalls.Result<?> r) {
        return r.abandoned() ? "; it ignored the interruption, so its thread is abandoned (" + calls.abandoned()
                + " abandoned now) and it is not called while it holds it" : "";
    }

    static ModuleResult ok(Plugin<EvaluationModule> plugin, Evaluation e, long millis) {
        return new ModuleResult(plugin.id(), plugin.version(), plugin.region(), ResultStatus.OK, e.points(),
                e.maxPoints(), percent(e.points(), e.maxPoints()), e.grade(), e.veto(), truncate(e.vetoReason()), null,
                millis, e.findings(), e.vetoReasonTranslations());
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

    static long megabytes(long bytes) {
        return bytes / Limits.MEGABYTE;
    }

    static String describe(Throwable t) {
        return t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    static String truncate(String s) {
        return s == null || s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
