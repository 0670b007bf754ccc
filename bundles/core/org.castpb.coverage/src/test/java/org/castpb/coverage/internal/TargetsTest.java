package org.castpb.coverage.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageTarget;
import org.castpb.api.coverage.TargetResult;
import org.junit.Test;

public class TargetsTest {

    private static final CoverageTarget END_2016 = new CoverageTarget(LocalDate.parse("2016-12-31"), new BigDecimal("80"), new BigDecimal("100"));

    @Test
    public void shortIsTheWholeSocietiesStillNeeded() {
        // 80 % of 10 = 8 needed, 7 covered
        assertEquals(1, Targets.shortOf(new BigDecimal("80"), 10, 7));
        // 80 % of 11 = 8.8, so 9 needed
        assertEquals(1, Targets.shortOf(new BigDecimal("80"), 11, 8));
        assertEquals(0, Targets.shortOf(new BigDecimal("80"), 11, 9));
        assertEquals(3, Targets.shortOf(new BigDecimal("100"), 10, 7));
    }

    @Test
    public void shortIsNeverNegative() {
        assertEquals(0, Targets.shortOf(new BigDecimal("80"), 10, 10));
    }

    @Test
    public void rateRoundingUpToTheMinimumDoesNotMeetIt() {
        // 2000 / 2501 = 79.968 %, shown as 80.0, yet 80 % of 2501 = 2000.8, so 2001 are needed
        CoverageFigures figures = CoverageFigures.of(2501, 2000, 2501);

        TargetResult result = Targets.evaluate(END_2016, figures);

        assertEquals(new BigDecimal("80.0"), figures.organisationRate());
        assertFalse(result.organisationMet());
        assertEquals(1, result.organisationShort());
        assertTrue(result.workMet());
        assertFalse(result.met());
    }

    @Test
    public void targetWithoutAWorkMinimumJudgesOrganisationCoverageOnly() {
        CoverageTarget mid2017 = new CoverageTarget(LocalDate.parse("2017-06-30"), new BigDecimal("100"), null);

        TargetResult result = Targets.evaluate(mid2017, CoverageFigures.of(10, 10, 10));
        TargetResult fallingShort = Targets.evaluate(mid2017, CoverageFigures.of(10, 8, 8));

        assertTrue(result.met());
        assertEquals(0, result.workShort());
        assertFalse(fallingShort.organisationMet());
        assertTrue(fallingShort.workMet());
        assertEquals(2, fallingShort.organisationShort());
    }

    @Test
    public void emptyScopeMeetsEveryTarget() {
        assertTrue(Targets.evaluate(END_2016, CoverageFigures.of(0, 0, 0)).met());
    }
}
