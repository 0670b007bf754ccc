package org.castpb.api.workers;

import java.math.BigDecimal;

/**
 * A worker whose training hours in {@code year} are below the target.
 *
 * @param target      the year's target for this worker (prorated by the days in post that year)
 * @param hours       the hours recorded in the year
 * @param missing     target minus hours
 * @param ruleVersion the training rule version that set the target
 */
public record TrainingShortfall(long workerId, long societyId, String societyName, String name, WorkerKind kind, int year,
                                BigDecimal target, BigDecimal hours, BigDecimal missing, String ruleVersion) {
}
