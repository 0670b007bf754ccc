package org.castpb.api.coverage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The coverage figures of a month, stored.
 *
 * @param month   the first day of the month
 * @param asOf    the day the figures count: the month's last day, or the day taken during the month itself
 * @param figures the totals of the configured scope as of that day
 * @param takenAt when they were stored
 */
public record CoverageSnapshot(LocalDate month, LocalDate asOf, CoverageFigures figures, Instant takenAt) {
}
