package org.castpb.coverage.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageSnapshot;
import org.castpb.api.coverage.TrendPoint;
import org.junit.Before;
import org.junit.Test;

public class SqlSnapshotServiceTest {

    private static final Actor ADMIN = new Actor("admin", Set.of("national-admin"));

    private CoverageDatabase db;
    private SqlSnapshotService service;

    @Test
    public void onlyARecordsWriterTakesASnapshot() {
        for (Actor reader : new Actor[] {null, new Actor("viewer", Set.of("viewer"))}) {
            try {
                service.take(reader, LocalDate.parse("2017-02-03"));
                fail("taken by " + reader);
            } catch (ForbiddenException e) {
                assertEquals(ForbiddenException.CODE, e.code());
            }
        }
        assertEquals(List.of(), service.snapshots(ADMIN, LocalDate.parse("2017-01-01"), LocalDate.parse("2017-04-01")));
    }

    @Before
    public void societies() {
        db = new CoverageDatabase();
        // 4 members; 1 covered from 2016, 2 from 2017-02-10, 3 work-covered from 2017-03-05, 4 never
        db.member(1).member(2).member(3).member(4)
                .organisation(100, "BRANCH", "2016-01-01", null).covers(100, 1, "2016-01-01", null)
                .organisation(101, "BRANCH", "2017-02-10", null).covers(101, 2, "2017-02-10", null)
                .liaison(3, "2017-03-05", null);
        // today is 2017-04-15 in Beijing
        Clock clock = Clock.fixed(ZonedDateTime.of(2017, 4, 15, 9, 0, 0, 0, CoverageSettings.BEIJING).toInstant(), CoverageSettings.BEIJING);
        service = new SqlSnapshotService(db.dataSource, new CoverageQueries(db.dataSource, CoverageScope.DEFAULT), clock);
    }

    @Test
    public void aSnapshotCountsTheMonthAsOfItsLastDay() {
        CoverageSnapshot february = service.take(ADMIN, LocalDate.parse("2017-02-03"));

        assertEquals(LocalDate.parse("2017-02-01"), february.month());
        assertEquals(LocalDate.parse("2017-02-28"), february.asOf());
        assertEquals(4, february.figures().inScope());
        assertEquals(2, february.figures().organisationCovered());
        assertEquals(2, february.figures().workCovered());
        assertEquals(new BigDecimal("50.0"), february.figures().organisationRate());
        assertEquals(List.of(february), service.snapshots(ADMIN, LocalDate.parse("2017-01-01"), LocalDate.parse("2017-04-01")));
    }

    @Test
    public void theCurrentMonthCountsAsOfToday() {
        db.organisation(102, "BRANCH", "2017-04-20", null).covers(102, 4, "2017-04-20", null);

        CoverageSnapshot april = service.take(ADMIN, LocalDate.parse("2017-04-30"));

        assertEquals(LocalDate.parse("2017-04-15"), april.asOf());
        assertEquals(2, april.figures().organisationCovered());
        assertEquals(3, april.figures().workCovered());
    }

    @Test
    public void takingAMonthAgainReplacesItsSnapshot() {
        service.take(ADMIN, LocalDate.parse("2017-03-01"));
        // recorded late: society 4 had a branch from March
        db.organisation(102, "BRANCH", "2017-03-20", null).covers(102, 4, "2017-03-20", null);

        CoverageSnapshot again = service.take(ADMIN, LocalDate.parse("2017-03-01"));

        assertEquals(3, again.figures().organisationCovered());
        assertEquals(1, db.count("COV_SNAPSHOT"));
        assertEquals(3, service.snapshots(ADMIN, LocalDate.parse("2017-03-01"), LocalDate.parse("2017-03-01")).get(0).figures()
                .organisationCovered());
    }

    @Test
    public void aFutureMonthIsRefused() {
        try {
            service.take(ADMIN, LocalDate.parse("2017-05-01"));
            fail("took a future month");
        } catch (ValidationException e) {
            assertEquals("month", e.errors().get(0).field());
        }
        assertEquals(0, db.count("COV_SNAPSHOT"));
    }

    @Test
    public void theTrendFillsMonthsWithoutSnapshotSoItHasNoHoles() {
        service.take(ADMIN, LocalDate.parse("2017-01-01"));
        service.take(ADMIN, LocalDate.parse("2017-03-01"));
        // recorded after the January snapshot: the stored figures stand, the missing months are counted afresh
        db.organisation(102, "BRANCH", "2016-06-01", null).covers(102, 4, "2016-06-01", null);

        List<TrendPoint> trend = service.trend(ADMIN, LocalDate.parse("2017-01-31"), LocalDate.parse("2017-04-10"));

        assertEquals(List.of("2017-01-01", "2017-02-01", "2017-03-01", "2017-04-01"),
                trend.stream().map(p -> p.month().toString()).toList());
        assertEquals(List.of(true, false, true, false), trend.stream().map(TrendPoint::stored).toList());
        // January stored before the late record: 1 of 4; February counted now: 1, 2 and 4
        assertEquals(List.of(1L, 3L, 2L, 3L), trend.stream().map(TrendPoint::organisationCovered).toList());
        assertEquals(List.of(1L, 3L, 3L, 4L), trend.stream().map(TrendPoint::workCovered).toList());
        TrendPoint april = trend.get(3);
        assertEquals(LocalDate.parse("2017-04-15"), april.asOf());
        assertEquals(new BigDecimal("75.0"), april.organisationRate());
        assertEquals(new BigDecimal("100.0"), april.workRate());
        // counting a missing month does not store it
        assertEquals(2, db.count("COV_SNAPSHOT"));
    }

    @Test
    public void aTrendPastTheCurrentMonthOrReversedIsRefused() {
        for (String[] range : new String[][] {{"2017-01-01", "2017-05-01"}, {"2017-03-01", "2017-02-01"}}) {
            try {
                service.trend(ADMIN, LocalDate.parse(range[0]), LocalDate.parse(range[1]));
                fail("accepted " + range[0] + " to " + range[1]);
            } catch (ValidationException e) {
                assertEquals("toMonth", e.errors().get(0).field());
            }
        }
    }

    @Test
    public void aTrendFromAMonthOutsideTheAcceptedRangeIsRefusedNamingIt() {
        try {
            service.trend(ADMIN, LocalDate.of(-10000, 1, 1), LocalDate.parse("2017-03-01"));
            fail("accepted the year -10000");
        } catch (ValidationException e) {
            assertEquals("fromMonth", e.errors().get(0).field());
            assertEquals(org.castpb.api.Dates.OUT_OF_RANGE, e.errors().get(0).code());
        }
    }

    @Test
    public void aMonthBeforeAnyCoverageHasZeroRates() {
        TrendPoint point = service.trend(ADMIN, LocalDate.parse("2015-01-01"), LocalDate.parse("2015-01-01")).get(0);

        assertEquals(4, point.inScope());
        assertEquals(0, point.organisationCovered());
        assertFalse(point.stored());
        assertEquals(new BigDecimal("0.0"), point.organisationRate());
    }
}
