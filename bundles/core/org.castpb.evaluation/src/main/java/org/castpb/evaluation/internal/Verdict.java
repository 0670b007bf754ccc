package org.castpb.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.api.text.Bilingual;
import org.castpb.api.text.Labels;

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
 * @param reasons veto reasons, failing grades and module errors, in module order, in English and in Chinese (a veto
 *                reason in Chinese where the module worded it so, a module's error in its English)
 */
record Verdict(Outcome outcome, BigDecimal score, Grade grade, boolean vetoed, List<Bilingual> reasons) {

    private static final Bilingual.Texts TEXTS = Bilingual.texts(Verdict.class, "verdict");

    static Verdict of(EvaluationKind kind, List<ModuleResult> results) {
        if (results.isEmpty()) {
            return new Verdict(Outcome.INCOMPLETE, null, null, false,
                    List.of(TEXTS.of("none", new Bilingual(kind.name(), Labels.of(kind)))));
        }
        List<Bilingual> vetoes = new ArrayList<>();
        List<Bilingual> failures = new ArrayList<>();
        List<Bilingual> errors = new ArrayList<>();
        Grade grade = null;
        BigDecimal sum = BigDecimal.ZERO;
        int scored = 0;
        for (ModuleResult r : results) {
            if (r.status() == ResultStatus.ERROR) {
                errors.add(TEXTS.of("error", r.moduleId(), r.moduleVersion(), r.error()));
                continue;
            }
            grade = grade == null ? r.grade() : grade.worse(r.grade());
            if (r.score() != null) {
                sum = sum.add(r.score());
                scored++;
            }
            if (r.veto()) {
                vetoes.add(TEXTS.of("veto", r.moduleId(), new Bilingual(String.valueOf(r.vetoReason()),
                        r.vetoReasonTranslations().getOrDefault("zh", String.valueOf(r.vetoReason())))));
            } else if (r.grade() == Grade.UNQUALIFIED) {
                failures.add(TEXTS.of("unqualified", r.moduleId(), r.score() == null ? TEXTS.of("noScore")
                        : Bilingual.same(r.score() + " %")));
            }
        }
        BigDecimal score = scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP);
        List<Bilingual> reasons = new ArrayList<>(vetoes);
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

    /** The reasons in English, the language of the results' {@code reasons}. */
    List<String> english() {
        return reasons.stream().map(Bilingual::en).toList();
    }

    /** The reasons in the other languages castpb answers in, as {@code SocietyEvaluation#reasonTranslations}. */
    Map<String, List<String>> translations() {
        return reasons.isEmpty() ? Map.of() : Map.of("zh", reasons.stream().map(Bilingual::zh).toList());
    }
}
