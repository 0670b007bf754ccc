package org.castpb.benchmarks;

import java.util.Arrays;
import java.util.function.Supplier;
import org.castpb.api.Page;

/** Latency of one read call: warm-up calls first (JIT, Derby plan cache), then timed calls, reported as median and p95. */
final class QueryLatency {

    record Result(String name, long total, int pageSize, double medianMs, double p95Ms, double maxMs, int iterations) {
    }

    private QueryLatency() {
    }

    static Result measure(String name, int warmup, int iterations, Supplier<Page<?>> call) {
        Page<?> page = null;
        for (int i = 0; i < warmup; i++) {
            page = call.get();
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            page = call.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Result(name, page.total(), page.items().size(), percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1], iterations);
    }

    /**
     * Two calls timed in turn, a then b, each warmed up first: on a machine shared with other work both meet the same
     * moments of load and collection, which a run of one call and then a run of the other do not.
     */
    static Result[] alternately(String nameA, Supplier<Page<?>> a, String nameB, Supplier<Page<?>> b, int warmup, int iterations) {
        Page<?> pageA = null;
        Page<?> pageB = null;
        for (int i = 0; i < warmup; i++) {
            pageA = a.get();
            pageB = b.get();
        }
        double[] msA = new double[iterations];
        double[] msB = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            pageA = a.get();
            msA[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            pageB = b.get();
            msB[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(msA);
        Arrays.sort(msB);
        return new Result[] {
            new Result(nameA, pageA.total(), pageA.items().size(), percentile(msA, 50), percentile(msA, 95), msA[iterations - 1], iterations),
            new Result(nameB, pageB.total(), pageB.items().size(), percentile(msB, 50), percentile(msB, 95), msB[iterations - 1], iterations)};
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
