package org.castpb.api.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.organisation.WarningAcceptance;

/**
 * One step taken, or waiting for an approver ({@code done} false), with its evidence, the rule-set version it was
 * checked against, its warnings and their acceptances.
 */
public record PipelineStep(long id, StepKind kind, LocalDate on, LocalDate politicalReviewOn, Integer trainingHours,
                           List<Long> sponsorIds, Integer votesFor, Integer votesAgainst, Integer extensionMonths, String note,
                           String ruleSetVersion, boolean done, List<RuleWarning> warnings, List<WarningAcceptance> acceptances,
                           String askedBy, Instant askedAt) {
}
