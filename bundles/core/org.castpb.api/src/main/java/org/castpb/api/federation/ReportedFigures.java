package org.castpb.api.federation;

import java.time.Instant;
import java.time.LocalDate;
import org.castpb.api.coverage.CoverageFigures;

/** One point of a child's history at its parent: a report's date, when it arrived and its coverage totals. */
public record ReportedFigures(String reportId, LocalDate asOf, Instant receivedAt, CoverageFigures totals) {
}
