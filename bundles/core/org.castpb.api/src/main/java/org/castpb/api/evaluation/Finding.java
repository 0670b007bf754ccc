package org.castpb.api.evaluation;

import java.util.Objects;

/**
 * One itemised finding of an evaluation module: a criterion, the points it gave out of the points it was worth,
 * and the evidence. A module's score is the sum of its findings' points, so every score is explainable from them.
 *
 * @param code      stable code of the criterion within its module, e.g. {@code LEDGER_FIVE_CLEARS}
 * @param title     the criterion, for people
 * @param points    points given, from 0 to {@code maxPoints}
 * @param maxPoints points the criterion is worth; 0 when it could not be assessed and does not count
 * @param evidence  the facts the points rest on, for people (never empty)
 */
public record Finding(String code, String title, int points, int maxPoints, String evidence) {

    public Finding {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a finding needs a code");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("finding " + code + " needs a title");
        }
        if (maxPoints < 0 || points < 0 || points > maxPoints) {
            throw new IllegalArgumentException("finding " + code + " gives " + points + " points out of " + maxPoints
                    + "; points must be between 0 and the maximum");
        }
        if (evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("finding " + code + " needs its evidence");
        }
    }

    /** A criterion met in full. */
    public static Finding met(String code, String title, int maxPoints, String evidence) {
        return new Finding(code, title, maxPoints, maxPoints, evidence);
    }

    /** A criterion not met: no points. */
    public static Finding missed(String code, String title, int maxPoints, String evidence) {
        return new Finding(code, title, 0, maxPoints, evidence);
    }

    /** A criterion that could not be assessed (no records kept): worth nothing, so it neither helps nor hurts. */
    public static Finding notAssessed(String code, String title, String evidence) {
        return new Finding(code, title, 0, 0, evidence);
    }

    /** Whether the criterion gave all its points (false for one not assessed). */
    public boolean fullyMet() {
        return maxPoints > 0 && points == maxPoints;
    }

    @Override
    public String toString() {
        return code + " " + points + "/" + maxPoints + ": " + Objects.toString(evidence);
    }
}
