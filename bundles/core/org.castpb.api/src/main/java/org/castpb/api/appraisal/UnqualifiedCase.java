package org.castpb.api.appraisal;

import java.time.LocalDate;

/**
 * The handling of a member appraised UNQUALIFIED (不合格党员处置), opened by the round that gave the grade on the day it was held.
 *
 * @param outcome how the case was handled (education, a deadline to correct, persuading to leave, removal), once closed
 */
public record UnqualifiedCase(long id, long memberId, String memberName, long organisationId, long roundId, int year,
                              LocalDate openedOn, CaseState state, LocalDate closedOn, String outcome, long version) {
}
