package org.castpb.api.coverage;

/**
 * One line of a breakdown.
 *
 * @param key     the group's key, see {@link GroupBy}
 * @param figures the group's figures
 */
public record CoverageRow(String key, CoverageFigures figures) {
}
