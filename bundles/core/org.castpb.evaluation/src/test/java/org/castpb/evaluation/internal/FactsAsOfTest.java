package org.castpb.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.appraisal.AppraisedMember;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.matters.MatterCategory;
import org.castpb.api.matters.Opinion;
import org.castpb.api.matters.OpinionKind;
import org.junit.Test;

/** Modules read appraisal rounds and major matters as they stood on the campaign's day, not as recorded now. */
public class FactsAsOfTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Test
    public void aMatterDecidedAfterThePeriodCountsAsUndecidedWithoutItsBreach() {
        MajorMatter late = matter(1, "2025-11-03", null, "2026-01-20", MajorMatterService.NO_PRIOR_OPINION);
        MajorMatter read = Facts.mattersAsOf(List.of(late), FROM, TO).get(0);
        assertNull(read.decidedOn());
        assertNull(read.breach());
        assertEquals(late.raisedOn(), read.raisedOn());
    }

    @Test
    public void anOpinionGivenAfterThePeriodIsNotThereYet() {
        MajorMatter m = matter(2, "2025-12-01", opinion(OpinionKind.AGREE, "2026-01-05"), "2026-01-10", null);
        MajorMatter read = Facts.mattersAsOf(List.of(m), FROM, TO).get(0);
        assertNull(read.opinion());
        assertNull(read.decidedOn());
    }

    @Test
    public void aMatterRaisedEarlierCountsOnlyWhenDecidedInThePeriod() {
        MajorMatter decidedIn = matter(3, "2024-11-20", null, "2025-02-01", MajorMatterService.NO_PRIOR_OPINION);
        MajorMatter decidedAfter = matter(4, "2024-11-20", opinion(OpinionKind.DISAGREE, "2024-12-01"), "2026-02-01",
                MajorMatterService.DECIDED_AGAINST_OPINION);
        MajorMatter decidedBefore = matter(5, "2024-03-01", opinion(OpinionKind.AGREE, "2024-03-05"), "2024-04-01", null);
        List<MajorMatter> read = Facts.mattersAsOf(List.of(decidedIn, decidedAfter, decidedBefore), FROM, TO);
        assertEquals(List.of(3L), read.stream().map(MajorMatter::id).toList());
        assertEquals(MajorMatterService.NO_PRIOR_OPINION, read.get(0).breach());
    }

    @Test
    public void aMatterSettledInThePeriodIsHandedOverUnchanged() {
        MajorMatter m = matter(6, "2025-05-01", opinion(OpinionKind.DISAGREE, "2025-05-03"), "2025-06-01",
                MajorMatterService.DECIDED_AGAINST_OPINION);
        assertSame(m, Facts.mattersAsOf(List.of(m), FROM, TO).get(0));
    }

    @Test
    public void aMatterRaisedAfterThePeriodIsLeftOut() {
        // a campaign as of mid-year: the period ends on its day
        MajorMatter m = matter(7, "2025-07-01", null, null, null);
        assertEquals(List.of(), Facts.mattersAsOf(List.of(m), FROM, LocalDate.of(2025, 6, 30)));
    }

    @Test
    public void anAppraisalRoundHeldAfterTheCampaignsDayOrOfAnotherYearDoesNotCount() {
        AppraisalRound early = round(1, 2025, "2026-01-15");
        AppraisalRound afterTheDay = round(2, 2025, "2026-03-10");
        AppraisalRound laterYear = round(3, 2026, "2026-02-01");
        List<AppraisalRound> read = Facts.appraisalsAsOf(List.of(early, afterTheDay, laterYear), 2025, LocalDate.of(2026, 2, 28));
        assertEquals(List.of(1L), read.stream().map(AppraisalRound::id).toList());
    }

    private static Opinion opinion(OpinionKind kind, String on) {
        return new Opinion(kind, "意见", LocalDate.parse(on));
    }

    private static MajorMatter matter(long id, String raisedOn, Opinion opinion, String decidedOn, String breach) {
        return new MajorMatter(id, 9, "学会", MatterCategory.MAJOR_DECISION, "事项" + id, LocalDate.parse(raisedOn), (BigDecimal) null,
                "v1", null, opinion, decidedOn == null ? null : LocalDate.parse(decidedOn), breach, 1, Instant.EPOCH, "admin");
    }

    private static AppraisalRound round(long id, int year, String heldOn) {
        return new AppraisalRound(id, 5, "支部", year, LocalDate.parse(heldOn),
                List.of(new AppraisedMember(11, "王小明", AppraisalGrade.QUALIFIED)), List.of(), null, "v1", 1, Instant.EPOCH, "admin");
    }
}
