package org.castpb.api.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * An evaluation module or funding scheme as the platform sees it.
 *
 * @param id       the plugin's stable identifier
 * @param name     its name for people
 * @param version  the version of the bundle that provides it
 * @param region   GB/T 2260 region prefix it serves, empty for national
 * @param kinds    the evaluation kinds it serves (empty for a funding scheme)
 * @param bundle   symbolic name of the providing bundle
 * @param state    active, or removed since the platform started
 * @param since    when it was bound, or when it was removed
 */
public record ModuleInfo(String id, String name, String version, String region, List<EvaluationKind> kinds,
                         String bundle, ModuleState state, Instant since) {

    public ModuleInfo {
        kinds = List.copyOf(kinds);
    }

    /** Whether it serves the whole country rather than one region. */
    public boolean national() {
        return region.isEmpty();
    }
}
