package org.castpb.api.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A society's result in a campaign: the overall outcome and how each module that applied arrived at its part.
 *
 * @param campaignId  the campaign
 * @param societyId   the society
 * @param societyName its name
 * @param regionCode  its region code
 * @param outcome     pass, fail or incomplete
 * @param score       mean of the modules' scores, one decimal; null when no module gave one
 * @param grade       the worst grade given (UNQUALIFIED when vetoed), null when no module gave one
 * @param vetoed      whether a module vetoed
 * @param reasons     why the outcome is what it is: veto reasons, failing grades or module errors (empty on PASS)
 * @param evaluatedAt when
 * @param modules     each applicable module's result (may be empty in a page of results, see the query)
 * @param reasonTranslations since 2.3.0 the reasons in other languages, by language code ({@link Locale#getLanguage()}),
 *                    each list in the order of {@link #reasons()}; empty for results kept before
 */
public record SocietyEvaluation(long campaignId, long societyId, String societyName, String regionCode,
                                Outcome outcome, BigDecimal score, Grade grade, boolean vetoed, List<String> reasons,
                                Instant evaluatedAt, List<ModuleResult> modules, Map<String, List<String>> reasonTranslations) {

    /** An outcome whose reasons are in English only. */
    public SocietyEvaluation(long campaignId, long societyId, String societyName, String regionCode, Outcome outcome,
                             BigDecimal score, Grade grade, boolean vetoed, List<String> reasons, Instant evaluatedAt,
                             List<ModuleResult> modules) {
        this(campaignId, societyId, societyName, regionCode, outcome, score, grade, vetoed, reasons, evaluatedAt, modules,
                Map.of());
    }

    public SocietyEvaluation {
        reasons = List.copyOf(reasons);
        modules = List.copyOf(modules);
        reasonTranslations = reasonTranslations == null ? Map.of() : Map.copyOf(reasonTranslations);
    }

    /**
     * This outcome with its reasons, its modules' veto reasons and its findings as a reader of {@code locale} reads
     * them ({@link ModuleResult#in(Locale)}), in English where no translation was kept; the translations kept.
     */
    public SocietyEvaluation in(Locale locale) {
        List<String> translated = locale == null ? null : reasonTranslations.get(locale.getLanguage());
        return new SocietyEvaluation(campaignId, societyId, societyName, regionCode, outcome, score, grade, vetoed,
                translated == null || translated.size() != reasons.size() ? reasons : translated, evaluatedAt,
                modules.stream().map(m -> m.in(locale)).toList(), reasonTranslations);
    }
}
