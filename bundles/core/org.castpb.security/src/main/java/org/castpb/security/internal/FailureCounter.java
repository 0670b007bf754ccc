package org.castpb.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per key (an account or an address) and the wait they impose: the first {@code freeFailures} cost
 * nothing, each later one doubles the wait from {@code firstDelay} up to {@code maxDelay}, counted from the last
 * failure. A key quiet for {@code forgetAfter} (and past its wait) starts again from zero. At most {@code maxKeys}
 * keys are kept, so a flood of invented user names cannot fill the memory.
 */
final class FailureCounter {

    /** Failures of one key in a row and when the last one happened. */
    record Failures(int count, Instant last) {
    }

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final int maxKeys;
    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    FailureCounter(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, int maxKeys) {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.isNegative()
                || maxKeys < 1) {
            throw new IllegalArgumentException("login throttle: free failures >= 0, 0 <= first delay <= max delay, keys >= 1");
        }
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.maxKeys = maxKeys;
    }

    /** The wait that {@code failures} in a row impose after the last of them. */
    Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        // capped before shifting: 2^30 times any delay is far beyond maxDelay already
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** How long an attempt for this key must still wait at {@code now}. */
    Duration waitBefore(String key, Instant now) {
        Failures failures = byKey.get(key);
        if (failures == null) {
            return Duration.ZERO;
        }
        if (forgotten(failures, now)) {
            byKey.remove(key, failures);
            return Duration.ZERO;
        }
        Instant until = failures.last().plus(delayAfter(failures.count()));
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** Counts a failure at {@code now} and returns how many this key has now. */
    int failed(String key, Instant now) {
        Failures updated = byKey.compute(key, (k, old) -> old == null || forgotten(old, now)
                ? new Failures(1, now) : new Failures(old.count() + 1, now));
        if (byKey.size() > maxKeys) {
            prune(now);
        }
        return updated.count();
    }

    void reset(String key) {
        byKey.remove(key);
    }

    int size() {
        return byKey.size();
    }

    private boolean forgotten(Failures failures, Instant now) {
        Duration wait = delayAfter(failures.count());
        Duration quiet = wait.compareTo(forgetAfter) > 0 ? wait : forgetAfter;
        return !now.isBefore(failures.last().plus(quiet));
    }

    /** Drops forgotten keys, then, if still too many, the longest quiet ones. */
    private synchronized void prune(Instant now) {
        byKey.entrySet().removeIf(e -> forgotten(e.getValue(), now));
        int excess = byKey.size() - maxKeys;
        if (excess > 0) {
            byKey.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Failures> e) -> e.getValue().last()))
                    .limit(excess)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(byKey::remove);
        }
    }
}
