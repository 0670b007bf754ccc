package org.castpb.plugin.evaluation.national.internal;

import static org.castpb.plugin.evaluation.national.internal.Fixtures.AS_OF;
import static org.castpb.plugin.evaluation.national.internal.Fixtures.compliant;
import static org.castpb.plugin.evaluation.national.internal.Fixtures.config;
import static org.castpb.plugin.evaluation.national.internal.Fixtures.dissolved;
import static org.castpb.plugin.evaluation.national.internal.Fixtures.liaison;
import static org.castpb.plugin.evaluation.national.internal.Fixtures.organisation;
import static org.castpb.plugin.evaluation.national.internal.Fixtures.society;
import static org.castpb.plugin.evaluation.national.internal.Fixtures.uncovered;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.LedgerSection;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.organisation.LiaisonKind;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;
import org.junit.Test;

/**
 * The national standard's scoring, computed by hand. With the default weights the assessable points are
 * 25 (ledger) + 30 (organisation) + 15 (charter) + 10 (term) = 80; organisational life counts 0 of 0.
 */
public class NationalStandardTest {

    private static final LocalDate DEADLINE = LocalDate.of(2017, 6, 30);

    private final NationalModule module = new NationalModule(config());

    @Test
    public void fullyCompliantSocietyScoresEveryPointAndIsExcellent() {
        Evaluation e = module.evaluate(compliant());

        assertEquals(80, e.points());
        assertEquals(80, e.maxPoints());
        assertEquals(Grade.EXCELLENT, e.grade());
        assertFalse(e.veto());
        assertNull(e.vetoReason());
        assertEquals(List.of("LEDGER_FIVE_CLEARS", "ORGANISATION_ESTABLISHED", "CHARTER_PARTY_BUILDING", "ORGANISATION_TERM",
                "ORGANISATIONAL_LIFE"), e.findings().stream().map(Finding::code).toList());
        assertTrue(finding(e, "ORGANISATION_ESTABLISHED").evidence().contains("established on 2016-05-10, on or before the deadline 2017-06-30"));
    }

    @Test
    public void ledgerWithTwoSectionsMissingGetsFivePointsPerClearSection() {
        Evaluation e = module.evaluate(compliant().with(Fixtures.ledgerWithout(Map.of(
                LedgerSection.STAFF, List.of("fullTimeStaff"),
                LedgerSection.LEADERS, List.of("the president (理事长)", "the secretary general (秘书长)")))));

        Finding ledger = finding(e, "LEDGER_FIVE_CLEARS");
        assertEquals(15, ledger.points());
        assertEquals(25, ledger.maxPoints());
        assertEquals("Ledger revision 4 on 2023-12-31: 3 of 5 sections clear, 15 of 25 points. Not clear: "
                + "staff (missing Full-time staff); leaders (missing the president (理事长), the secretary general (秘书长)).", ledger.evidence());
        // 70 of 80 = 87.5 %
        assertEquals(70, e.points());
        assertEquals(Grade.GOOD, e.grade());
    }

    @Test
    public void ledgerEvidenceNamesMissingFieldsByTheirLabelsInEnglishAndChineseNeverByTheirInternalNames() {
        Evaluation e = module.evaluate(compliant().with(Fixtures.ledgerWithout(Map.of(
                LedgerSection.OPERATIONS, List.of("lastInspectionResult", "activitiesInYear")))));

        Finding ledger = finding(e, "LEDGER_FIVE_CLEARS");
        assertEquals(ledger.evidence(), ledger.translations().get("en").evidence());
        assertTrue(ledger.evidence(), ledger.evidence().contains(
                "operations (missing Result of the last annual inspection, Activities in the year)"));
        Finding zh = ledger.in(java.util.Locale.CHINESE);
        assertEquals("台账“五个清”", zh.title());
        assertEquals("截至 2023-12-31，台账第 4 版 5 个部分中 4 个已填清，得 20 分（满分 25 分）。"
                + "未填清：业务运行情况（缺少：最近年检结果、年度活动次数）。", zh.evidence());
        for (Finding f : e.findings()) {
            assertTrue(f.code(), f.translations().keySet().containsAll(List.of("en", "zh")));
            assertFalse(f.translations().get("zh").evidence(), f.translations().get("zh").evidence().contains("lastInspectionResult"));
        }
    }

    @Test
    public void societyWithoutLedgerScoresNoLedgerPoints() {
        Evaluation e = module.evaluate(compliant().with(Fixtures.noLedger()));

        Finding ledger = finding(e, "LEDGER_FIVE_CLEARS");
        assertEquals(0, ledger.points());
        assertTrue(ledger.evidence().startsWith("No ledger is kept"));
        // 55 of 80 = 68.75 %
        assertEquals(Grade.QUALIFIED, e.grade());
    }

    @Test
    public void organisationEstablishedAfterDeadlineScoresLatePoints() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                organisation(12, OrganisationType.BRANCH, LocalDate.of(2019, 3, 1), LocalDate.of(2025, 2, 28))));

        Finding organisation = finding(e, "ORGANISATION_ESTABLISHED");
        assertEquals(20, organisation.points());
        assertEquals(30, organisation.maxPoints());
        assertEquals("branch 测试学会BRANCH established late: on 2019-03-01, after the deadline 2017-06-30.", organisation.evidence());
        assertEquals(70, e.points());
        assertEquals(Grade.GOOD, e.grade());
        assertFalse(e.veto());
    }

    @Test
    public void organisationEstablishedOnDeadlineDayIsOnTime() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                organisation(12, OrganisationType.COMMITTEE, DEADLINE, LocalDate.of(2027, 6, 29))));

        assertEquals(30, finding(e, "ORGANISATION_ESTABLISHED").points());
    }

    @Test
    public void reorganisedSocietyKeepsTheCoverageItHadOnTheDeadline() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                dissolved(11, OrganisationType.BRANCH, LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 1)),
                organisation(12, OrganisationType.COMMITTEE, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31))));

        Finding organisation = finding(e, "ORGANISATION_ESTABLISHED");
        assertEquals(30, organisation.points());
        assertTrue(organisation.evidence(), organisation.evidence().contains("succeeds branch 测试学会BRANCH, established on 2015-01-01"));
        assertEquals(80, e.points());
    }

    @Test
    public void workGroupOnlyGroupMemberAfterDeadlineIsVetoed() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                organisation(13, OrganisationType.WORK_GROUP, LocalDate.of(2016, 1, 1), null)));

        assertTrue(e.veto());
        assertEquals(Grade.UNQUALIFIED, e.grade());
        assertTrue(e.vetoReason(), e.vetoReason().contains("after the deadline 2017-06-30"));
        assertTrue(e.vetoReason().contains("on 2023-12-31"));
        assertEquals(e.vetoReason(), e.vetoReasonTranslations().get("en"));
        assertEquals("中国科协团体会员学会于 2023-12-31 仍无自己的党组织或联合党支部，已过团体会员建立党组织的期限 2017-06-30"
                + "（工作小组、联络员或指导员、待批的组建报批均不算）。", e.vetoReasonTranslations().get("zh"));
        assertEquals(10, finding(e, "ORGANISATION_ESTABLISHED").points());
        assertEquals(0, finding(e, "ORGANISATION_TERM").points());
        // 25 + 10 + 15 + 0
        assertEquals(50, e.points());
    }

    @Test
    public void liaisonOnlyGroupMemberScoresWorkCoverageAndIsVetoed() {
        Evaluation e = module.evaluate(uncovered(GroupMemberStatus.MEMBER).withLiaisons(
                liaison(31, LiaisonKind.INSTRUCTOR, "李明", LocalDate.of(2022, 3, 1), null)));

        Finding organisation = finding(e, "ORGANISATION_ESTABLISHED");
        assertEquals(10, organisation.points());
        assertEquals("No party organisation of its own or joint branch on 2023-12-31; work coverage only, by instructor 李明 (since 2022-03-01).",
                organisation.evidence());
        assertTrue(e.veto());
    }

    @Test
    public void pendingRequestOnlyScoresFivePointsAndDoesNotLiftTheVeto() {
        Evaluation e = module.evaluate(uncovered(GroupMemberStatus.MEMBER).pendingRequest());

        assertEquals(5, finding(e, "ORGANISATION_ESTABLISHED").points());
        assertTrue(e.veto());
        assertEquals(45, e.points());
    }

    @Test
    public void nonMemberWithoutOrganisationIsNotVetoed() {
        Evaluation e = module.evaluate(uncovered(GroupMemberStatus.NONE));

        assertFalse(e.veto());
        assertEquals(0, finding(e, "ORGANISATION_ESTABLISHED").points());
        // 25 + 0 + 15 + 0 = 40 of 80 = 50 %
        assertEquals(40, e.points());
        assertEquals(Grade.UNQUALIFIED, e.grade());
    }

    @Test
    public void applicantWithPendingRequestIsNotVetoed() {
        Evaluation e = module.evaluate(uncovered(GroupMemberStatus.APPLICANT).pendingRequest());

        assertFalse(e.veto());
        // 25 + 5 + 15 + 0 = 45 of 80 = 56.25 %
        assertEquals(45, e.points());
        assertEquals(Grade.UNQUALIFIED, e.grade());
    }

    @Test
    public void groupMemberWithoutOrganisationUpToTheDeadlineIsNotVetoed() {
        assertFalse(module.evaluate(uncovered(GroupMemberStatus.MEMBER).on(LocalDate.of(2017, 3, 31))).veto());
        assertFalse(module.evaluate(uncovered(GroupMemberStatus.MEMBER).on(DEADLINE)).veto());
        assertTrue(module.evaluate(uncovered(GroupMemberStatus.MEMBER).on(DEADLINE.plusDays(1))).veto());
    }

    @Test
    public void groupMemberWhoseOnlyOrganisationWasDissolvedIsVetoed() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                dissolved(11, OrganisationType.BRANCH, LocalDate.of(2015, 1, 1), LocalDate.of(2021, 1, 1))));

        assertTrue(e.veto());
        assertEquals(0, finding(e, "ORGANISATION_ESTABLISHED").points());
    }

    @Test
    public void expiredTermScoresNothingAndNamesTheOverdueElection() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                organisation(11, OrganisationType.BRANCH, LocalDate.of(2016, 5, 10), LocalDate.of(2022, 10, 31))));

        Finding term = finding(e, "ORGANISATION_TERM");
        assertEquals(0, term.points());
        assertEquals("branch 测试学会BRANCH: the term ended on 2022-10-31; election overdue since 2022-11-01.", term.evidence());
        assertEquals(70, e.points());
        assertEquals(Grade.GOOD, e.grade());
    }

    @Test
    public void termEndingOnTheDayIsStillCurrent() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                organisation(11, OrganisationType.BRANCH, LocalDate.of(2016, 5, 10), AS_OF)));

        assertEquals(10, finding(e, "ORGANISATION_TERM").points());
    }

    @Test
    public void termIsThatOfThePrincipalOrganisation() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                organisation(11, OrganisationType.BRANCH, LocalDate.of(2016, 5, 10), LocalDate.of(2025, 1, 1)),
                organisation(12, OrganisationType.COMMITTEE, LocalDate.of(2018, 1, 1), LocalDate.of(2023, 1, 1))));

        Finding term = finding(e, "ORGANISATION_TERM");
        assertEquals(0, term.points());
        assertTrue(term.evidence().startsWith("committee"));
        // the branch of 2016 gave organisation coverage by the deadline
        assertEquals(30, finding(e, "ORGANISATION_ESTABLISHED").points());
    }

    @Test
    public void unknownCharterScoresNothingAsNotRecorded() {
        Evaluation e = module.evaluate(compliant().with(society(GroupMemberStatus.MEMBER, null)));

        Finding charter = finding(e, "CHARTER_PARTY_BUILDING");
        assertEquals(0, charter.points());
        assertEquals(15, charter.maxPoints());
        assertTrue(charter.evidence().contains("not recorded"));
        // 65 of 80 = 81.25 %
        assertEquals(Grade.GOOD, e.grade());
    }

    @Test
    public void charterWithoutPartyBuildingScoresNothing() {
        Evaluation e = module.evaluate(compliant().with(society(GroupMemberStatus.MEMBER, false)));

        assertEquals(0, finding(e, "CHARTER_PARTY_BUILDING").points());
        assertEquals(65, e.points());
    }

    @Test
    public void organisationalLifeIsNotAssessedAndDoesNotCountWhereThisInstanceRecordsNone() {
        Finding life = finding(module.evaluate(compliant()), "ORGANISATIONAL_LIFE");

        assertEquals(0, life.points());
        assertEquals(0, life.maxPoints());
        assertTrue(life.evidence(), life.evidence().startsWith("Meetings: not recorded in this castpb instance."));
    }

    @Test
    public void gradeBandsIncludeTheirLowerEdge() {
        NationalRules rules = NationalRules.from(config());

        assertEquals(Grade.EXCELLENT, rules.grade(72, 80));
        assertEquals(Grade.GOOD, rules.grade(71, 80));
        assertEquals(Grade.GOOD, rules.grade(60, 80));
        assertEquals(Grade.QUALIFIED, rules.grade(59, 80));
        assertEquals(Grade.QUALIFIED, rules.grade(48, 80));
        assertEquals(Grade.UNQUALIFIED, rules.grade(47, 80));
    }

    @Test
    public void lateOrganisationWithExpiredTermIsGoodAtTheBandsEdge() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                organisation(12, OrganisationType.BRANCH, LocalDate.of(2019, 3, 1), LocalDate.of(2022, 2, 28))));

        // 25 + 20 + 15 + 0 = 60 of 80 = exactly 75 %
        assertEquals(60, e.points());
        assertEquals(Grade.GOOD, e.grade());
    }

    @Test
    public void sameContextGivesSameEvaluation() {
        EvaluationContext context = compliant()
                .with(Fixtures.ledgerWithout(Map.of(LedgerSection.OPERATIONS, List.of("runningState"))))
                .withOrganisations(organisation(13, OrganisationType.WORK_GROUP, LocalDate.of(2016, 1, 1), null))
                .withLiaisons(liaison(32, LiaisonKind.LIAISON_OFFICER, "赵强", LocalDate.of(2021, 1, 1), null),
                        liaison(31, LiaisonKind.INSTRUCTOR, "李明", LocalDate.of(2022, 3, 1), null));

        assertEquals(module.evaluate(context), module.evaluate(context));
        assertEquals(module.evaluate(context), new NationalModule(config()).evaluate(context));
    }

    @Test
    public void configuredRulesChangeTheScore() {
        NationalModule later = new NationalModule(config("organisationDeadline", "2019-12-31", "ledgerWeight", 50));

        Evaluation e = later.evaluate(compliant()
                .with(Fixtures.ledgerWithout(Map.of(LedgerSection.STAFF, List.of("fullTimeStaff"))))
                .withOrganisations(organisation(12, OrganisationType.BRANCH, LocalDate.of(2019, 3, 1), LocalDate.of(2025, 2, 28))));

        assertEquals(40, finding(e, "LEDGER_FIVE_CLEARS").points());
        assertEquals(30, finding(e, "ORGANISATION_ESTABLISHED").points());
        // 40 + 30 + 15 + 10 = 95 of 105
        assertEquals(105, e.maxPoints());
    }

    private static Finding finding(Evaluation e, String code) {
        return e.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
