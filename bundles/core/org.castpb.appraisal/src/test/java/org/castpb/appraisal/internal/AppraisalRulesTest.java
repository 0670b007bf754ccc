package org.castpb.appraisal.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.appraisal.AppraisalDraft;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.GradeEntry;
import org.junit.Test;

public class AppraisalRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final AppraisalRules.Share THIRD = AppraisalRules.Share.parse("1/3");

    private static List<GradeEntry> grades(int excellent, int qualified) {
        List<GradeEntry> grades = new ArrayList<>();
        for (int i = 0; i < excellent + qualified; i++) {
            grades.add(new GradeEntry(100 + i, i < excellent ? AppraisalGrade.EXCELLENT : AppraisalGrade.QUALIFIED));
        }
        return grades;
    }

    private static List<String> codes(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    public void aThirdExcellentIsWithinTheRuleAndOneMoreIsAWarning() {
        assertEquals(List.of(), AppraisalRules.warnings(grades(3, 6), THIRD));
        assertEquals(List.of(AppraisalService.EXCELLENT_ABOVE_SHARE), AppraisalRules.warnings(grades(4, 5), THIRD));
        assertEquals(List.of(AppraisalService.EXCELLENT_ABOVE_SHARE), AppraisalRules.warnings(grades(1, 1), THIRD));
    }

    @Test
    public void tooManyExcellentWithoutJustificationIsRefusedNamingTheJustification() {
        AppraisalDraft draft = new AppraisalDraft(7, 2025, LocalDate.of(2026, 1, 20), grades(4, 5), "  ");
        assertEquals(List.of("justification:" + AppraisalService.EXCELLENT_ABOVE_SHARE), codes(AppraisalRules.check(draft, TODAY, THIRD)));
    }

    @Test
    public void tooManyExcellentWithJustificationIsAccepted() {
        AppraisalDraft draft = new AppraisalDraft(7, 2025, LocalDate.of(2026, 1, 20), grades(4, 5), "两名同志获省部级科技奖励");
        assertEquals(List.of(), AppraisalRules.check(draft, TODAY, THIRD));
    }

    @Test
    public void aMemberGradedTwiceInOneRoundIsRefused() {
        AppraisalDraft draft = new AppraisalDraft(7, 2025, LocalDate.of(2026, 1, 20),
                List.of(new GradeEntry(5, AppraisalGrade.QUALIFIED), new GradeEntry(5, AppraisalGrade.EXCELLENT)), null);
        assertEquals(List.of("grades[1].memberId:" + AppraisalService.APPRAISED_TWICE, "justification:" + AppraisalService.EXCELLENT_ABOVE_SHARE),
                codes(AppraisalRules.check(draft, TODAY, THIRD)));
    }

    @Test
    public void datesMustBeThePastAndTheYearAppraisedOrTheNext() {
        assertEquals(List.of("heldOn:IN_FUTURE"), codes(AppraisalRules.check(
                new AppraisalDraft(7, 2026, TODAY.plusDays(1), grades(0, 3), null), TODAY, THIRD)));
        assertEquals(List.of("heldOn:INVALID"), codes(AppraisalRules.check(
                new AppraisalDraft(7, 2023, LocalDate.of(2025, 1, 10), grades(0, 3), null), TODAY, THIRD)));
        assertEquals(List.of("year:INVALID", "heldOn:INVALID"), codes(AppraisalRules.check(
                new AppraisalDraft(7, 2027, LocalDate.of(2026, 1, 10), grades(0, 3), null), TODAY, THIRD)));
    }

    @Test
    public void anEmptyRoundNamesEveryMissingField() {
        List<String> codes = codes(AppraisalRules.check(new AppraisalDraft(7, 2025, null, List.of(), null), TODAY, THIRD));
        assertTrue(codes.toString(), codes.contains("heldOn:REQUIRED") && codes.contains("grades:REQUIRED"));
    }

    @Test
    public void theShareIsReadAsAFractionAndAnythingElseIsRefused() {
        assertTrue(AppraisalRules.Share.parse("1 / 4").exceededBy(2, 7));
        for (String wrong : new String[] {"0.33", "1/0", "4/3", null}) {
            try {
                AppraisalRules.Share.parse(wrong);
                throw new AssertionError(wrong + " was accepted");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("1/3") || expected.getMessage().contains("fraction"));
            }
        }
    }
}
