package org.castpb.schema.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which context's change log may run next. A declared context runs once every context declared before it is ready;
 * a context that is not declared (a plugin's own tables) runs once every declared context is ready, in the order
 * they arrived. A context whose change log failed stays not ready, so whatever comes after it waits.
 * <p>
 * Not thread-safe: the extender uses it from its one migration thread.
 *
 * @param <T> what is run for a context (its change log)
 */
final class MigrationQueue<T> {

    private final List<String> declared;
    private final Map<String, T> waiting = new LinkedHashMap<>();
    private final Set<String> ready = new HashSet<>();
    private final Set<String> failed = new HashSet<>();

    MigrationQueue(List<String> declared) {
        this.declared = List.copyOf(declared);
    }

    /** A context's change log is there to run (again, when its bundle came back). */
    void arrive(String context, T changeLog) {
        ready.remove(context);
        failed.remove(context);
        waiting.put(context, changeLog);
    }

    /** A context's bundle went away: it is neither waiting nor ready any more. */
    void leave(String context) {
        waiting.remove(context);
        ready.remove(context);
        failed.remove(context);
    }

    /** The next context to run, or null when none may run now. */
    String next() {
        for (String context : declared) {
            if (waiting.containsKey(context) && blockers(context).isEmpty()) {
                return context;
            }
        }
        for (String context : waiting.keySet()) {
            if (!declared.contains(context) && blockers(context).isEmpty()) {
                return context;
            }
        }
        return null;
    }

    /** The change log waiting for {@code context}. */
    T changeLog(String context) {
        return waiting.get(context);
    }

    /** The context's change log ran, successfully or not. */
    void ran(String context, boolean succeeded) {
        waiting.remove(context);
        (succeeded ? ready : failed).add(context);
    }

    boolean isReady(String context) {
        return ready.contains(context);
    }

    /** The contexts that must be ready before {@code context} may run and are not. */
    List<String> blockers(String context) {
        int position = declared.indexOf(context);
        List<String> before = position < 0 ? declared : declared.subList(0, position);
        List<String> blockers = new ArrayList<>();
        for (String earlier : before) {
            if (!ready.contains(earlier)) {
                blockers.add(earlier);
            }
        }
        return blockers;
    }

    /** The contexts still waiting, in arrival order. */
    Set<String> waiting() {
        return waiting.keySet();
    }
}
