package org.castpb.workers.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.castpb.api.workers.WorkerKind;
import org.junit.Test;

public class TrainingRulesTest {

    private static final TrainingRules RULES = TrainingRules.DEFAULTS;

    @Test
    public void theYearsTargetIsTheVersionInForceOnItsFirstDay() {
        assertEquals("v1", RULES.at(LocalDate.of(2018, 12, 31)).version());
        assertEquals("v2", RULES.at(LocalDate.of(2019, 1, 1)).version());
        assertEquals(new BigDecimal("32.0"), RULES.target(2018, WorkerKind.FULL_TIME, LocalDate.of(2010, 1, 1), null));
        assertEquals(new BigDecimal("40.0"), RULES.target(2019, WorkerKind.FULL_TIME, LocalDate.of(2010, 1, 1), null));
        assertEquals(new BigDecimal("32.0"), RULES.target(2019, WorkerKind.PART_TIME, LocalDate.of(2010, 1, 1), null));
    }

    @Test
    public void aWorkerInPostPartOfTheYearHasAProportionalTargetRoundedUpToHalfHours() {
        // 2025-07-01 to 2025-12-31 is 184 of 365 days: 40 * 184 / 365 = 20.16, up to 20.5
        assertEquals(new BigDecimal("20.5"), RULES.target(2025, WorkerKind.FULL_TIME, LocalDate.of(2025, 7, 1), null));
        // ended 2025-01-31: 31 days, 40 * 31 / 365 = 3.4, up to 3.5
        assertEquals(new BigDecimal("3.5"), RULES.target(2025, WorkerKind.FULL_TIME, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 31)));
    }

    @Test
    public void aWorkerNotInPostThatYearHasNoTarget() {
        assertEquals(0, RULES.target(2024, WorkerKind.FULL_TIME, LocalDate.of(2025, 3, 1), null).signum());
        assertEquals(0, RULES.target(2025, WorkerKind.FULL_TIME, LocalDate.of(2020, 3, 1), LocalDate.of(2024, 12, 31)).signum());
    }

    @Test
    public void aConfiguredVersionStartsFromTheOneInForceTheDayBeforeAndChangesOnlyWhatItNames() {
        TrainingRules r = RULES.with("v3 2027-01-01 fullTimeHours=48");
        assertEquals(48, r.at(LocalDate.of(2027, 1, 1)).fullTimeHours());
        assertEquals(32, r.at(LocalDate.of(2027, 1, 1)).partTimeHours());
        assertEquals(40, r.at(LocalDate.of(2026, 12, 31)).fullTimeHours());
        assertEquals(3, r.versions().size());
    }

    @Test
    public void aConfiguredEntryNamingAVersionReplacesIt() {
        TrainingRules r = RULES.with("v2 2019-01-01 partTimeHours=24");
        assertEquals(24, r.at(LocalDate.of(2020, 1, 1)).partTimeHours());
        assertEquals(40, r.at(LocalDate.of(2020, 1, 1)).fullTimeHours());
        assertEquals(2, r.versions().size());
    }

    @Test
    public void wrongEntriesAreRefusedNamingWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RULES.with("v3 2027-13-01")).getMessage().contains("2027-13-01"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RULES.with("v3 2027-01-01 hours=4")).getMessage().contains("hours=4"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RULES.with("v3 2027-01-01 fullTimeHours=x")).getMessage()
                .contains("whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RULES.with("v3 2019-01-01")).getMessage().contains("same day"));
    }
}
