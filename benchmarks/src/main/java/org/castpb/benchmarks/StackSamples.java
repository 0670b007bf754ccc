package org.castpb.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Where a server's request threads (Jetty's {@code qtp...}) are: {@code jcmd PID Thread.print} every 200 ms, each
 * running request thread counted under the layer of the topmost frame that belongs to one of them.
 */
final class StackSamples {

    /** Layers by package, checked from the top of a stack; the first frame of any of them decides. */
    private static final List<String[]> LAYERS = List.of(
            new String[] {"Derby (SQL)", "org.apache.derby."},
            new String[] {"EclipseLink (JPA)", "org.eclipse.persistence."},
            new String[] {"Aries JPA / transactions", "org.apache.aries."},
            new String[] {"Jackson (JSON)", "com.fasterxml."},
            new String[] {"castpb accounts (actor)", "org.castpb.accounts."},
            new String[] {"castpb login (throttle, JAAS)", "org.castpb.security.", "org.apache.karaf.jaas.", "javax.security.auth."},
            new String[] {"castpb records", "org.castpb.records."},
            new String[] {"castpb REST door", "org.castpb.rest."},
            new String[] {"CXF", "org.apache.cxf."},
            new String[] {"Jetty / pax-web", "org.eclipse.jetty.", "org.ops4j.pax.web."});

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private int samples;

    private StackSamples(long pid) {
        thread = new Thread(() -> {
            while (running.get()) {
                try {
                    Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
                    String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    jcmd.waitFor();
                    tally(dump);
                    Thread.sleep(200);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }, "stack-samples");
        thread.setDaemon(true);
        thread.start();
    }

    static StackSamples start(long pid) {
        return new StackSamples(pid);
    }

    Tally stop() throws InterruptedException {
        running.set(false);
        thread.join();
        Tally tally = new Tally();
        tally.counts.putAll(counts);
        tally.samples = samples;
        return tally;
    }

    private synchronized void tally(String dump) {
        samples++;
        for (String stack : dump.split("\\n\\s*\\n")) {
            if (!stack.startsWith("\"qtp") || !stack.contains("java.lang.Thread.State: RUNNABLE")) {
                continue;
            }
            String layer = "other (JDK, idle selector)";
            for (String line : stack.split("\\n")) {
                String frame = line.trim();
                if (!frame.startsWith("at ")) {
                    continue;
                }
                String found = layerOf(frame.substring(3));
                if (found != null) {
                    layer = found;
                    break;
                }
            }
            counts.merge(layer, 1, Integer::sum);
        }
    }

    private static String layerOf(String frame) {
        for (String[] layer : LAYERS) {
            for (int i = 1; i < layer.length; i++) {
                if (frame.startsWith(layer[i])) {
                    return layer[0];
                }
            }
        }
        return null;
    }

    /** Counts of running request threads per layer, summed over phases. */
    static final class Tally {
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private int samples;

        void add(Tally other) {
            other.counts.forEach((k, v) -> counts.merge(k, v, Integer::sum));
            samples += other.samples;
        }

        @Override
        public String toString() {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            return samples + " dumps, " + total + " running request threads: " + counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> String.format(java.util.Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, total)))
                    .collect(Collectors.joining(", "));
        }
    }
}
