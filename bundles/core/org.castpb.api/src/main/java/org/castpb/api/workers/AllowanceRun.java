package org.castpb.api.workers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One allocation of a year's allowance budget by a scheme: the budget, the total paid and the lines in the reader's scope. */
public record AllowanceRun(long id, int year, String schemeId, String schemeName, BigDecimal budget, BigDecimal total, Instant at,
                           String by, List<AllowanceLine> lines) {
}
