package org.castpb.api.appraisal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated step of an unqualified-member case.
 *
 * @param number   1 for the first step, in the order recorded
 * @param deadline the day the member must have improved by, for {@link HandlingStep#IMPROVEMENT_DEADLINE}; else null
 * @param note     what was done (who talked to the member, the meeting that decided)
 */
public record CaseStep(int number, HandlingStep kind, LocalDate on, LocalDate deadline, String note, Instant recordedAt, String recordedBy) {
}
