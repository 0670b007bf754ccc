package org.castpb.members.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.pipeline.Acceptance;
import org.castpb.api.pipeline.PipelineRuleSet;
import org.castpb.api.pipeline.PipelineService;
import org.castpb.api.pipeline.PipelineStage;
import org.castpb.api.pipeline.StepDraft;
import org.castpb.api.pipeline.StepKind;
import org.junit.Test;

public class PipelineRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate BORN = LocalDate.of(1990, 5, 1);
    private static final PipelineRuleSet V1 = PipelineRuleSets.V1;

    private static PipelineRules.Progress at(PipelineStage stage, LocalDate last) {
        return new PipelineRules.Progress(stage, BORN, last, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 6, 1), 0, 0);
    }

    private static StepDraft probationary(int hours, List<Long> sponsors) {
        return new StepDraft(StepKind.ADMIT_PROBATIONARY, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1), hours, sponsors, 7, 0, null,
                null, List.of());
    }

    private static List<String> codes(List<?> found) {
        return found.stream().map(o -> o instanceof FieldError f ? f.code() : ((RuleWarning) o).code()).toList();
    }

    @Test
    public void applicantUnder18OnTheDayOfApplicationRaisesUnderAge() {
        PipelineRules.Progress none = new PipelineRules.Progress(null, LocalDate.of(2009, 6, 2), null, null, null, 0, 0);
        assertEquals(List.of(PipelineService.UNDER_AGE), codes(PipelineRules.warnings(none, StepDraft.on(StepKind.APPLY, LocalDate.of(2027, 6, 1)), V1)));
        assertEquals(List.of(), PipelineRules.warnings(none, StepDraft.on(StepKind.APPLY, LocalDate.of(2027, 6, 2)), V1));
    }

    @Test
    public void activistCultivatedLessThanAYearRaisesActivistTooShort() {
        PipelineRules.Progress activist = at(PipelineStage.ACTIVIST, LocalDate.of(2024, 3, 1));
        assertEquals(List.of(PipelineService.ACTIVIST_TOO_SHORT),
                codes(PipelineRules.warnings(activist, StepDraft.on(StepKind.ADMIT_CANDIDATE, LocalDate.of(2025, 2, 28)), V1)));
        assertEquals(List.of(), PipelineRules.warnings(activist, StepDraft.on(StepKind.ADMIT_CANDIDATE, LocalDate.of(2025, 3, 1)), V1));
    }

    @Test
    public void fewerThan24ClassHoursRaisesTrainingHoursShort() {
        PipelineRules.Progress candidate = at(PipelineStage.DEVELOPMENT_CANDIDATE, LocalDate.of(2025, 3, 1));
        assertEquals(List.of(PipelineService.TRAINING_HOURS_SHORT), codes(PipelineRules.warnings(candidate, probationary(23, List.of(1L, 2L)), V1)));
        assertEquals(List.of(), PipelineRules.warnings(candidate, probationary(24, List.of(1L, 2L)), V1));
    }

    @Test
    public void probationEndsAfterOneYearAndFormalBeforeThatRaisesProbationNotEnded() {
        PipelineRules.Progress probationary = at(PipelineStage.PROBATIONARY, LocalDate.of(2025, 6, 1));
        StepDraft early = new StepDraft(StepKind.CONFIRM_FORMAL, LocalDate.of(2026, 5, 31), null, null, null, 9, 1, null, null, List.of());
        StepDraft due = new StepDraft(StepKind.CONFIRM_FORMAL, LocalDate.of(2026, 6, 1), null, null, null, 9, 1, null, null, List.of());
        assertEquals(List.of(PipelineService.PROBATION_NOT_ENDED), codes(PipelineRules.warnings(probationary, early, V1)));
        assertEquals(List.of(), PipelineRules.warnings(probationary, due, V1));
    }

    @Test
    public void probationExtendsOnceByAtMostAYear() {
        StepDraft sixMonths = new StepDraft(StepKind.EXTEND_PROBATION, LocalDate.of(2026, 6, 1), null, null, null, null, null, 6, null, List.of());
        StepDraft thirteen = new StepDraft(StepKind.EXTEND_PROBATION, LocalDate.of(2026, 6, 1), null, null, null, null, null, 13, null, List.of());
        PipelineRules.Progress first = at(PipelineStage.PROBATIONARY, LocalDate.of(2025, 6, 1));
        PipelineRules.Progress extended = new PipelineRules.Progress(PipelineStage.PROBATIONARY, BORN, LocalDate.of(2026, 6, 1), null,
                LocalDate.of(2025, 6, 1), 6, 1);
        assertEquals(List.of(), PipelineRules.warnings(first, sixMonths, V1));
        assertEquals(List.of(PipelineService.EXTENSION_TOO_LONG), codes(PipelineRules.warnings(first, thirteen, V1)));
        assertEquals(List.of(PipelineService.EXTENDED_BEFORE), codes(PipelineRules.warnings(extended, sixMonths, V1)));
        assertEquals(LocalDate.of(2026, 12, 1), extended.probationEndsOn(V1));
    }

    @Test
    public void aStepThatDoesNotFollowTheStageIsOutOfOrder() {
        List<FieldError> errors = PipelineRules.errors(at(PipelineStage.APPLICANT, LocalDate.of(2024, 1, 1)), probationary(30, List.of(1L, 2L)), TODAY);
        assertTrue(codes(errors).contains(PipelineService.STEP_OUT_OF_ORDER));
        assertTrue(codes(PipelineRules.errors(at(PipelineStage.FORMAL, LocalDate.of(2024, 1, 1)),
                StepDraft.on(StepKind.DESIGNATE_ACTIVIST, LocalDate.of(2025, 1, 1)), TODAY)).contains(PipelineService.STEP_OUT_OF_ORDER));
    }

    @Test
    public void aStepDatedInTheFutureOrBeforeThePreviousStepIsRefused() {
        PipelineRules.Progress applicant = at(PipelineStage.APPLICANT, LocalDate.of(2024, 1, 1));
        assertEquals(List.of(PipelineService.DATE_IN_FUTURE),
                codes(PipelineRules.errors(applicant, StepDraft.on(StepKind.DESIGNATE_ACTIVIST, TODAY.plusDays(1)), TODAY)));
        assertEquals(List.of(PipelineService.STEP_BEFORE_PREVIOUS),
                codes(PipelineRules.errors(applicant, StepDraft.on(StepKind.DESIGNATE_ACTIVIST, LocalDate.of(2023, 12, 31)), TODAY)));
    }

    @Test
    public void admissionAsProbationaryNeedsTwoDifferentSponsorsAndAnAdoptingVote() {
        PipelineRules.Progress candidate = at(PipelineStage.DEVELOPMENT_CANDIDATE, LocalDate.of(2025, 3, 1));
        assertEquals(List.of("REQUIRED"), codes(PipelineRules.errors(candidate, probationary(30, List.of(1L)), TODAY)));
        assertEquals(List.of(PipelineService.SPONSOR_NOT_FORMAL), codes(PipelineRules.errors(candidate, probationary(30, List.of(4L, 4L)), TODAY)));
        StepDraft rejected = new StepDraft(StepKind.ADMIT_PROBATIONARY, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1), 30, List.of(1L, 2L),
                3, 3, null, null, List.of());
        assertEquals(List.of("NOT_ADOPTED"), codes(PipelineRules.errors(candidate, rejected, TODAY)));
        assertEquals(List.of(), PipelineRules.errors(candidate, probationary(30, List.of(1L, 2L)), TODAY));
    }

    @Test
    public void anAcceptanceMustNameARaisedWarningAndSayWhy() {
        List<RuleWarning> raised = List.of(new RuleWarning(PipelineService.TRAINING_HOURS_SHORT, "20 hours", "v1"));
        assertEquals(List.of(PipelineService.WARNING_NOT_RAISED),
                codes(PipelineRules.acceptanceErrors(raised, List.of(new Acceptance(PipelineService.UNDER_AGE, "why")))));
        assertEquals(List.of("REQUIRED"), codes(PipelineRules.acceptanceErrors(raised, List.of(new Acceptance(PipelineService.TRAINING_HOURS_SHORT, " ")))));
        assertEquals(List.of(), PipelineRules.acceptanceErrors(raised, List.of(new Acceptance(PipelineService.TRAINING_HOURS_SHORT,
                "three days of on-site training were held instead"))));
    }

    @Test
    public void aConfiguredVersionAppliesFromItsDateAndKeepsTheThresholdsItDoesNotName() {
        PipelineRuleSets sets = PipelineRuleSets.DEFAULTS.with("v2 2027-01-01 minTrainingHours=32");
        assertEquals("v1", sets.at(LocalDate.of(2026, 12, 31)).version());
        PipelineRuleSet v2 = sets.at(LocalDate.of(2027, 1, 1));
        assertEquals(32, v2.minTrainingHours());
        assertEquals(18, v2.minAgeYears());
        PipelineRules.Progress candidate = new PipelineRules.Progress(PipelineStage.DEVELOPMENT_CANDIDATE, BORN, LocalDate.of(2026, 1, 1),
                null, null, 0, 0);
        StepDraft thirty = new StepDraft(StepKind.ADMIT_PROBATIONARY, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 5), 30, List.of(1L, 2L),
                5, 0, null, null, List.of());
        List<RuleWarning> warnings = PipelineRules.warnings(candidate, thirty, v2);
        assertEquals("v2", warnings.get(0).ruleSetVersion());
        assertThrows(IllegalArgumentException.class, () -> PipelineRuleSets.DEFAULTS.with("v2 2027-01-01 minHours=32"));
        PipelineRuleSets fromCfg = PipelineRuleSets.DEFAULTS.with("v2 2027-01-01 minTrainingHours=32; v3 2028-01-01 maxExtensions=0");
        assertEquals(List.of("v1", "v2", "v3"), fromCfg.versions().stream().map(PipelineRuleSet::version).toList());
        assertEquals(32, fromCfg.at(LocalDate.of(2028, 1, 1)).minTrainingHours());
    }

    @Test
    public void aPlanIsBehindWhenDevelopedAndCandidatesFallShortOfAnyTarget() {
        int[] onTrack = {0, 0, 3, 1, 1, 2, 1, 0, 4, 1, 1, 1, 0, 1};
        int[] leadersShort = {0, 0, 3, 1, 1, 2, 0, 1, 4, 0, 0, 1, 0, 0};
        assertEquals(false, JpaPipelineService.progress(1, "x", 2026, onTrack).behind());
        assertEquals(true, JpaPipelineService.progress(1, "x", 2026, leadersShort).behind());
    }
}
