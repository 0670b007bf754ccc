package org.castpb.api.appraisal;

import java.time.LocalDate;

/**
 * A step to record on an unqualified-member case.
 *
 * @param on       the day it was taken: not before the case was opened or the previous step, not in the future
 * @param deadline for {@link HandlingStep#IMPROVEMENT_DEADLINE} only: the day the member must have improved by
 * @param note     what was done; required
 */
public record CaseStepDraft(HandlingStep kind, LocalDate on, LocalDate deadline, String note) {
}
