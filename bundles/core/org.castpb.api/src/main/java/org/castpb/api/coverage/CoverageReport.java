package org.castpb.api.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * Coverage as of a date.
 *
 * @param asOf    the day judged (coverage running at any time on it)
 * @param scope   the scope the figures count
 * @param totals  the figures of the whole scope
 * @param groupBy the breakdown asked for, or null for totals only
 * @param rows    the breakdown ordered by key, empty without one; its figures sum to the totals
 */
public record CoverageReport(LocalDate asOf, CoverageScope scope, CoverageFigures totals, GroupBy groupBy, List<CoverageRow> rows) {
    public CoverageReport {
        rows = List.copyOf(rows);
    }
}
