package org.castpb.shell.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.Test;

public class DemoMeetingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    public void mostDemoMeetingsAreRecordedWithinTwoWeeksAndAFewLater() {
        Random clerk = new Random(7);
        int timely = 0;
        int late = 0;
        for (int i = 0; i < 1000; i++) {
            LocalDate held = TODAY.minusDays(60 + clerk.nextInt(300));
            LocalDate recorded = DemoMeetings.recordedOn(held, TODAY, clerk);
            assertFalse(recorded.isBefore(held));
            long days = ChronoUnit.DAYS.between(held, recorded);
            assertTrue("at most eight weeks: " + days, days <= 56);
            if (days > 14) {
                late++;
            } else {
                timely++;
            }
        }
        // the shipped lateAfterDays is 14: about one in twenty is flagged late
        assertTrue(late + " late", late > 20 && late < 100);
        assertTrue(timely + " timely", timely > 900);
    }

    @Test
    public void aMeetingOfTheLastDaysIsNeverRecordedAfterToday() {
        Random clerk = new Random(11);
        for (int i = 0; i < 200; i++) {
            assertFalse(DemoMeetings.recordedOn(TODAY.minusDays(1), TODAY, clerk).isAfter(TODAY));
        }
    }
}
