package org.castpb.evaluation.internal;

import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.ModuleInfo;

/**
 * A bound plugin service with what its service properties and bundle say about it.
 *
 * @param service   the module or scheme
 * @param serviceId the OSGi service id, to match the unbind
 * @param info      identity, version, region and kinds
 */
record Plugin<T>(T service, long serviceId, ModuleInfo info) {

    String id() {
        return info.id();
    }

    String version() {
        return info.version();
    }

    String region() {
        return info.region();
    }

    /** Whether it serves {@code kind} for a society registered in {@code regionCode}. */
    boolean appliesTo(EvaluationKind kind, String regionCode) {
        return info.kinds().contains(kind) && Regions.covers(info.region(), regionCode);
    }
}
