package org.castpb.coverage.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.TargetResult;
import org.junit.Test;

public class SqlCoverageServiceTest {

    private static final Actor NATIONAL = new Actor("wang", Set.of("national-admin"));

    @Test
    public void eachTargetIsJudgedAsOfItsOwnDate() {
        CoverageDatabase db = new CoverageDatabase();
        for (long id = 1; id <= 10; id++) {
            db.member(id);
        }
        // by 2016-12-31: 1-7 in a committee's coverage, 8-9 with a liaison officer, 10 nothing
        db.organisation(100, "COMMITTEE", "2015-01-01", null);
        for (long id = 1; id <= 7; id++) {
            db.covers(100, id, "2015-01-01", null);
        }
        db.liaison(8, "2016-01-01", null).liaison(9, "2016-01-01", null)
                // in 2017 8 and 9 join a joint branch, 10 stays uncovered
                .organisation(101, "JOINT_BRANCH", "2017-03-01", null).covers(101, 8, "2017-03-01", null).covers(101, 9, "2017-03-01", null);
        SqlCoverageService service = new SqlCoverageService(new CoverageQueries(db.dataSource, CoverageScope.DEFAULT),
                CoverageSettings.targets(new String[] {"2016-12-31 organisation=80 work=100", "2017-06-30 organisation=100"}));

        List<TargetResult> results = service.evaluateTargets(NATIONAL);

        TargetResult end2016 = results.get(0);
        // organisation 7 of 10 < 8 needed; work 9 of 10 < 10 needed
        assertEquals(7, end2016.figures().organisationCovered());
        assertFalse(end2016.organisationMet());
        assertEquals(1, end2016.organisationShort());
        assertFalse(end2016.workMet());
        assertEquals(1, end2016.workShort());
        TargetResult mid2017 = results.get(1);
        // organisation 9 of 10 < 10 needed; no work minimum
        assertEquals(9, mid2017.figures().organisationCovered());
        assertFalse(mid2017.organisationMet());
        assertEquals(1, mid2017.organisationShort());
        assertTrue(mid2017.workMet());
        assertEquals(List.of(10L), service.uncovered(NATIONAL, mid2017.target().date(), false, 0, 10).items().stream()
                .map(u -> u.societyId()).toList());
    }

    @Test
    public void theReportAndTheUncoveredListRefuseADayOutsideTheAcceptedRange() {
        CoverageDatabase db = new CoverageDatabase();
        db.member(1);
        SqlCoverageService service = new SqlCoverageService(new CoverageQueries(db.dataSource, CoverageScope.DEFAULT),
                CoverageSettings.targets(new String[0]));
        for (java.time.LocalDate day : new java.time.LocalDate[] {java.time.LocalDate.of(-10000, 1, 1), java.time.LocalDate.of(2101, 1, 1)}) {
            assertRefused(() -> service.report(NATIONAL, day, null));
            assertRefused(() -> service.uncovered(NATIONAL, day, true, 0, 10));
        }
    }

    private static void assertRefused(Runnable read) {
        try {
            read.run();
            org.junit.Assert.fail("read a day outside the range");
        } catch (org.castpb.api.ValidationException e) {
            assertEquals("asOf", e.errors().get(0).field());
            assertEquals(org.castpb.api.Dates.OUT_OF_RANGE, e.errors().get(0).code());
        }
    }
}
