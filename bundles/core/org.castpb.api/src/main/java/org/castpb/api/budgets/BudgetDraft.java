package org.castpb.api.budgets;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A society's party-work budget for a year, as recorded by the society or its administrator.
 *
 * @param societyId    the society
 * @param year         the budget year
 * @param budgetLine   the party-work funding listed in the society's management costs, in yuan; null when the
 *                     society has none (it then counts among the societies without a budget line)
 * @param spending     what was spent, in yuan, by category (categories left out spent nothing)
 * @param activityRoom whether the society provides a room for party activities
 * @param facilities   the rooms and facilities provided, in words (e.g. 党员活动室 60 平方米，配备投影设备)
 * @param expectedVersion the version last read, 0 for a year not recorded yet
 */
public record BudgetDraft(long societyId, int year, BigDecimal budgetLine, Map<SpendingCategory, BigDecimal> spending,
                          boolean activityRoom, String facilities, long expectedVersion) {

    public BudgetDraft {
        spending = spending == null ? Map.of() : Map.copyOf(spending);
    }
}
