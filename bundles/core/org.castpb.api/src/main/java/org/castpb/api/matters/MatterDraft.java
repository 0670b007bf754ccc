package org.castpb.api.matters;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A major matter as a society records it.
 *
 * @param raisedOn  the day the matter was put forward; the rule set in force that day gives the thresholds
 * @param amount    in yuan; required for LARGE_EXPENDITURE and LARGE_DONATION, at least the threshold
 * @param opinion   the party organisation's opinion, if already given
 * @param decidedOn the day the society decided, if it has
 */
public record MatterDraft(long societyId, MatterCategory category, String title, LocalDate raisedOn, BigDecimal amount,
                          Opinion opinion, LocalDate decidedOn) {
}
