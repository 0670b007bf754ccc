package org.castpb.plugin.evaluation.national.internal;

import static org.castpb.plugin.evaluation.national.internal.Fixtures.compliant;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.castpb.api.Ledger;
import org.castpb.api.Society;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.appraisal.AppraisedMember;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.life.Meeting;
import org.castpb.api.life.MeetingType;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.matters.MatterCategory;
import org.castpb.api.matters.Opinion;
import org.castpb.api.matters.OpinionKind;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.spi.EvaluationContext;
import org.junit.Test;

public class OrganisationalLifeTest {

    private final NationalModule module = new NationalModule(Fixtures.config());

    /** The compliant society of 2023 (its branch, id 11, has no committee) with what this instance records of its life. */
    record Life(EvaluationContext base, Optional<List<Meeting>> meetings, Optional<List<AppraisalRound>> appraisals,
                Optional<List<MajorMatter>> majorMatters) implements EvaluationContext {
        public int year() {
            return base.year();
        }

        public EvaluationKind kind() {
            return base.kind();
        }

        public LocalDate asOf() {
            return base.asOf();
        }

        public Society society() {
            return base.society();
        }

        public Ledger ledger() {
            return base.ledger();
        }

        public List<PartyOrganisation> organisations() {
            return base.organisations();
        }

        public boolean establishmentRequestPending() {
            return base.establishmentRequestPending();
        }

        public List<LiaisonAssignment> liaisons() {
            return base.liaisons();
        }
    }

    private static Meeting meeting(MeetingType type, LocalDate on) {
        return new Meeting(1, type, 11, "测试学会BRANCH", on, "学习", List.of(), 5, "纪要", on, false, 1, Instant.EPOCH, "admin");
    }

    /** Assemblies and lectures each quarter and the organisational life meeting: everything due in 2023. */
    private static List<Meeting> fullYear() {
        List<Meeting> meetings = new ArrayList<>();
        for (int quarter = 0; quarter < 4; quarter++) {
            meetings.add(meeting(MeetingType.MEMBERS_ASSEMBLY, LocalDate.of(2023, 3 * quarter + 2, 10)));
            meetings.add(meeting(MeetingType.PARTY_LECTURE, LocalDate.of(2023, 3 * quarter + 2, 20)));
        }
        meetings.add(meeting(MeetingType.ORGANISATIONAL_LIFE_MEETING, LocalDate.of(2023, 12, 20)));
        return meetings;
    }

    private static AppraisalRound round() {
        return new AppraisalRound(40, 11, "测试学会BRANCH", 2023, LocalDate.of(2023, 12, 22), List.of(new AppraisedMember(1, "王伟", AppraisalGrade.EXCELLENT),
                new AppraisedMember(2, "李娜", AppraisalGrade.QUALIFIED), new AppraisedMember(3, "张敏", AppraisalGrade.QUALIFIED)), List.of(), null,
                "EXCELLENT at most 1/3 of those appraised", 1, Instant.EPOCH, "admin");
    }

    private static MajorMatter matter(long id, Opinion opinion, String breach) {
        return new MajorMatter(id, Fixtures.SOCIETY, "测试学会", MatterCategory.LARGE_EXPENDITURE, "购置设备" + id, LocalDate.of(2023, 3, 1),
                new BigDecimal("300000"), "v1", new BigDecimal("100000"), opinion, LocalDate.of(2023, 3, 20), breach, 1, Instant.EPOCH, "admin");
    }

    private Finding life(Life context) {
        return module.evaluate(context).findings().stream().filter(f -> f.code().equals("ORGANISATIONAL_LIFE")).findFirst().orElseThrow();
    }

    @Test
    public void aYearOfMeetingsAnAppraisalAndOpinionsFirstGetsEveryPoint() {
        Opinion agreed = new Opinion(OpinionKind.AGREE, "同意", LocalDate.of(2023, 3, 10));
        Finding f = life(new Life(compliant(), Optional.of(fullYear()), Optional.of(List.of(round())),
                Optional.of(List.of(matter(1, agreed, null)))));
        assertEquals(f.evidence(), 20, f.points());
        assertEquals(20, f.maxPoints());
    }

    @Test
    public void missingMeetingsAndABreachCostTheirShare() {
        List<Meeting> half = fullYear().stream().filter(m -> m.type() != MeetingType.PARTY_LECTURE).toList();
        Finding f = life(new Life(compliant(), Optional.of(half), Optional.of(List.of(round())),
                Optional.of(List.of(matter(1, null, "NO_PRIOR_OPINION"), matter(2, new Opinion(OpinionKind.AGREE, "同意", LocalDate.of(2023, 3, 2)), null)))));
        // meetings 10 points: assemblies 4 of 4, lectures 0 of 4, life meeting 1 of 1 -> 2/3 -> 7; appraisal 5; matters 5 * 1/2 -> 3
        assertEquals(f.evidence(), 15, f.points());
        assertEquals(20, f.maxPoints());
        assertTrue(f.evidence(), f.evidence().contains("party lectures 0 of 4") && f.evidence().contains("matter 1 购置设备1 decided on 2023-03-20 without an earlier opinion"));
    }

    @Test
    public void aPartNotRecordedHereOrNotDueLeavesItsPointsOutOfTheMaximum() {
        Finding f = life(new Life(compliant(), Optional.empty(), Optional.of(List.of()), Optional.of(List.of())));
        // the year 2023 ended on the campaign's day (2023-12-31), so the missing appraisal is not yet overdue; no matter was decided
        assertEquals(0, f.maxPoints());
        Fixtures.Context c = compliant();
        Fixtures.Context inspectedNextSpring = new Fixtures.Context(2023, c.kind(), LocalDate.of(2024, 3, 31), c.society(), c.ledger(),
                c.organisations(), false, List.of());
        Finding late = life(new Life(inspectedNextSpring, Optional.empty(), Optional.of(List.of()), Optional.of(List.of())));
        assertEquals(0, late.points());
        assertTrue(late.evidence(), late.maxPoints() == 5 && late.evidence().contains("no round recorded by 2024-03-31"));
    }

    @Test
    public void completedMonthsCountOnlyMonthsThatEnded() {
        assertEquals(11, OrganisationalLife.completedMonths(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 5)));
        assertEquals(12, OrganisationalLife.completedMonths(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals(0, OrganisationalLife.completedMonths(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 30)));
    }
}
