package org.castpb.api.coverage;

import java.time.LocalDate;
import java.util.List;

/**
 * A society's FAIL in a completed evaluation campaign, as the evaluation engine hands it over for follow-through.
 *
 * @param societyId  the society that failed
 * @param campaignId the campaign it failed in
 * @param vetoed     whether a module vetoed (one-vote veto): its task then closes only after a passing re-evaluation
 * @param criteria   the failed criteria for people, at least one (a veto reason, or a criterion not met)
 * @param dueOn      the day by which the society should have rectified
 */
public record EvaluationFailure(long societyId, long campaignId, boolean vetoed, List<String> criteria, LocalDate dueOn) {

    public EvaluationFailure {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("a failure names at least one failed criterion");
        }
        if (dueOn == null) {
            throw new IllegalArgumentException("a failure needs the day it is due");
        }
    }
}
