package org.castpb.api.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * @param vetoReasonTranslations since 2.3.0 the veto reason in other languages, by language code
 *                       ({@link Locale#getLanguage()}); empty where the module worded it in its language only
 */
public record ModuleResult(String moduleId, String moduleVersion, String region, ResultStatus status, int points,
                           int maxPoints, BigDecimal score, Grade grade, boolean veto, String vetoReason, String error,
                           long durationMillis, List<Finding> findings, Map<String, String> vetoReasonTranslations) {

    /** A result whose veto reason, if any, is in the module's language only. */
    public ModuleResult(String moduleId, String moduleVersion, String region, ResultStatus status, int points,
                        int maxPoints, BigDecimal score, Grade grade, boolean veto, String vetoReason, String error,
                        long durationMillis, List<Finding> findings) {
        this(moduleId, moduleVersion, region, status, points, maxPoints, score, grade, veto, vetoReason, error,
                durationMillis, findings, Map.of());
    }

    public ModuleResult {
        findings = List.copyOf(findings);
        vetoReasonTranslations = vetoReasonTranslations == null ? Map.of() : Map.copyOf(vetoReasonTranslations);
    }

    /**
     * This result with its findings ({@link Finding#in(Locale)}) and its veto reason as a reader of {@code locale}
     * reads them, in the module's own words where it gave none in that language; the translations kept.
     */
    public ModuleResult in(Locale locale) {
        String reason = locale == null ? null : vetoReasonTranslations.get(locale.getLanguage());
        return new ModuleResult(moduleId, moduleVersion, region, status, points, maxPoints, score, grade, veto,
                reason == null ? vetoReason : reason, error, durationMillis, findings.stream().map(f -> f.in(locale)).toList(),
                vetoReasonTranslations);
    }
}
