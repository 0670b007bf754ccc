package org.castpb.plugin.evaluation.zhejiang.internal;

import static org.castpb.plugin.evaluation.zhejiang.internal.Fixtures.compliant;
import static org.castpb.plugin.evaluation.zhejiang.internal.Fixtures.config;
import static org.castpb.plugin.evaluation.zhejiang.internal.Fixtures.liaison;
import static org.castpb.plugin.evaluation.zhejiang.internal.Fixtures.organisation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.castpb.api.LedgerSection;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.organisation.LiaisonKind;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;
import org.junit.Test;

/**
 * The Zhejiang module's scoring by hand. Default points: 20 (ledger) + 25 (organisation) + 15 (charter) + 10 (term)
 * + 15 (instructor) = 85; bands EXCELLENT >= 85 %, GOOD >= 70 %, QUALIFIED >= 60 %.
 */
public class ZhejiangStandardTest {

    private final ZhejiangModule module = new ZhejiangModule(config());

    @Test
    public void compliantSocietyWithInstructorScoresEveryPoint() {
        Evaluation e = module.evaluate(compliant());

        assertEquals(85, e.points());
        assertEquals(85, e.maxPoints());
        assertEquals(Grade.EXCELLENT, e.grade());
        // major matters are not recorded in this context: that criterion is not assessed and counts 0 of 0
        assertEquals(List.of("LEDGER_FIVE_CLEARS", "ORGANISATION_ESTABLISHED", "CHARTER_PARTY_BUILDING", "ORGANISATION_TERM",
                "INSTRUCTOR_DISPATCHED", "MAJOR_MATTERS_OPINION_FIRST"), e.findings().stream().map(Finding::code).toList());
    }

    @Test
    public void societyWithoutInstructorMissesTheExtraCriterion() {
        Evaluation e = module.evaluate(compliant().withLiaisons());

        Finding instructor = finding(e, "INSTRUCTOR_DISPATCHED");
        assertEquals(0, instructor.points());
        assertEquals(15, instructor.maxPoints());
        assertEquals("No liaison officer or instructor serves the society on 2023-12-31.", instructor.evidence());
        // 70 of 85 = 82.4 %
        assertEquals(70, e.points());
        assertEquals(Grade.GOOD, e.grade());
    }

    @Test
    public void instructorEvidenceNamesEveryoneServingOnTheDay() {
        Evaluation e = module.evaluate(compliant().withLiaisons(
                liaison(43, LiaisonKind.LIAISON_OFFICER, "周涛", LocalDate.of(2023, 1, 1), Fixtures.AS_OF),
                liaison(41, LiaisonKind.INSTRUCTOR, "陈静", LocalDate.of(2022, 9, 1), null),
                liaison(42, LiaisonKind.INSTRUCTOR, "吴磊", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 6, 30))));

        assertEquals("Serving the society on 2023-12-31: instructor 陈静 (since 2022-09-01, dispatched by 浙江省科协党组), "
                + "liaison officer 周涛 (since 2023-01-01, dispatched by 浙江省科协党组).", finding(e, "INSTRUCTOR_DISPATCHED").evidence());
    }

    @Test
    public void assignmentsOutsideTheDayDoNotCount() {
        Evaluation e = module.evaluate(compliant().withLiaisons(
                liaison(42, LiaisonKind.INSTRUCTOR, "吴磊", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 6, 30)),
                liaison(44, LiaisonKind.INSTRUCTOR, "郑丽", LocalDate.of(2024, 1, 1), null)));

        assertEquals(0, finding(e, "INSTRUCTOR_DISPATCHED").points());
    }

    @Test
    public void everyFindingIsWordedInEnglishAndChineseAndTheLedgerNamesFieldsByTheirLabels() {
        Evaluation e = module.evaluate(compliant().with(Fixtures.ledgerWithout(Map.of(
                LedgerSection.PARTY_MEMBERS, List.of("relationshipsElsewhere")))));

        org.castpb.api.evaluation.Finding zh = finding(e, "LEDGER_FIVE_CLEARS").in(java.util.Locale.CHINESE);
        assertEquals("台账“五个清”", zh.title());
        assertEquals("台账第 2 版（截至 2023-12-31）：5 个部分中 4 个已填清，得 16 分（满分 20 分）。未填清：党员队伍情况（缺少：组织关系在外党员数）。",
                zh.evidence());
        for (org.castpb.api.evaluation.Finding f : e.findings()) {
            assertEquals(f.code(), f.evidence(), f.translations().get("en").evidence());
            assertFalse(f.code(), f.translations().get("zh").evidence().isBlank());
        }
    }

    @Test
    public void ledgerWithTwoSectionsMissingGetsItsShareOfClearSections() {
        Evaluation e = module.evaluate(compliant().with(Fixtures.ledgerWithout(Map.of(
                LedgerSection.PARTY_MEMBERS, List.of("relationshipsElsewhere"),
                LedgerSection.NO_ORGANISATION_REASON, List.of("partyOrganisationEstablished")))));

        Finding ledger = finding(e, "LEDGER_FIVE_CLEARS");
        // 20 x 3 / 5
        assertEquals(12, ledger.points());
        assertEquals("Ledger revision 2 on 2023-12-31: 3 of 5 sections clear, 12 of 20 points. Not clear: party members "
                + "(missing Members whose relationship is held elsewhere); no organisation reason (missing Party organisation "
                + "established).", ledger.evidence());
        // 77 of 85 = 90.6 %
        assertEquals(Grade.EXCELLENT, e.grade());
    }

    @Test
    public void organisationEstablishedAfterDeadlineScoresLatePoints() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                organisation(22, OrganisationType.BRANCH, LocalDate.of(2018, 4, 1), LocalDate.of(2024, 3, 31))));

        Finding organisation = finding(e, "ORGANISATION_ESTABLISHED");
        assertEquals(15, organisation.points());
        assertTrue(organisation.evidence().contains("established late: on 2018-04-01, after the deadline 2017-06-30"));
        // 75 of 85 = 88.2 %
        assertEquals(Grade.EXCELLENT, e.grade());
    }

    @Test
    public void workGroupOnlyGroupMemberIsScoredButNeverVetoed() {
        Evaluation e = module.evaluate(compliant().withLiaisons().withOrganisations(
                organisation(23, OrganisationType.WORK_GROUP, LocalDate.of(2016, 1, 1), null)));

        assertFalse(e.veto());
        assertEquals(10, finding(e, "ORGANISATION_ESTABLISHED").points());
        assertEquals(0, finding(e, "ORGANISATION_TERM").points());
        // 20 + 10 + 15 + 0 + 0 = 45 of 85 = 52.9 %
        assertEquals(45, e.points());
        assertEquals(Grade.UNQUALIFIED, e.grade());
    }

    @Test
    public void instructorCountsOnceUnderItsOwnCriterionNotAsWorkCoverage() {
        Evaluation e = module.evaluate(compliant().withOrganisations());

        assertEquals(0, finding(e, "ORGANISATION_ESTABLISHED").points());
        assertEquals(15, finding(e, "INSTRUCTOR_DISPATCHED").points());
        assertFalse(e.veto());
    }

    @Test
    public void pendingRequestOnlyScoresItsPoints() {
        Evaluation e = module.evaluate(compliant().withOrganisations().pendingRequest());

        assertEquals(5, finding(e, "ORGANISATION_ESTABLISHED").points());
        // 20 + 5 + 15 + 0 + 15 = 55 of 85 = 64.7 %
        assertEquals(Grade.QUALIFIED, e.grade());
    }

    @Test
    public void expiredTermNamesTheOverdueElection() {
        Evaluation e = module.evaluate(compliant().withOrganisations(
                organisation(21, OrganisationType.BRANCH, LocalDate.of(2016, 5, 10), LocalDate.of(2023, 5, 9))));

        assertEquals("branch 浙江省测试学会BRANCH: the term ended on 2023-05-09; election overdue since 2023-05-10.",
                finding(e, "ORGANISATION_TERM").evidence());
        assertEquals(75, e.points());
    }

    @Test
    public void gradeBandsAreZhejiangsOwn() {
        ZhejiangRules rules = ZhejiangRules.from(config());

        assertEquals(Grade.EXCELLENT, rules.grade(85, 100));
        assertEquals(Grade.GOOD, rules.grade(84, 100));
        assertEquals(Grade.GOOD, rules.grade(70, 100));
        assertEquals(Grade.QUALIFIED, rules.grade(69, 100));
        assertEquals(Grade.QUALIFIED, rules.grade(60, 100));
        assertEquals(Grade.UNQUALIFIED, rules.grade(59, 100));
    }

    @Test
    public void sameContextGivesSameEvaluation() {
        EvaluationContext context = compliant().with(Fixtures.ledgerWithout(Map.of(LedgerSection.STAFF, List.of("fullTimeStaff"))))
                .withLiaisons(liaison(43, LiaisonKind.LIAISON_OFFICER, "周涛", LocalDate.of(2023, 1, 1), null),
                        liaison(41, LiaisonKind.INSTRUCTOR, "陈静", LocalDate.of(2022, 9, 1), null));

        assertEquals(module.evaluate(context), module.evaluate(context));
        assertEquals(module.evaluate(context), new ZhejiangModule(config()).evaluate(context));
    }

    @Test
    public void configuredInstructorWeightChangesTheScore() {
        Evaluation e = new ZhejiangModule(config("instructorWeight", 30)).evaluate(compliant().withLiaisons());

        // 70 of 100
        assertEquals(100, e.maxPoints());
        assertEquals(Grade.GOOD, e.grade());
    }

    @Test
    public void wrongConfigurationIsRefusedNamingTheProperty() {
        assertRefused("organisationDeadline must be a date yyyy-MM-dd, got '30.06.2017'", "organisationDeadline", "30.06.2017");
        assertRefused("instructorWeight must be 0 to 100 points, got -5", "instructorWeight", -5);
        assertRefused("workGroupPoints must be 0 to organisationLatePoints (15), got 20", "workGroupPoints", 20);
        assertRefused("qualifiedFrom must be 0 to goodFrom (70), got 75", "qualifiedFrom", 75);
        assertRefused("excellentFrom must be at most 100 %, got 120", "excellentFrom", 120);
    }

    private static void assertRefused(String message, String property, Object value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ZhejiangModule(config(property, value)));
        assertEquals("configuration org.castpb.plugin.evaluation.zhejiang: " + message, e.getMessage());
    }

    private static Finding finding(Evaluation e, String code) {
        return e.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
