package org.castpb.coverage.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.Page;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageRow;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.UncoveredSociety;
import org.junit.Test;

public class CoverageQueriesTest {

    private static final CoverageScope ALL_LEVELS = new CoverageScope(EnumSet.allOf(SocietyLevel.class),
            EnumSet.of(GroupMemberStatus.MEMBER), EnumSet.of(RegistrationStatus.ACTIVE));

    private final CoverageDatabase db = new CoverageDatabase();
    private final CoverageQueries defaults = new CoverageQueries(db.dataSource, CoverageScope.DEFAULT);

    private CoverageFigures totals(CoverageQueries queries, String asOf) {
        return queries.report(Scope.ALL, LocalDate.parse(asOf), null).totals();
    }

    static void assertFigures(long inScope, long organisation, long work, CoverageFigures actual) {
        assertEquals("in scope", inScope, actual.inScope());
        assertEquals("organisation-covered", organisation, actual.organisationCovered());
        assertEquals("work-covered", work, actual.workCovered());
    }

    @Test
    public void jointBranchCoversEachOfItsSocietiesFromItsEstablishment() {
        db.member(1).member(2).member(3).member(4)
                .organisation(10, "JOINT_BRANCH", "2016-03-01", null)
                .covers(10, 1, "2016-03-01", null).covers(10, 2, "2016-03-01", null).covers(10, 3, "2016-03-01", null);

        CoverageFigures before = totals(defaults, "2016-02-29");
        CoverageFigures after = totals(defaults, "2016-06-30");

        assertFigures(4, 0, 0, before);
        assertEquals(new BigDecimal("0.0"), before.organisationRate());
        assertFigures(4, 3, 3, after);
        assertEquals(new BigDecimal("75.0"), after.organisationRate());
        assertEquals(new BigDecimal("75.0"), after.workRate());
    }

    @Test
    public void societyCoveredByItsOwnBranchAndAJointBranchCountsOnce() {
        db.member(1).member(2)
                .organisation(10, "BRANCH", "2015-01-01", null).covers(10, 1, "2015-01-01", null)
                .organisation(11, "JOINT_BRANCH", "2015-06-01", null).covers(11, 1, "2015-06-01", null).covers(11, 2, "2015-06-01", null);

        assertFigures(2, 2, 2, totals(defaults, "2016-01-01"));
    }

    @Test
    public void dissolvedOrganisationCountsUntilTheDayBeforeItsDissolution() {
        db.member(1).organisation(10, "BRANCH", "2015-01-01", "2016-10-01").covers(10, 1, "2015-01-01", null);

        assertFigures(1, 1, 1, totals(defaults, "2016-09-30"));
        assertFigures(1, 0, 0, totals(defaults, "2016-10-01"));
    }

    @Test
    public void organisationEstablishedAfterTheDateDoesNotCountEvenWithAnEarlierCoverageRow() {
        db.member(1).organisation(10, "COMMITTEE", "2017-01-10", null).covers(10, 1, "2016-12-01", null);

        assertFigures(1, 0, 0, totals(defaults, "2016-12-31"));
        assertFigures(1, 1, 1, totals(defaults, "2017-01-10"));
    }

    @Test
    public void coverageRowCountsThroughItsLastDayIncluded() {
        db.member(1).organisation(10, "GENERAL_BRANCH", "2015-01-01", null).covers(10, 1, "2015-01-01", "2016-06-30");

        assertFigures(1, 1, 1, totals(defaults, "2016-06-30"));
        assertFigures(1, 0, 0, totals(defaults, "2016-07-01"));
    }

    @Test
    public void workGroupGivesWorkCoverageButNotOrganisationCoverage() {
        db.member(1).member(2).organisation(10, "WORK_GROUP", "2016-05-01", null).covers(10, 1, "2016-05-01", null);

        CoverageFigures figures = totals(defaults, "2016-12-31");

        assertFigures(2, 0, 1, figures);
        assertEquals(new BigDecimal("0.0"), figures.organisationRate());
        assertEquals(new BigDecimal("50.0"), figures.workRate());
    }

    @Test
    public void liaisonGivesWorkCoverageOnlyWhileTheAssignmentRuns() {
        db.member(1).member(2).member(3)
                .liaison(1, "2016-01-01", "2016-11-30")
                .liaison(2, "2016-12-01", null);

        assertFigures(3, 0, 1, totals(defaults, "2016-11-30"));
        assertFigures(3, 0, 1, totals(defaults, "2016-12-31"));
        assertFigures(3, 0, 0, totals(defaults, "2015-12-31"));
        // 1's assignment ended on 2016-11-30, 3 never had one
        assertEquals(List.of(1L, 3L), defaults.uncovered(Scope.ALL, LocalDate.parse("2016-12-31"), CoverageKind.WORK, 0, 10)
                .items().stream().map(UncoveredSociety::societyId).toList());
    }

    @Test
    public void addingApplicantsToTheScopeEnlargesTheDenominator() {
        db.member(1).member(2).member(3)
                .society(4, "NATIONAL", "110000", "SCIENCE", "APPLICANT")
                .society(5, "PROVINCIAL", "310000", "SCIENCE", "MEMBER")
                .society(6, "NATIONAL", "110000", "SCIENCE", "MEMBER", "DEREGISTERED")
                .organisation(10, "JOINT_BRANCH", "2015-01-01", null)
                .covers(10, 1, "2015-01-01", null).covers(10, 2, "2015-01-01", null)
                .covers(10, 5, "2015-01-01", null).covers(10, 6, "2015-01-01", null);
        CoverageQueries withApplicants = new CoverageQueries(db.dataSource, new CoverageScope(EnumSet.of(SocietyLevel.NATIONAL),
                EnumSet.of(GroupMemberStatus.MEMBER, GroupMemberStatus.APPLICANT), EnumSet.of(RegistrationStatus.ACTIVE)));

        CoverageFigures members = totals(defaults, "2016-12-31");
        CoverageFigures membersAndApplicants = totals(withApplicants, "2016-12-31");

        // 1, 2, 3 in scope (5 is provincial, 6 deregistered); 1 and 2 covered: 2 / 3
        assertFigures(3, 2, 2, members);
        assertEquals(new BigDecimal("66.7"), members.organisationRate());
        // applicant 4 joins the denominator uncovered: 2 / 4
        assertFigures(4, 2, 2, membersAndApplicants);
        assertEquals(new BigDecimal("50.0"), membersAndApplicants.organisationRate());
    }

    @Test
    public void breakdownByRegionGroupsByProvinceAndSumsToTheTotals() {
        db.society(1, "NATIONAL", "110000", "SCIENCE", "MEMBER")
                .society(2, "PROVINCIAL", "110108", "MEDICINE", "MEMBER")
                .society(3, "PROVINCIAL", "310000", "ENGINEERING", "MEMBER")
                .society(4, "MUNICIPAL", "310115", "ENGINEERING", "MEMBER")
                .society(5, "MUNICIPAL", "440300", "AGRICULTURE", "MEMBER")
                .organisation(10, "BRANCH", "2015-01-01", null).covers(10, 1, "2015-01-01", null)
                .organisation(11, "JOINT_BRANCH", "2015-01-01", null).covers(11, 3, "2015-01-01", null).covers(11, 4, "2015-01-01", null)
                .organisation(12, "WORK_GROUP", "2015-01-01", null).covers(12, 2, "2015-01-01", null)
                .liaison(5, "2015-01-01", null);
        CoverageQueries queries = new CoverageQueries(db.dataSource, ALL_LEVELS);

        CoverageReport report = queries.report(Scope.ALL, LocalDate.parse("2016-12-31"), GroupBy.REGION);

        assertEquals(List.of("110000", "310000", "440000"), report.rows().stream().map(CoverageRow::key).toList());
        assertFigures(2, 1, 2, report.rows().get(0).figures());
        assertFigures(2, 2, 2, report.rows().get(1).figures());
        assertFigures(1, 0, 1, report.rows().get(2).figures());
        assertFigures(5, 3, 5, report.totals());
        assertEquals(report.totals(), queries.report(Scope.ALL, LocalDate.parse("2016-12-31"), null).totals());
    }

    @Test
    public void breakdownByLevelSumsToTheTotals() {
        db.society(1, "NATIONAL", "110000", "SCIENCE", "MEMBER")
                .society(2, "NATIONAL", "110000", "MEDICINE", "MEMBER")
                .society(3, "PROVINCIAL", "310000", "ENGINEERING", "MEMBER")
                .society(4, "MUNICIPAL", "310115", "ENGINEERING", "MEMBER")
                .organisation(10, "BRANCH", "2015-01-01", null).covers(10, 1, "2015-01-01", null).covers(10, 3, "2015-01-01", null)
                .liaison(2, "2015-01-01", null);
        CoverageQueries queries = new CoverageQueries(db.dataSource, ALL_LEVELS);

        CoverageReport report = queries.report(Scope.ALL, LocalDate.parse("2016-12-31"), GroupBy.LEVEL);

        assertEquals(List.of("MUNICIPAL", "NATIONAL", "PROVINCIAL"), report.rows().stream().map(CoverageRow::key).toList());
        assertFigures(1, 0, 0, report.rows().get(0).figures());
        assertFigures(2, 1, 2, report.rows().get(1).figures());
        assertFigures(1, 1, 1, report.rows().get(2).figures());
        assertFigures(4, 2, 3, report.totals());
        assertEquals(new BigDecimal("50.0"), report.totals().organisationRate());
        assertEquals(new BigDecimal("75.0"), report.totals().workRate());
    }

    @Test
    public void breakdownByDisciplineAndGroupMemberStatusKeysByTheirNames() {
        db.member(1).society(2, "NATIONAL", "110000", "MEDICINE", "MEMBER");

        CoverageReport byDiscipline = defaults.report(Scope.ALL, LocalDate.parse("2016-12-31"), GroupBy.DISCIPLINE);
        CoverageReport byStatus = defaults.report(Scope.ALL, LocalDate.parse("2016-12-31"), GroupBy.GROUP_MEMBER_STATUS);

        assertEquals(List.of("MEDICINE", "SCIENCE"), byDiscipline.rows().stream().map(CoverageRow::key).toList());
        assertEquals(List.of("MEMBER"), byStatus.rows().stream().map(CoverageRow::key).toList());
        assertFigures(2, 0, 0, byStatus.rows().get(0).figures());
    }

    @Test
    public void emptyScopeGivesZeroCountsAndNoRates() {
        db.society(1, "PROVINCIAL", "310000", "SCIENCE", "MEMBER");

        CoverageReport report = defaults.report(Scope.ALL, LocalDate.parse("2016-12-31"), null);

        assertFigures(0, 0, 0, report.totals());
        assertNull(report.totals().organisationRate());
        assertTrue(report.rows().isEmpty());
    }

    @Test
    public void uncoveredSocietiesArePagedByIdWithTheCurrentLedgersReason() {
        db.member(1).member(2).member(3).member(4).member(5).member(6)
                .organisation(10, "BRANCH", "2015-01-01", null).covers(10, 3, "2015-01-01", null)
                .ledger(1, 1, false, "IN_PREPARATION", "old")
                .ledger(1, 2, true, "FEWER_THAN_THREE_FORMAL_MEMBERS", "two formal members")
                .ledger(2, 1, true, null, null)
                .ledger(4, 1, true, "OTHER", "merging with another society");
        LocalDate asOf = LocalDate.parse("2016-12-31");

        Page<UncoveredSociety> first = defaults.uncovered(Scope.ALL, asOf, CoverageKind.ORGANISATION, 0, 2);
        Page<UncoveredSociety> last = defaults.uncovered(Scope.ALL, asOf, CoverageKind.ORGANISATION, 4, 2);
        Page<UncoveredSociety> beyond = defaults.uncovered(Scope.ALL, asOf, CoverageKind.ORGANISATION, 5, 2);

        // uncovered: 1, 2, 4, 5, 6
        assertEquals(5, first.total());
        assertEquals(List.of(1L, 2L), first.items().stream().map(UncoveredSociety::societyId).toList());
        assertEquals(new UncoveredSociety(1, "Society 1", "511000000000000001", "110000", CoverageKind.ORGANISATION,
                NoOrganisationReason.FEWER_THAN_THREE_FORMAL_MEMBERS, "two formal members"), first.items().get(0));
        assertNull(first.items().get(1).reason());
        assertEquals(List.of(6L), last.items().stream().map(UncoveredSociety::societyId).toList());
        assertNull("society 6 has no ledger", last.items().get(0).reason());
        assertEquals(5, beyond.total());
        assertTrue(beyond.items().isEmpty());
        assertEquals(NoOrganisationReason.OTHER, defaults.uncovered(Scope.ALL, asOf, CoverageKind.ORGANISATION, 2, 1).items().get(0).reason());
    }

    @Test(expected = org.castpb.api.ValidationException.class)
    public void pageBeyondTheLargestLimitIsRefused() {
        defaults.uncovered(Scope.ALL, LocalDate.parse("2016-12-31"), CoverageKind.WORK, 0, CoverageQueries.MAX_LIMIT + 1);
    }

    @Test(expected = org.castpb.api.ValidationException.class)
    public void reportWithoutADateIsRefused() {
        defaults.report(Scope.ALL, null, GroupBy.LEVEL);
    }
}
