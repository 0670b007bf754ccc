package org.castpb.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultStatus;

/**
 * A society's overall result, from its module results alone (so it can always be recomputed from them):
 * <ul>
 * <li>any veto (一票否决) fails the society, whatever the other scores, and the grade is UNQUALIFIED;</li>
 * <li>otherwise an UNQUALIFIED grade from any module fails it;</li>
 * <li>otherwise a module that did not answer, or no module at all, leaves it INCOMPLETE;</li>
 * <li>otherwise it passes.</li>
 * </ul>
 * The score is the mean of the modules' scores; the grade the worst grade given.
 *
 * @param outcome pass, fail or incomplete
 * @param score   mean score, one decimal, null when no module gave one
 * @param grade   worst grade, null when no module answered
 * @param vetoed  whether a module vetoed
 * @param reasons veto reasons, failing grades and module errors, in module order
 */
record Verdict(Outcome outcome, BigDecimal score, Grade grade, boolean vetoed, List<String> reasons) {

    static Verdict of(EvaluationKind kind, List<ModuleResult> results) {
        if (results.isEmpty()) {
            return new Verdict(Outcome.INCOMPLETE, null, null, false,
                    List.of("no evaluation module serving " + kind + " applies to this society"));
        }
        List<String> vetoes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Grade grade = null;
        BigDecimal sum = BigDecimal.ZERO;
        int scored = 0;
        for (ModuleResult r : results) {
            if (r.status() == ResultStatus.ERROR) {
                errors.add(r.moduleId() + " " + r.moduleVersion() + " gave no result: " + r.error());
                continue;
            }
            grade = grade == null ? r.grade() : grade.worse(r.grade());
            if (r.score() != null) {
                sum = sum.add(r.score());
                scored++;
            }
            if (r.veto()) {
                vetoes.add(r.moduleId() + " vetoes: " + r.vetoReason());
            } else if (r.grade() == Grade.UNQUALIFIED) {
                failures.add(r.moduleId() + " grades the society UNQUALIFIED ("
                        + (r.score() == null ? "no score" : r.score() + " %") + ")");
            }
        }
        BigDecimal score = scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP);
        List<String> reasons = new ArrayList<>(vetoes);
        reasons.addAll(failures);
        reasons.addAll(errors);
        if (!vetoes.isEmpty()) {
            return new Verdict(Outcome.FAIL, score, Grade.UNQUALIFIED, true, reasons);
        }
        if (!failures.isEmpty()) {
            return new Verdict(Outcome.FAIL, score, grade, false, reasons);
        }
        if (!errors.isEmpty()) {
            return new Verdict(Outcome.INCOMPLETE, score, grade, false, reasons);
        }
        return new Verdict(Outcome.PASS, score, Objects.requireNonNull(grade), false, List.of());
    }
}
