package org.castpb.coverage.internal;

import static org.castpb.coverage.internal.CoverageQueriesTest.assertFigures;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.NotFoundException;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageRow;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.RectificationTask;
import org.castpb.api.coverage.TrendPoint;
import org.castpb.api.coverage.UncoveredSociety;
import org.junit.Before;
import org.junit.Test;

/** Every coverage figure, list and task is the caller's: a local administrator of 33 gets Zhejiang's, in SQL. */
public class ScopedCoverageTest {

    private static final CoverageScope ALL_LEVELS = new CoverageScope(EnumSet.allOf(SocietyLevel.class),
            EnumSet.of(GroupMemberStatus.MEMBER), EnumSet.of(RegistrationStatus.ACTIVE));
    private static final LocalDate END_2016 = LocalDate.parse("2016-12-31");
    private static final String TARGETS = "2016-12-31 organisation=80 work=100";

    private static final Actor NATIONAL = new Actor("wang", Set.of("national-admin"));
    private static final Actor ZHEJIANG = new Actor("zj-admin", Set.of("local-admin"), Scope.region("33"));
    private static final Actor SHANGHAI = new Actor("sh-admin", Set.of("local-admin"), Scope.region("31"));
    private static final Actor SECRETARY = new Actor("chen", Set.of("society-secretary"), Scope.societies(List.of(2L)));
    private static final Actor NOBODY = new Actor("guest", Set.of("viewer"));

    private CoverageDatabase db;
    private SqlCoverageService coverage;
    private SqlSnapshotService snapshots;
    private SqlRectificationService rectifications;

    @Before
    public void societiesOfTwoProvincesAndTheNation() {
        db = new CoverageDatabase();
        // 1 national; 2, 3, 6 Zhejiang (33); 4, 5 Shanghai (31). Covered by organisations: 1, 2, 4; 6 has a liaison only
        db.society(1, "NATIONAL", "100000", "SCIENCE", "MEMBER")
                .society(2, "PROVINCIAL", "330000", "SCIENCE", "MEMBER")
                .society(3, "MUNICIPAL", "330100", "MEDICINE", "MEMBER")
                .society(4, "PROVINCIAL", "310000", "ENGINEERING", "MEMBER")
                .society(5, "MUNICIPAL", "310115", "ENGINEERING", "MEMBER")
                .society(6, "MUNICIPAL", "330106", "AGRICULTURE", "MEMBER")
                .organisation(10, "BRANCH", "2015-01-01", null).covers(10, 1, "2015-01-01", null)
                .organisation(11, "BRANCH", "2015-01-01", null).covers(11, 2, "2015-01-01", null)
                .organisation(12, "BRANCH", "2015-01-01", null).covers(12, 4, "2015-01-01", null)
                .liaison(6, "2015-01-01", null);
        CoverageQueries queries = new CoverageQueries(db.dataSource, ALL_LEVELS);
        Clock clock = Clock.fixed(ZonedDateTime.of(2017, 1, 15, 12, 0, 0, 0, CoverageSettings.BEIJING).toInstant(), CoverageSettings.BEIJING);
        coverage = new SqlCoverageService(queries, CoverageSettings.targets(new String[] {TARGETS}));
        snapshots = new SqlSnapshotService(db.dataSource, queries, clock);
        rectifications = new SqlRectificationService(db.dataSource, queries, CoverageSettings.targets(new String[] {TARGETS}), 30, clock);
    }

    @Test
    public void localAdministratorOf33GetsZhejiangsFiguresOnly() {
        CoverageReport zhejiang = coverage.report(ZHEJIANG, END_2016, GroupBy.REGION);

        assertFigures(3, 1, 2, zhejiang.totals());
        assertEquals(List.of("330000"), zhejiang.rows().stream().map(CoverageRow::key).toList());
        assertFigures(6, 3, 4, coverage.report(NATIONAL, END_2016, null).totals());
        assertFigures(2, 1, 1, coverage.report(SHANGHAI, END_2016, null).totals());
    }

    @Test
    public void aNationalSocietyIsNeverPartOfARegionsFigures() {
        CoverageReport byLevel = coverage.report(ZHEJIANG, END_2016, GroupBy.LEVEL);

        assertEquals(List.of("MUNICIPAL", "PROVINCIAL"), byLevel.rows().stream().map(CoverageRow::key).toList());
    }

    @Test
    public void secretarySeesOnlyTheirSocietysCoverage() {
        assertFigures(1, 1, 1, coverage.report(SECRETARY, END_2016, null).totals());
        assertEquals(List.of(), coverage.uncovered(SECRETARY, END_2016, false, 0, 10).items());
    }

    @Test
    public void anActorWithoutScopeOrNoActorCountsNothing() {
        assertFigures(0, 0, 0, coverage.report(NOBODY, END_2016, GroupBy.REGION).totals());
        assertFigures(0, 0, 0, coverage.report(null, END_2016, null).totals());
        assertEquals(0, coverage.uncovered(null, END_2016, true, 0, 10).total());
    }

    @Test
    public void targetsAreJudgedOnTheCallersSocieties() {
        // Zhejiang: 1 of 3 organisation-covered (33.3% < 80), 2 of 3 work-covered
        assertFigures(3, 1, 2, coverage.evaluateTargets(ZHEJIANG).get(0).figures());
        assertFigures(6, 3, 4, coverage.evaluateTargets(NATIONAL).get(0).figures());
    }

    @Test
    public void uncoveredListsOnlyTheCallersSocieties() {
        assertEquals(List.of(3L, 6L), ids(coverage.uncovered(ZHEJIANG, END_2016, false, 0, 10).items()));
        assertEquals(List.of(3L), ids(coverage.uncovered(ZHEJIANG, END_2016, true, 0, 10).items()));
        assertEquals(List.of(3L, 5L, 6L), ids(coverage.uncovered(NATIONAL, END_2016, false, 0, 10).items()));
    }

    private static List<Long> ids(List<UncoveredSociety> societies) {
        return societies.stream().map(UncoveredSociety::societyId).toList();
    }

    @Test
    public void localAdministratorsTrendShowsTheRegionNeverTheNationsStoredSnapshot() {
        snapshots.take(NATIONAL, LocalDate.parse("2016-12-01"));

        TrendPoint december = snapshots.trend(ZHEJIANG, LocalDate.parse("2016-12-01"), LocalDate.parse("2016-12-01")).get(0);
        assertFigures(3, 1, 2, CoverageFigures.of(december.inScope(), december.organisationCovered(), december.workCovered()));
        assertFalse("counted for the region, not read from the national snapshot", december.stored());
        assertEquals(List.of(), snapshots.snapshots(ZHEJIANG, LocalDate.parse("2016-01-01"), LocalDate.parse("2017-01-01")));

        snapshots.take(ZHEJIANG, LocalDate.parse("2016-12-01"));

        assertFigures(3, 1, 2, snapshots.snapshots(ZHEJIANG, LocalDate.parse("2016-12-01"), LocalDate.parse("2016-12-01")).get(0).figures());
        assertTrue(snapshots.trend(ZHEJIANG, LocalDate.parse("2016-12-01"), LocalDate.parse("2016-12-01")).get(0).stored());
        assertFigures(6, 3, 4, snapshots.snapshots(NATIONAL, LocalDate.parse("2016-12-01"), LocalDate.parse("2016-12-01")).get(0).figures());
        assertEquals(List.of(), snapshots.snapshots(SHANGHAI, LocalDate.parse("2016-12-01"), LocalDate.parse("2016-12-01")));
    }

    @Test
    public void aLongScopeIsStoredByItsDigest() {
        Scope many = Scope.societies(java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList());

        assertEquals("region 33", SqlSnapshotService.key(Scope.region("33")));
        assertEquals("all", SqlSnapshotService.key(Scope.ALL));
        assertTrue(SqlSnapshotService.key(many).matches("sha256 [0-9a-f]{64}"));
    }

    @Test
    public void localAdministratorGeneratesAndListsOnlyTheRegionsTasks() {
        assertEquals("organisation for 3 and 6, work for 3", 3, rectifications.generate(ZHEJIANG, LocalDate.parse("2017-01-15")));
        assertEquals(List.of("3 ORGANISATION", "3 WORK", "6 ORGANISATION"), tasks(ZHEJIANG));
        assertEquals(List.of(), tasks(SHANGHAI));

        assertEquals("Shanghai's and nobody else's are left", 2, rectifications.generate(NATIONAL, LocalDate.parse("2017-01-15")));
        assertEquals(List.of("5 ORGANISATION", "5 WORK"), tasks(SHANGHAI));
        assertEquals(5, rectifications.overdue(NATIONAL, LocalDate.parse("2017-02-15"), 0, 10).total());
        assertEquals(3, rectifications.overdue(ZHEJIANG, LocalDate.parse("2017-02-15"), 0, 10).total());
    }

    private List<String> tasks(Actor actor) {
        return rectifications.open(actor, 0, 100).items().stream().map(t -> t.societyId() + " " + t.kind()).sorted().toList();
    }

    @Test
    public void aTaskOutsideTheScopeIsNotFoundAndMayNotBeClosed() {
        rectifications.generate(NATIONAL, LocalDate.parse("2017-01-15"));
        RectificationTask shanghais = rectifications.open(SHANGHAI, 0, 1).items().get(0);

        assertThrows(NotFoundException.class, () -> rectifications.get(ZHEJIANG, shanghais.id()));
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> rectifications.close(ZHEJIANG, shanghais.id(), "已整改"));
        assertEquals(ForbiddenException.OUT_OF_SCOPE, refused.code());
        assertEquals("still open", shanghais, rectifications.get(SHANGHAI, shanghais.id()));
        assertEquals("closed", rectifications.close(SHANGHAI, shanghais.id(), "已整改").status().name().toLowerCase());
    }
}
