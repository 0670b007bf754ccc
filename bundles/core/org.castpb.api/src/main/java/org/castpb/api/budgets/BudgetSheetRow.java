package org.castpb.api.budgets;

import java.math.BigDecimal;
import java.util.Map;
import org.castpb.api.SocietyLevel;

/**
 * One active society's line in the party-work budget sheet of a year.
 *
 * @param societyId    the society
 * @param uscc         its unified social credit code
 * @param societyName  its name
 * @param level        its level
 * @param regionCode   its region code
 * @param recorded     whether a budget was recorded for the year at all
 * @param budgetLine   the budget line in yuan; null when none is listed (or nothing recorded)
 * @param spending     spent by category in yuan, every category present when recorded, empty when not
 * @param spent        the sum of the spending; null when nothing was recorded
 * @param activityRoom whether a room for party activities is provided (false when nothing was recorded)
 * @param facilities   the rooms and facilities provided, in words
 * @param missingLine  whether the society lists no party-work funding for the year (no line, or nothing recorded)
 */
public record BudgetSheetRow(long societyId, String uscc, String societyName, SocietyLevel level, String regionCode, boolean recorded,
                             BigDecimal budgetLine, Map<SpendingCategory, BigDecimal> spending, BigDecimal spent,
                             boolean activityRoom, String facilities, boolean missingLine) {

    public BudgetSheetRow {
        spending = spending == null ? Map.of() : Map.copyOf(spending);
    }
}
