package org.castpb.api.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

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
 */
public record SocietyEvaluation(long campaignId, long societyId, String societyName, String regionCode,
                                Outcome outcome, BigDecimal score, Grade grade, boolean vetoed, List<String> reasons,
                                Instant evaluatedAt, List<ModuleResult> modules) {

    public SocietyEvaluation {
        reasons = List.copyOf(reasons);
        modules = List.copyOf(modules);
    }

    /** This outcome with its findings as a reader of {@code locale} reads them ({@link Finding#in(Locale)}). */
    public SocietyEvaluation in(Locale locale) {
        return new SocietyEvaluation(campaignId, societyId, societyName, regionCode, outcome, score, grade, vetoed, reasons,
                evaluatedAt, modules.stream().map(m -> m.in(locale)).toList());
    }
}
