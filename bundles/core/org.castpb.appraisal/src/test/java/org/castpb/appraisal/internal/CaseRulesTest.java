package org.castpb.appraisal.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseStep;
import org.castpb.api.appraisal.CaseStepDraft;
import org.castpb.api.appraisal.HandlingStep;
import org.junit.Test;

public class CaseRulesTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 1, 15);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final CaseStep EDUCATED = step(1, HandlingStep.EDUCATION, LocalDate.of(2026, 2, 1), null);
    private static final CaseStep DEADLINE = step(2, HandlingStep.IMPROVEMENT_DEADLINE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30));
    private static final CaseStep PERSUADED = step(3, HandlingStep.PERSUASION_TO_LEAVE, LocalDate.of(2026, 7, 10), null);

    private static CaseStep step(int n, HandlingStep kind, LocalDate on, LocalDate deadline) {
        return new CaseStep(n, kind, on, deadline, "支部谈话", Instant.EPOCH, "sec");
    }

    private static List<String> codes(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    private static List<String> step(List<CaseStep> steps, HandlingStep kind, LocalDate on, LocalDate deadline) {
        return codes(CaseRules.checkStep(steps, new CaseStepDraft(kind, on, deadline, "支部党员大会决定"), OPENED, TODAY));
    }

    @Test
    public void theStepsInOrderAreAccepted() {
        assertEquals(List.of(), step(List.of(), HandlingStep.EDUCATION, OPENED, null));
        assertEquals(List.of(), step(List.of(EDUCATED), HandlingStep.EDUCATION, LocalDate.of(2026, 2, 15), null));
        assertEquals(List.of(), step(List.of(EDUCATED), HandlingStep.IMPROVEMENT_DEADLINE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)));
        assertEquals(List.of(), step(List.of(EDUCATED, DEADLINE), HandlingStep.PERSUASION_TO_LEAVE, LocalDate.of(2026, 7, 1), null));
        assertEquals(List.of(), step(List.of(EDUCATED, DEADLINE, PERSUADED), HandlingStep.REMOVAL, PERSUADED.on(), null));
    }

    @Test
    public void aStepDatedBeforeThePreviousOneOrTheOpeningIsOutOfOrder() {
        assertEquals(List.of("on:" + AppraisalService.STEP_OUT_OF_ORDER),
                step(List.of(EDUCATED, DEADLINE), HandlingStep.PERSUASION_TO_LEAVE, LocalDate.of(2026, 2, 28), null).subList(0, 1));
        assertEquals(List.of("on:" + AppraisalService.STEP_OUT_OF_ORDER), step(List.of(), HandlingStep.EDUCATION, OPENED.minusDays(1), null));
        assertEquals(List.of("on:" + AppraisalService.STEP_OUT_OF_ORDER), step(List.of(EDUCATED), HandlingStep.EDUCATION, EDUCATED.on().minusDays(1), null));
    }

    @Test
    public void aStepOfAnEarlierKindOrARepeatedDeadlineIsOutOfOrder() {
        assertEquals(List.of("kind:" + AppraisalService.STEP_OUT_OF_ORDER), step(List.of(EDUCATED, DEADLINE), HandlingStep.EDUCATION,
                LocalDate.of(2026, 4, 1), null));
        assertEquals(List.of("kind:" + AppraisalService.STEP_OUT_OF_ORDER), step(List.of(EDUCATED, DEADLINE), HandlingStep.IMPROVEMENT_DEADLINE,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 1)));
    }

    @Test
    public void persuasionAndRemovalWaitUntilTheDeadlinePassed() {
        assertEquals(List.of("kind:" + AppraisalService.DEADLINE_NOT_PASSED), step(List.of(EDUCATED), HandlingStep.PERSUASION_TO_LEAVE,
                LocalDate.of(2026, 3, 1), null));
        assertEquals(List.of("on:" + AppraisalService.DEADLINE_NOT_PASSED), step(List.of(EDUCATED, DEADLINE), HandlingStep.PERSUASION_TO_LEAVE,
                DEADLINE.deadline(), null));
        assertEquals(List.of("on:" + AppraisalService.DEADLINE_NOT_PASSED, "kind:" + AppraisalService.STEP_OUT_OF_ORDER),
                step(List.of(EDUCATED, DEADLINE), HandlingStep.REMOVAL, LocalDate.of(2026, 5, 1), null));
        assertEquals(List.of("kind:" + AppraisalService.STEP_OUT_OF_ORDER), step(List.of(EDUCATED, DEADLINE), HandlingStep.REMOVAL,
                LocalDate.of(2026, 8, 1), null));
    }

    @Test
    public void aDeadlineBelongsToTheImprovementStepAndLiesAfterIt() {
        assertEquals(List.of("deadline:REQUIRED"), step(List.of(), HandlingStep.IMPROVEMENT_DEADLINE, OPENED, null));
        assertEquals(List.of("deadline:INVALID_DATE"), step(List.of(), HandlingStep.IMPROVEMENT_DEADLINE, OPENED, OPENED));
        assertEquals(List.of("deadline:INVALID"), step(List.of(), HandlingStep.EDUCATION, OPENED, OPENED.plusDays(30)));
        assertEquals(List.of("on:IN_FUTURE"), step(List.of(), HandlingStep.EDUCATION, TODAY.plusDays(1), null));
        assertEquals(List.of("note:REQUIRED"), codes(CaseRules.checkStep(List.of(), new CaseStepDraft(HandlingStep.EDUCATION, OPENED, null, " "),
                OPENED, TODAY)));
    }

    @Test
    public void theResultMustFollowFromTheSteps() {
        assertEquals(List.of("result:" + AppraisalService.RESULT_WITHOUT_STEP), close(List.of(), CaseResult.IMPROVED));
        assertEquals(List.of(), close(List.of(EDUCATED, DEADLINE), CaseResult.IMPROVED));
        assertEquals(List.of("result:" + AppraisalService.RESULT_WITHOUT_STEP), close(List.of(EDUCATED, DEADLINE), CaseResult.PERSUADED_TO_LEAVE));
        assertEquals(List.of(), close(List.of(EDUCATED, DEADLINE, PERSUADED), CaseResult.PERSUADED_TO_LEAVE));
        assertEquals(List.of("result:" + AppraisalService.RESULT_WITHOUT_STEP), close(List.of(EDUCATED, DEADLINE, PERSUADED), CaseResult.IMPROVED));
        assertEquals(List.of("result:" + AppraisalService.RESULT_WITHOUT_STEP), close(List.of(EDUCATED, DEADLINE, PERSUADED), CaseResult.REMOVED));
        assertEquals(List.of(), close(List.of(), CaseResult.OTHER));
        assertEquals(List.of("note:REQUIRED"), codes(CaseRules.checkClose(List.of(), TODAY, CaseResult.OTHER, null, OPENED, TODAY)));
        assertEquals(List.of("on:" + AppraisalService.STEP_OUT_OF_ORDER), codes(CaseRules.checkClose(List.of(EDUCATED, DEADLINE), DEADLINE.on().minusDays(1),
                CaseResult.IMPROVED, "已改正", OPENED, TODAY)));
    }

    private static List<String> close(List<CaseStep> steps, CaseResult result) {
        return codes(CaseRules.checkClose(steps, TODAY, result, "经教育已改正", OPENED, TODAY));
    }
}
