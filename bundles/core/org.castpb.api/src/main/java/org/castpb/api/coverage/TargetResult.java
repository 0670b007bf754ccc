package org.castpb.api.coverage;

/**
 * A target judged on its own date.
 *
 * @param target            the target
 * @param figures           the scope's totals as of the target's date
 * @param organisationMet   whether organisation coverage reaches its minimum (true when the target sets none)
 * @param workMet           whether work coverage reaches its minimum (true when the target sets none)
 * @param organisationShort societies still to cover: ceil(min % of inScope) - covered, never below 0
 * @param workShort         the same for work coverage
 */
public record TargetResult(CoverageTarget target, CoverageFigures figures, boolean organisationMet, boolean workMet,
                           long organisationShort, long workShort) {

    /** Whether every minimum the target sets is reached. */
    public boolean met() {
        return organisationMet && workMet;
    }
}
