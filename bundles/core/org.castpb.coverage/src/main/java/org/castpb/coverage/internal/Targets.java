package org.castpb.coverage.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageTarget;
import org.castpb.api.coverage.TargetResult;

/** Judges a target against the figures of its date. */
final class Targets {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Targets() {
    }

    /**
     * Met means covered >= min % of inScope, compared exactly (not on the rounded rate), so 79.96 % does not
     * pass an 80 % target; short is the whole societies still needed, ceil(min % * inScope) - covered, at least 0.
     */
    static TargetResult evaluate(CoverageTarget target, CoverageFigures figures) {
        long organisationShort = shortOf(target.organisationMin(), figures.inScope(), figures.organisationCovered());
        long workShort = shortOf(target.workMin(), figures.inScope(), figures.workCovered());
        return new TargetResult(target, figures, organisationShort == 0, workShort == 0, organisationShort, workShort);
    }

    /** Needed minus covered: with whole societies, covered >= needed exactly when covered >= min % of inScope. */
    static long shortOf(BigDecimal minPercent, long inScope, long covered) {
        if (minPercent == null) {
            return 0;
        }
        long needed = minPercent.multiply(BigDecimal.valueOf(inScope)).divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact();
        return Math.max(0, needed - covered);
    }
}
