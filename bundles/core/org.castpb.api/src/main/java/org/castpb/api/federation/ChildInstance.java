package org.castpb.api.federation;

import java.time.Instant;
import java.time.LocalDate;
import org.castpb.api.coverage.CoverageFigures;

/**
 * A child instance as its parent knows it from the reports it received.
 *
 * @param instanceId     the child's id
 * @param level          its level
 * @param regionCode     its region
 * @param displayName    its name
 * @param reports        how many reports the parent holds from it
 * @param lastAsOf       the date of its latest report
 * @param lastReceivedAt when that report arrived
 * @param lastTotals     the coverage totals of that report
 * @param overdue        whether its latest report is older than the reporting period allows
 */
public record ChildInstance(String instanceId, InstanceLevel level, String regionCode, String displayName, long reports,
                            LocalDate lastAsOf, Instant lastReceivedAt, CoverageFigures lastTotals, boolean overdue) {
}
