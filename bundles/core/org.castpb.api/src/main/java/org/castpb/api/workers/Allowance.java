package org.castpb.api.workers;

import java.math.BigDecimal;

/** What an allowance scheme pays one worker, in yuan with at most two decimals, and why. */
public record Allowance(long workerId, BigDecimal amount, String explanation) {
}
