package org.castpb.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A poor man's sampling profiler for one thread: a daemon takes the thread's stack every few
 * milliseconds (a thread dump, as jstack would) and counts, per method, how often it was on top
 * (self time) and how often anywhere on the stack (total time). Enough to say which phase of an
 * import the time goes to without an external profiler; off unless -Dbench.profile=true,
 * because every sample is a safepoint.
 */
final class StackSampler implements AutoCloseable {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long threadId;
    private final long intervalMs;
    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> total = new HashMap<>();
    private final Thread daemon;
    private volatile boolean running = true;
    private int samples;

    StackSampler(Thread target, long intervalMs) {
        this.threadId = target.getId();
        this.intervalMs = intervalMs;
        this.daemon = new Thread(this::run, "stack-sampler");
        daemon.setDaemon(true);
        daemon.start();
    }

    private void run() {
        while (running) {
            ThreadInfo info = threads.getThreadInfo(threadId, 200);
            if (info != null && info.getStackTrace().length > 0) {
                record(info.getStackTrace());
            }
            try {
                Thread.sleep(intervalMs);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(StackTraceElement[] stack) {
        samples++;
        self.merge(name(stack[0]), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (StackTraceElement e : stack) {
            String n = name(e);
            if (seen.add(n)) {
                total.merge(n, 1, Integer::sum);
            }
        }
    }

    private static String name(StackTraceElement e) {
        return e.getClassName() + "." + e.getMethodName();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        daemon.join();
    }

    /** Prints the hottest methods: self time overall, total time for castpb, EclipseLink and Derby frames. */
    synchronized void print(String title) {
        System.out.printf("%n--- stack samples: %s (%d samples, every %d ms) ---%n", title, samples, intervalMs);
        System.out.println("self (on top of the stack):");
        top(self, 20, k -> true).forEach((k, v) -> System.out.printf("  %5.1f%%  %s%n", 100.0 * v / samples, k));
        System.out.println("total (anywhere on the stack), castpb / EclipseLink / Derby JDBC frames:");
        top(total, 60, k -> k.startsWith("org.castpb.records") || k.startsWith("org.eclipse.persistence")
                || k.startsWith("org.apache.derby.impl.jdbc") || k.startsWith("org.apache.derby.impl.sql.execute")
                || k.startsWith("org.apache.derby.impl.store.raw.log"))
                .forEach((k, v) -> System.out.printf("  %5.1f%%  %s%n", 100.0 * v / samples, k));
    }

    private static Map<String, Integer> top(Map<String, Integer> counts, int n, java.util.function.Predicate<String> keep) {
        Map<String, Integer> result = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> keep.test(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
