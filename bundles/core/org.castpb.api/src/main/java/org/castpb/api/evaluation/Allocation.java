package org.castpb.api.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A recorded funding allocation: a scheme applied to a campaign's results within a budget.
 *
 * @param id            castpb's identifier
 * @param campaignId    the campaign whose results it rests on
 * @param schemeId      the funding scheme
 * @param schemeVersion version of the bundle that computed it
 * @param budget        the budget, yuan
 * @param total         the sum of the awards, never above the budget
 * @param note          why it was made, may be null
 * @param createdBy     who asked for it
 * @param createdAt     when
 * @param awards        the awards, by society
 */
public record Allocation(long id, long campaignId, String schemeId, String schemeVersion, BigDecimal budget,
                         BigDecimal total, String note, String createdBy, Instant createdAt, List<Award> awards) {

    public Allocation {
        awards = List.copyOf(awards);
    }

    /** This allocation with its awards' explanations as a reader of {@code locale} reads them. */
    public Allocation in(Locale locale) {
        return new Allocation(id, campaignId, schemeId, schemeVersion, budget, total, note, createdBy, createdAt,
                awards.stream().map(a -> a.in(locale)).toList());
    }
}
