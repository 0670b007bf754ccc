package org.castpb.api.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One month of a coverage trend, flat for charts.
 *
 * @param month               the first day of the month
 * @param asOf                the day the figures count (the month's last day, or an earlier day for the current month)
 * @param inScope             societies in scope
 * @param organisationCovered of those, organisation-covered
 * @param workCovered         of those, work-covered
 * @param organisationRate    percentage with one decimal, null when inScope is 0
 * @param workRate            percentage with one decimal, null when inScope is 0
 * @param stored              true when read from a stored snapshot, false when counted for this answer
 */
public record TrendPoint(LocalDate month, LocalDate asOf, long inScope, long organisationCovered, long workCovered,
                         BigDecimal organisationRate, BigDecimal workRate, boolean stored) {

    /** The point of a month from its figures. */
    public static TrendPoint of(LocalDate month, LocalDate asOf, CoverageFigures figures, boolean stored) {
        return new TrendPoint(month, asOf, figures.inScope(), figures.organisationCovered(), figures.workCovered(),
                figures.organisationRate(), figures.workRate(), stored);
    }
}
