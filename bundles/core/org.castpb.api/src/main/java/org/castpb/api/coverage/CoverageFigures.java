package org.castpb.api.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Coverage counts of one group of societies and the rates they give.
 *
 * @param inScope             societies in scope
 * @param organisationCovered of those, the ones with an organisation of their own or a joint one
 * @param workCovered         of those, the ones organisation-covered or covered by a work group or a dispatched cadre
 * @param organisationRate    organisationCovered / inScope as a percentage with one decimal (half up); null when inScope is 0
 * @param workRate            workCovered / inScope as a percentage with one decimal (half up); null when inScope is 0
 */
public record CoverageFigures(long inScope, long organisationCovered, long workCovered,
                              BigDecimal organisationRate, BigDecimal workRate) {

    /** Figures from the three counts, the rates computed. */
    public static CoverageFigures of(long inScope, long organisationCovered, long workCovered) {
        if (inScope < 0 || organisationCovered < 0 || organisationCovered > workCovered || workCovered > inScope) {
            throw new IllegalArgumentException("coverage counts must satisfy 0 <= organisation <= work <= inScope, got "
                    + organisationCovered + ", " + workCovered + ", " + inScope);
        }
        return new CoverageFigures(inScope, organisationCovered, workCovered,
                rate(organisationCovered, inScope), rate(workCovered, inScope));
    }

    /** The sum of two groups' figures. */
    public CoverageFigures plus(CoverageFigures other) {
        return of(inScope + other.inScope, organisationCovered + other.organisationCovered, workCovered + other.workCovered);
    }

    private static BigDecimal rate(long covered, long inScope) {
        return inScope == 0 ? null
                : BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(inScope), 1, RoundingMode.HALF_UP);
    }
}
