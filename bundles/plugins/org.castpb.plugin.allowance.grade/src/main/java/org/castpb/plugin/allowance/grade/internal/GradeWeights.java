package org.castpb.plugin.allowance.grade.internal;

import java.math.BigDecimal;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.api.workers.WorkerKind;

/** The scheme's configuration, checked; component names are the property names, so a refusal names what to fix. */
record GradeWeights(int excellentWeight, int competentWeight, int basicallyCompetentWeight, BigDecimal partTimeFactor) {

    GradeWeights {
        if (basicallyCompetentWeight < 0 || basicallyCompetentWeight > competentWeight) {
            throw invalid("basicallyCompetentWeight must be 0 to competentWeight (" + competentWeight + "), got " + basicallyCompetentWeight);
        }
        if (competentWeight > excellentWeight) {
            throw invalid("competentWeight must be at most excellentWeight (" + excellentWeight + "), got " + competentWeight);
        }
        if (partTimeFactor == null || partTimeFactor.signum() < 0 || partTimeFactor.compareTo(BigDecimal.ONE) > 0) {
            throw invalid("partTimeFactor must be from 0 to 1, got " + partTimeFactor);
        }
    }

    static GradeWeights from(GradeScheme.Config c) {
        if (!Double.isFinite(c.partTimeFactor())) {
            throw invalid("partTimeFactor must be a number from 0 to 1, got " + c.partTimeFactor());
        }
        return new GradeWeights(c.excellentWeight(), c.competentWeight(), c.basicallyCompetentWeight(), BigDecimal.valueOf(c.partTimeFactor()));
    }

    /** A worker's weight: the grade's, times the part-time factor for a part-time worker; INCOMPETENT weighs nothing. */
    BigDecimal weight(WorkerKind kind, WorkerGrade grade) {
        int w = switch (grade) {
            case EXCELLENT -> excellentWeight;
            case COMPETENT -> competentWeight;
            case BASICALLY_COMPETENT -> basicallyCompetentWeight;
            case INCOMPETENT -> 0;
        };
        BigDecimal weight = BigDecimal.valueOf(w);
        return kind == WorkerKind.PART_TIME ? weight.multiply(partTimeFactor) : weight;
    }

    private static IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException("configuration " + GradeScheme.PID + ": " + message);
    }
}
