package org.castpb.api.appraisal;

import java.time.LocalDate;
import java.util.List;

/**
 * The handling of an unqualified member (不合格党员处置): opened by the round that graded the member UNQUALIFIED on the
 * day it was held, or by hand (a member absent from organisational life, say) with the reason; its dated steps in
 * order, then its result.
 *
 * @param roundId    the round that opened it; 0 when opened by hand
 * @param year       the year appraised, or the year opened by hand
 * @param outcome    the closing note: how the case was handled
 * @param openReason why it was opened by hand; null when a round opened it
 * @param result     how it ended, once closed
 * @param steps      the steps taken, first first
 */
public record UnqualifiedCase(long id, long memberId, String memberName, long organisationId, long roundId, int year,
                              LocalDate openedOn, CaseState state, LocalDate closedOn, String outcome, long version,
                              String openReason, CaseResult result, List<CaseStep> steps) {

    public UnqualifiedCase {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A case as version 1.0 of this package knew it: opened by a round, no steps, no result. */
    public UnqualifiedCase(long id, long memberId, String memberName, long organisationId, long roundId, int year,
                           LocalDate openedOn, CaseState state, LocalDate closedOn, String outcome, long version) {
        this(id, memberId, memberName, organisationId, roundId, year, openedOn, state, closedOn, outcome, version, null, null, List.of());
    }

    /** The last step taken, null when none yet. */
    public CaseStep lastStep() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }
}
