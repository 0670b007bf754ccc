package org.castpb.api.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What one module said about one society in a campaign, with the module version that said it.
 *
 * @param moduleId       the module
 * @param moduleVersion  version of the bundle that produced the result
 * @param region         the module's region prefix, empty for national
 * @param status         OK, or ERROR when the module failed to answer
 * @param points         sum of the findings' points
 * @param maxPoints      sum of the points the findings were worth
 * @param score          points as a percentage of maxPoints, one decimal; null on ERROR or when nothing was assessed
 * @param grade          the module's grade, null on ERROR
 * @param veto           whether the module vetoed (一票否决)
 * @param vetoReason     why, null without veto
 * @param error          what went wrong, null when OK
 * @param durationMillis how long the module took
 * @param findings       the itemised findings, in the module's order
 */
public record ModuleResult(String moduleId, String moduleVersion, String region, ResultStatus status, int points,
                           int maxPoints, BigDecimal score, Grade grade, boolean veto, String vetoReason, String error,
                           long durationMillis, List<Finding> findings) {

    public ModuleResult {
        findings = List.copyOf(findings);
    }

    /** This result with its findings as a reader of {@code locale} reads them ({@link Finding#in(Locale)}). */
    public ModuleResult in(Locale locale) {
        return new ModuleResult(moduleId, moduleVersion, region, status, points, maxPoints, score, grade, veto, vetoReason,
                error, durationMillis, findings.stream().map(f -> f.in(locale)).toList());
    }
}
