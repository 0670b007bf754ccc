package org.castpb.api.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * The evidence of one step. Which fields a step needs:
 * DESIGNATE_ACTIVIST and ADMIT_CANDIDATE: {@code on};
 * ADMIT_PROBATIONARY: {@code on} (the branch meeting's vote), {@code politicalReviewOn}, {@code trainingHours},
 * two {@code sponsorIds} (formal members of the registry), {@code votesFor} and {@code votesAgainst};
 * EXTEND_PROBATION: {@code on} (the branch meeting's decision) and {@code extensionMonths};
 * CONFIRM_FORMAL: {@code on} (the branch meeting's vote), {@code votesFor} and {@code votesAgainst}.
 *
 * @param acceptances an approver's acceptances of the warnings the step raises; without them a step that raises
 *                    warnings waits for an approver
 */
public record StepDraft(StepKind kind, LocalDate on, LocalDate politicalReviewOn, Integer trainingHours, List<Long> sponsorIds,
                        Integer votesFor, Integer votesAgainst, Integer extensionMonths, String note, List<Acceptance> acceptances) {

    /** A step with its day only (DESIGNATE_ACTIVIST, ADMIT_CANDIDATE). */
    public static StepDraft on(StepKind kind, LocalDate on) {
        return new StepDraft(kind, on, null, null, null, null, null, null, null, List.of());
    }
}
