package org.castpb.api.matters;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded major matter.
 *
 * @param ruleSetVersion the thresholds' version in force on {@code raisedOn}
 * @param threshold      the category's threshold in that version, null for categories without one
 * @param opinion        null while the party organisation has given none
 * @param decidedOn      null while the society has not decided
 * @param breach         {@link MajorMatterService#NO_PRIOR_OPINION} or {@link MajorMatterService#DECIDED_AGAINST_OPINION}
 *                       once decided so; else null
 */
public record MajorMatter(long id, long societyId, String societyName, MatterCategory category, String title,
                          LocalDate raisedOn, BigDecimal amount, String ruleSetVersion, BigDecimal threshold,
                          Opinion opinion, LocalDate decidedOn, String breach, long version, Instant updatedAt,
                          String updatedBy) {
}
