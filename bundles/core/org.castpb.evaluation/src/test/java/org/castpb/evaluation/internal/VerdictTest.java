package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultStatus;
import org.junit.Test;

public class VerdictTest {

    private static ModuleResult ok(String id, String score, Grade grade) {
        return new ModuleResult(id, "1.0.0", "", ResultStatus.OK, 1, 1, new BigDecimal(score), grade, false, null, null, 3,
                List.of(Finding.met("X", "x", 1, "evidence")));
    }

    private static ModuleResult veto(String id, String score, String reason) {
        return new ModuleResult(id, "1.0.0", "", ResultStatus.OK, 1, 1, new BigDecimal(score), Grade.UNQUALIFIED, true,
                reason, null, 3, List.of(Finding.met("X", "x", 1, "evidence")));
    }

    private static ModuleResult error(String id, String message) {
        return new ModuleResult(id, "2.1.0", "33", ResultStatus.ERROR, 0, 0, null, null, false, null, message, 2000, List.of());
    }

    @Test
    public void allModulesAnsweringWithoutVetoPassWithTheMeanScoreAndTheWorstGrade() {
        Verdict v = Verdict.of(EvaluationKind.ASSESSMENT, List.of(ok("a", "95.0", Grade.EXCELLENT), ok("b", "70.5", Grade.QUALIFIED)));
        assertEquals(Outcome.PASS, v.outcome());
        assertEquals(new BigDecimal("82.8"), v.score());
        assertEquals(Grade.QUALIFIED, v.grade());
        assertFalse(v.vetoed());
        assertTrue(v.english().isEmpty());
    }

    @Test
    public void aPartyBuildingVetoFailsTheComprehensiveEvaluationWhateverTheOtherScores() {
        Verdict v = Verdict.of(EvaluationKind.COMPREHENSIVE, List.of(veto("cast.national", "92.0", "no organisation after 2017-06-30"),
                ok("zhejiang.local", "100.0", Grade.EXCELLENT)));
        assertEquals(Outcome.FAIL, v.outcome());
        assertTrue(v.vetoed());
        assertEquals(Grade.UNQUALIFIED, v.grade());
        assertEquals(new BigDecimal("96.0"), v.score());
        assertEquals(List.of("cast.national vetoes: no organisation after 2017-06-30"), v.english());
    }

    @Test
    public void theReasonsReadInChineseWithAVetoReasonAsTheModuleWordedItInChinese() {
        ModuleResult worded = new ModuleResult("cast.national", "1.0.0", "", ResultStatus.OK, 1, 1, new BigDecimal("92.0"),
                Grade.UNQUALIFIED, true, "no organisation after 2017-06-30", null, 3, List.of(Finding.met("X", "x", 1, "evidence")),
                java.util.Map.of("zh", "2017-06-30 后仍无党组织"));
        Verdict v = Verdict.of(EvaluationKind.COMPREHENSIVE, List.of(worded, ok("a", "55.0", Grade.UNQUALIFIED),
                veto("old.module", "10.0", "why"), error("b", "failed: boom")));
        assertEquals(List.of("cast.national vetoes: no organisation after 2017-06-30", "old.module vetoes: why",
                "a grades the society UNQUALIFIED (55.0 %)", "b 2.1.0 gave no result: failed: boom"), v.english());
        // a module that words its veto in its language only (before SPI 1.2.0) is quoted as it wrote it
        assertEquals(java.util.Map.of("zh", List.of("cast.national 一票否决：2017-06-30 后仍无党组织", "old.module 一票否决：why",
                "a 评定该学会为不合格（55.0 %）", "b 2.1.0 未给出结果：failed: boom")), v.translations());
        assertEquals(List.of("没有适用于该学会的“" + org.castpb.api.text.Labels.of(EvaluationKind.ANNUAL_INSPECTION) + "”评估模块"),
                Verdict.of(EvaluationKind.ANNUAL_INSPECTION, List.of()).translations().get("zh"));
    }

    @Test
    public void aVetoFailsEvenWhenAnotherModuleGaveNoResult() {
        Verdict v = Verdict.of(EvaluationKind.COMPREHENSIVE, List.of(veto("a", "40.0", "why"), error("b", "exceeded the time limit")));
        assertEquals(Outcome.FAIL, v.outcome());
        assertEquals(2, v.english().size());
        assertEquals("b 2.1.0 gave no result: exceeded the time limit", v.english().get(1));
    }

    @Test
    public void anUnqualifiedGradeFailsWithoutVeto() {
        Verdict v = Verdict.of(EvaluationKind.ANNUAL_INSPECTION, List.of(ok("a", "55.0", Grade.UNQUALIFIED), ok("b", "90.0", Grade.EXCELLENT)));
        assertEquals(Outcome.FAIL, v.outcome());
        assertFalse(v.vetoed());
        assertEquals(Grade.UNQUALIFIED, v.grade());
        assertEquals(List.of("a grades the society UNQUALIFIED (55.0 %)"), v.english());
    }

    @Test
    public void aModuleErrorWithoutFailureLeavesTheSocietyIncompleteNotPassed() {
        Verdict v = Verdict.of(EvaluationKind.ASSESSMENT, List.of(ok("a", "90.0", Grade.EXCELLENT), error("b", "failed: boom")));
        assertEquals(Outcome.INCOMPLETE, v.outcome());
        assertEquals(new BigDecimal("90.0"), v.score());
        assertEquals(Grade.EXCELLENT, v.grade());
        assertEquals(List.of("b 2.1.0 gave no result: failed: boom"), v.english());
    }

    @Test
    public void noApplicableModuleIsIncompleteAndSaysSo() {
        Verdict v = Verdict.of(EvaluationKind.ANNUAL_INSPECTION, List.of());
        assertEquals(Outcome.INCOMPLETE, v.outcome());
        assertNull(v.score());
        assertNull(v.grade());
        assertEquals(List.of("no evaluation module serving ANNUAL_INSPECTION applies to this society"), v.english());
    }

    @Test
    public void onlyErrorsGiveNeitherScoreNorGrade() {
        Verdict v = Verdict.of(EvaluationKind.ASSESSMENT, List.of(error("a", "x")));
        assertEquals(Outcome.INCOMPLETE, v.outcome());
        assertNull(v.score());
        assertNull(v.grade());
    }
}
