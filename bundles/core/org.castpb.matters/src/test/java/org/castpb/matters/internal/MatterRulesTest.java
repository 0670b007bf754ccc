package org.castpb.matters.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.matters.MatterCategory;
import org.castpb.api.matters.MatterDraft;
import org.castpb.api.matters.Opinion;
import org.castpb.api.matters.OpinionKind;
import org.junit.Test;

public class MatterRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Thresholds RULES = Thresholds.of("v2 2024-01-01 largeExpenditure=200000");

    private static List<String> codes(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    private static MatterDraft expenditure(String yuan, LocalDate raisedOn, Opinion opinion, LocalDate decidedOn) {
        return new MatterDraft(1, MatterCategory.LARGE_EXPENDITURE, "学术年会场地租赁", raisedOn, yuan == null ? null : new BigDecimal(yuan),
                opinion, decidedOn);
    }

    @Test
    public void theThresholdInForceOnTheDayTheMatterWasRaisedApplies() {
        assertEquals(List.of(), codes(MatterRules.check(expenditure("150000", LocalDate.of(2023, 6, 1), null, null), TODAY, RULES)));
        assertEquals(List.of("amount:" + MajorMatterService.BELOW_THRESHOLD),
                codes(MatterRules.check(expenditure("150000", LocalDate.of(2024, 6, 1), null, null), TODAY, RULES)));
        assertEquals("v2", RULES.at(LocalDate.of(2024, 1, 1)).version());
        assertEquals(new BigDecimal("50000"), RULES.at(LocalDate.of(2024, 1, 1)).largeDonation());
    }

    @Test
    public void anExpenditureNeedsItsAmountAndADecisionNeedsNone() {
        assertEquals(List.of("amount:REQUIRED"), codes(MatterRules.check(expenditure(null, LocalDate.of(2026, 3, 1), null, null), TODAY, RULES)));
        assertEquals(List.of(), codes(MatterRules.check(new MatterDraft(1, MatterCategory.MAJOR_DECISION, "换届选举方案",
                LocalDate.of(2026, 3, 1), null, null, null), TODAY, RULES)));
    }

    @Test
    public void anOpinionDatedAfterTheDecisionIsRefused() {
        Opinion late = new Opinion(OpinionKind.AGREE, "同意", LocalDate.of(2026, 3, 10));
        assertEquals(List.of("opinion.givenOn:" + MajorMatterService.OPINION_AFTER_DECISION),
                codes(MatterRules.check(expenditure("300000", LocalDate.of(2026, 3, 1), late, LocalDate.of(2026, 3, 9)), TODAY, RULES)));
        Opinion sameDay = new Opinion(OpinionKind.AGREE, "同意", LocalDate.of(2026, 3, 9));
        assertEquals(List.of(), codes(MatterRules.check(expenditure("300000", LocalDate.of(2026, 3, 1), sameDay, LocalDate.of(2026, 3, 9)), TODAY, RULES)));
    }

    @Test
    public void aDecisionWithoutAnOpinionOrAgainstADisagreeingOneIsABreach() {
        LocalDate decided = LocalDate.of(2026, 3, 9);
        assertEquals(MajorMatterService.NO_PRIOR_OPINION, MatterRules.breach(null, null, decided));
        assertEquals(MajorMatterService.DECIDED_AGAINST_OPINION, MatterRules.breach(OpinionKind.DISAGREE, decided.minusDays(2), decided));
        assertNull(MatterRules.breach(OpinionKind.AGREE_WITH_CONDITIONS, decided.minusDays(2), decided));
        assertNull(MatterRules.breach(null, null, null));
    }

    @Test
    public void futureDatesAndAnOpinionWithoutTextAreRefused() {
        List<String> codes = codes(MatterRules.check(expenditure("300000", TODAY.plusDays(1),
                new Opinion(null, " ", TODAY.plusDays(1)), null), TODAY, RULES));
        assertTrue(codes.toString(), codes.containsAll(List.of("raisedOn:IN_FUTURE", "opinion.kind:REQUIRED", "opinion.text:REQUIRED",
                "opinion.givenOn:IN_FUTURE")));
    }

    @Test
    public void versionsMayComeAsOneCommaSeparatedValue() {
        Thresholds t = Thresholds.of("v2 2024-01-01 largeExpenditure=200000, v3 2026-01-01 largeDonation=80000");
        assertEquals(List.of("v1", "v2", "v3"), t.versions().stream().map(v -> v.version()).toList());
        assertEquals(new BigDecimal("200000"), t.at(LocalDate.of(2026, 6, 1)).largeExpenditure());
        assertEquals(new BigDecimal("80000"), t.at(LocalDate.of(2026, 6, 1)).largeDonation());
    }

    @Test
    public void aWrongThresholdEntryIsRefusedNamingIt() {
        for (String wrong : new String[] {"v2", "v2 2024-13-01", "v2 2024-01-01 largeGift=5", "v2 2024-01-01 largeDonation=-1"}) {
            try {
                Thresholds.of(wrong);
                throw new AssertionError(wrong + " was accepted");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains(wrong));
            }
        }
    }
}
