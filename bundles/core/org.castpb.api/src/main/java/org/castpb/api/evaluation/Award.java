package org.castpb.api.evaluation;

import java.math.BigDecimal;

/**
 * One award of a funding allocation: who gets how much, through which channel, and why.
 *
 * @param societyId   the society funded
 * @param channel     award in lieu of subsidy, dues-funded support or service purchase
 * @param amount      yuan, positive, at most two decimals
 * @param explanation how the amount follows from the society's result and the scheme's rules, for people
 */
public record Award(long societyId, FundingChannel channel, BigDecimal amount, String explanation) {
}
