package org.castpb.spi;

import java.util.List;
import java.util.Map;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.text.Bilingual;

/**
 * An {@link EvaluationModule}'s answer for one society. Its score is not given but summed from the findings, so
 * it is always explainable from them.
 *
 * @param grade      the module's grade; UNQUALIFIED fails the society
 * @param findings   the itemised findings, in the order to show them; at least one
 * @param veto       whether party building fails and so vetoes the whole evaluation (一票否决)
 * @param vetoReason why, required with a veto and null without
 * @param vetoReasonTranslations since 1.2.0 the veto reason in the languages castpb answers in, by language code
 *                   ({@code zh}, {@code en}); empty without a veto or when the module words it in its language only
 */
public record Evaluation(Grade grade, List<Finding> findings, boolean veto, String vetoReason,
                         Map<String, String> vetoReasonTranslations) {

    /** An evaluation whose veto reason is in the module's language only, as modules before 1.2.0 give it. */
    public Evaluation(Grade grade, List<Finding> findings, boolean veto, String vetoReason) {
        this(grade, findings, veto, vetoReason, Map.of());
    }

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
        vetoReasonTranslations = vetoReasonTranslations == null ? Map.of() : Map.copyOf(vetoReasonTranslations);
    }

    /** An evaluation without veto. */
    public static Evaluation of(Grade grade, List<Finding> findings) {
        return new Evaluation(grade, findings, false, null);
    }

    /** An evaluation that vetoes, graded UNQUALIFIED. */
    public static Evaluation vetoed(List<Finding> findings, String reason) {
        return new Evaluation(Grade.UNQUALIFIED, findings, true, reason);
    }

    /**
     * An evaluation that vetoes, graded UNQUALIFIED, for a reason worded in English (its own language) and Chinese,
     * so that each reader reads it in theirs as they read the findings.
     *
     * @since 1.2.0
     */
    public static Evaluation vetoed(List<Finding> findings, Bilingual reason) {
        return new Evaluation(Grade.UNQUALIFIED, findings, true, reason.en(), Map.of("en", reason.en(), "zh", reason.zh()));
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
