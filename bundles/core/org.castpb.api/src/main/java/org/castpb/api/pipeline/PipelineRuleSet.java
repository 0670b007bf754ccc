package org.castpb.api.pipeline;

import java.time.LocalDate;

/**
 * One version of the development rules, in force for steps dated from {@code effectiveFrom} until the next
 * version's. A step that misses one raises a warning naming the version.
 *
 * @param minAgeYears          youngest age at the application
 * @param activistMinMonths    shortest cultivation of an activist before admission as development candidate
 * @param minTrainingHours     fewest class hours of training before admission as probationary member
 * @param probationMonths      length of probation
 * @param maxExtensionMonths   longest extension of probation
 * @param maxExtensions        how many times probation may be extended
 */
public record PipelineRuleSet(String version, LocalDate effectiveFrom, int minAgeYears, int activistMinMonths, int minTrainingHours,
                              int probationMonths, int maxExtensionMonths, int maxExtensions) {
}
