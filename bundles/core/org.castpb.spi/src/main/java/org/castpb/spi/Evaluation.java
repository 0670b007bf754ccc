package org.castpb.spi;

import java.util.List;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;

/**
 * An {@link EvaluationModule}'s answer for one society. Its score is not given but summed from the findings, so
 * it is always explainable from them.
 *
 * @param grade      the module's grade; UNQUALIFIED fails the society
 * @param findings   the itemised findings, in the order to show them; at least one
 * @param veto       whether party building fails and so vetoes the whole evaluation (一票否决)
 * @param vetoReason why, required with a veto and null without
 */
public record Evaluation(Grade grade, List<Finding> findings, boolean veto, String vetoReason) {

    public Evaluation {
        if (grade == null) {
            throw new IllegalArgumentException("an evaluation needs a grade");
        }
        if (findings == null || findings.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one finding");
        }
        findings = List.copyOf(findings);
        if (veto && (vetoReason == null || vetoReason.isBlank())) {
            throw new IllegalArgumentException("a veto needs its reason");
        }
        if (!veto && vetoReason != null) {
            throw new IllegalArgumentException("a veto reason without a veto");
        }
    }

    /** An evaluation without veto. */
    public static Evaluation of(Grade grade, List<Finding> findings) {
        return new Evaluation(grade, findings, false, null);
    }

    /** An evaluation that vetoes, graded UNQUALIFIED. */
    public static Evaluation vetoed(List<Finding> findings, String reason) {
        return new Evaluation(Grade.UNQUALIFIED, findings, true, reason);
    }

    /** Sum of the findings' points. */
    public int points() {
        return findings.stream().mapToInt(Finding::points).sum();
    }

    /** Sum of the points the findings were worth. */
    public int maxPoints() {
        return findings.stream().mapToInt(Finding::maxPoints).sum();
    }
}
