package org.castpb.coverage.internal;

import static org.castpb.coverage.internal.CoverageQueriesTest.assertFigures;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageRow;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.GroupBy;
import org.junit.Before;
import org.junit.Test;

/**
 * The figures kept by {@link CoverageCells} are the counted ones after every kind of change (societies, organisations,
 * their links, liaisons; created, changed, ended, deleted), for every breakdown, day and scope.
 */
public class CoverageCellsTest {

    private static final CoverageScope ALL_LEVELS = new CoverageScope(EnumSet.allOf(SocietyLevel.class),
            EnumSet.of(GroupMemberStatus.MEMBER), EnumSet.of(RegistrationStatus.ACTIVE));
    private static final LocalDate TODAY = LocalDate.parse("2026-12-05");
    private static final LocalDate END_2016 = LocalDate.parse("2016-12-31");
    private static final List<Scope> SCOPES = List.of(Scope.ALL, Scope.region("33"), Scope.region("3301"), Scope.region("31"),
            Scope.societies(List.of(2L, 5L)), Scope.NONE);

    private CoverageDatabase db;
    private CoverageQueries queries;
    private CoverageCells cells;

    @Before
    public void societiesOfTwoProvincesAndTheNation() {
        db = new CoverageDatabase();
        // 1 national; 2, 3, 6, 7 Zhejiang (33; 3 and 6 in Hangzhou 3301, 7 in Ningbo 3302); 4, 5 Shanghai (31)
        db.society(1, "NATIONAL", "330100", "SCIENCE", "MEMBER")
                .society(2, "PROVINCIAL", "330000", "SCIENCE", "MEMBER")
                .society(3, "MUNICIPAL", "330100", "MEDICINE", "MEMBER")
                .society(4, "PROVINCIAL", "310000", "ENGINEERING", "MEMBER")
                .society(5, "MUNICIPAL", "310115", "ENGINEERING", "MEMBER")
                .society(6, "MUNICIPAL", "330106", "AGRICULTURE", "MEMBER")
                .society(7, "MUNICIPAL", "330203", "SCIENCE", "MEMBER")
                .society(8, "MUNICIPAL", "330203", "SCIENCE", "APPLICANT")
                .organisation(10, "BRANCH", "2015-01-01", null).covers(10, 1, "2015-01-01", null)
                .organisation(11, "BRANCH", "2015-01-01", null).covers(11, 2, "2015-01-01", null)
                .organisation(12, "JOINT_BRANCH", "2016-03-01", null).covers(12, 3, "2016-03-01", null).covers(12, 7, "2016-03-01", null)
                .organisation(13, "WORK_GROUP", "2015-01-01", null).covers(13, 4, "2015-01-01", null)
                .liaison(6, "2015-01-01", null);
        queries = new CoverageQueries(db.dataSource, ALL_LEVELS);
        cells = new CoverageCells(queries);
    }

    @Test
    public void keptFiguresEqualTheCountedOnesAfterEveryKindOfChange() {
        List<String> changes = List.of(
                // a society created, moved to another city, suspended, made a national one, deleted
                "INSERT INTO SOCIETY VALUES (9, 'Society 9', '511000000000000009', 'MUNICIPAL', '330205', 'MEDICINE', 'MEMBER', 'ACTIVE')",
                "UPDATE SOCIETY SET REGION_CODE = '330108' WHERE ID = 9",
                "UPDATE SOCIETY SET DISCIPLINE = 'ENGINEERING', GROUP_MEMBER_STATUS = 'MEMBER' WHERE ID = 8",
                "UPDATE SOCIETY SET REGISTRATION_STATUS = 'SUSPENDED' WHERE ID = 5",
                "UPDATE SOCIETY SET SOCIETY_LEVEL = 'NATIONAL' WHERE ID = 6",
                // an approval: the new organisation and its link to the society
                "INSERT INTO PORG_ORGANISATION VALUES (14, 'BRANCH', DATE('2026-11-30'), 'ACTIVE', NULL)",
                "INSERT INTO PORG_ORGANISATION_SOCIETY VALUES (1, 14, 9, DATE('2026-11-30'), NULL)",
                // a later establishment date, a back-dated link, a dissolution, a type that covers no more
                "UPDATE PORG_ORGANISATION SET ESTABLISHED_ON = DATE('2026-12-10') WHERE ID = 14",
                "UPDATE PORG_ORGANISATION_SOCIETY SET FROM_DATE = DATE('2016-01-01') WHERE ORGANISATION_ID = 12",
                "UPDATE PORG_ORGANISATION SET DISSOLVED_ON = DATE('2020-05-01'), ORG_STATUS = 'DISSOLVED' WHERE ID = 11",
                "UPDATE PORG_ORGANISATION SET ORG_TYPE = 'WORK_GROUP' WHERE ID = 10",
                // a link ended, moved to another society, deleted
                "UPDATE PORG_ORGANISATION_SOCIETY SET TO_DATE = DATE('2026-12-04') WHERE ORGANISATION_ID = 12 AND SOCIETY_ID = 7",
                "UPDATE PORG_ORGANISATION_SOCIETY SET SOCIETY_ID = 5 WHERE ORGANISATION_ID = 13",
                "DELETE FROM PORG_ORGANISATION_SOCIETY WHERE ORGANISATION_ID = 12 AND SOCIETY_ID = 3",
                // a liaison dispatched, ended, moved, deleted
                "INSERT INTO PORG_LIAISON VALUES (2, 'INSTRUCTOR', 7, DATE('2026-12-01'), NULL)",
                "UPDATE PORG_LIAISON SET TO_DATE = DATE('2016-06-30') WHERE SOCIETY_ID = 6",
                "UPDATE PORG_LIAISON SET SOCIETY_ID = 3 WHERE ID = 2",
                "DELETE FROM PORG_LIAISON WHERE ID = 2",
                "DELETE FROM PORG_ORGANISATION_SOCIETY WHERE SOCIETY_ID = 9",
                "DELETE FROM SOCIETY WHERE ID = 9");
        assertKeptEqualCounted("before any change");
        for (String change : changes) {
            db.execute(change);
            assertKeptEqualCounted("after " + change);
        }
    }

    @Test
    public void aChangeCoverageDoesNotReadKeepsTheCountedCells() {
        List<CoverageCells.Cell> counted = cells.cells(TODAY);
        db.execute("UPDATE SOCIETY SET NAME = 'Another name' WHERE ID = 3")
                .ledger(3, 1, true, null, null)
                .execute("UPDATE PORG_ORGANISATION SET ORG_STATUS = 'ACTIVE' WHERE ID = 10");
        assertSame(counted, cells.cells(TODAY));
        db.execute("UPDATE SOCIETY SET DISCIPLINE = 'SCIENCE' WHERE ID = 3");
        assertNotSame(counted, cells.cells(TODAY));
    }

    @Test
    public void aLocalAdministratorGetsOnlyTheRegionsNonNationalSocietiesByCity() {
        CoverageReport zhejiang = cells.report(Scope.region("33"), TODAY, GroupBy.CITY);
        // 2 (330000, organisation), 3 (330100, organisation), 6 (330106, liaison), 7 (330203, organisation); 1 is national, 8 an applicant
        assertFigures(4, 3, 4, zhejiang.totals());
        assertEquals(List.of("330000", "330100", "330200"), zhejiang.rows().stream().map(CoverageRow::key).toList());
        assertFigures(1, 1, 1, zhejiang.rows().get(0).figures());
        assertFigures(2, 1, 2, zhejiang.rows().get(1).figures());
        assertFigures(1, 1, 1, zhejiang.rows().get(2).figures());
        CoverageReport hangzhou = cells.report(Scope.region("3301"), TODAY, GroupBy.REGION);
        assertEquals(List.of("330000"), hangzhou.rows().stream().map(CoverageRow::key).toList());
        assertFigures(2, 1, 2, hangzhou.totals());
    }

    @Test
    public void aDayInThePastIsCountedAsOfThatDay() {
        // organisation 12 was established in March 2016: at the end of 2015 only 1 and 2 were covered, 4 and 6 worked with
        assertFigures(7, 2, 4, cells.report(Scope.ALL, LocalDate.parse("2015-12-31"), null).totals());
        db.execute("UPDATE PORG_ORGANISATION_SOCIETY SET FROM_DATE = DATE('2015-06-01') WHERE ORGANISATION_ID = 12")
                .execute("UPDATE PORG_ORGANISATION SET ESTABLISHED_ON = DATE('2015-06-01') WHERE ID = 12");
        assertFigures(7, 4, 6, cells.report(Scope.ALL, LocalDate.parse("2015-12-31"), null).totals());
    }

    private void assertKeptEqualCounted(String when) {
        List<GroupBy> groupings = new ArrayList<>(Arrays.asList(GroupBy.values()));
        groupings.add(null);
        for (LocalDate day : List.of(TODAY, END_2016, LocalDate.parse("2026-12-10"))) {
            for (Scope scope : SCOPES) {
                for (GroupBy groupBy : groupings) {
                    assertEquals(when + ": " + scope + " by " + groupBy + " as of " + day,
                            queries.report(scope, day, groupBy), cells.report(scope, day, groupBy));
                }
            }
        }
        assertTrue(when, cells.report(Scope.ALL, TODAY, null).totals().inScope() > 0);
    }
}
