package org.castpb.api.budgets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A society's recorded party-work budget for a year.
 *
 * @param societyId    the society
 * @param societyName  its name
 * @param year         the budget year
 * @param budgetLine   the budget line in yuan, null when the society has none
 * @param spending     spent by category, in yuan, every category present (zero when nothing was spent)
 * @param spent        the sum of the spending
 * @param activityRoom whether a room for party activities is provided
 * @param facilities   the rooms and facilities provided, in words
 * @param updatedBy    who recorded it last
 * @param updatedAt    when
 * @param version      optimistic-locking version
 */
public record PartyWorkBudget(long societyId, String societyName, int year, BigDecimal budgetLine,
                              Map<SpendingCategory, BigDecimal> spending, BigDecimal spent, boolean activityRoom,
                              String facilities, String updatedBy, Instant updatedAt, long version) {

    public PartyWorkBudget {
        spending = Map.copyOf(spending);
    }

    /** Whether the society lists party-work funding at all. */
    public boolean hasBudgetLine() {
        return budgetLine != null;
    }
}
