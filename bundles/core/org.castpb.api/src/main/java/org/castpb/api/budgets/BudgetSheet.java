package org.castpb.api.budgets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The party-work budget sheet of a year: every active society in the reader's scope (or the one asked for), by society
 * id, with the totals.
 *
 * @param year         the budget year
 * @param rows         one per society
 * @param budgetLines  the sum of the budget lines listed, in yuan
 * @param spending     the sum spent per category over the rows, in yuan, every category present
 * @param spent        the sum of everything spent
 * @param missingLines how many of the rows list no party-work funding
 */
public record BudgetSheet(int year, List<BudgetSheetRow> rows, BigDecimal budgetLines, Map<SpendingCategory, BigDecimal> spending,
                          BigDecimal spent, int missingLines) {

    public BudgetSheet {
        rows = List.copyOf(rows);
        spending = Map.copyOf(spending);
    }
}
