package org.castpb.api.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.LeaderRole;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.SocietyPosition;

/**
 * A person in the development pipeline of a party organisation, with the days of each step so far; the citizen ID and
 * phone are always masked here (the member registry shows them, logged, once the person is a member).
 *
 * @param probationEndsOn the day probation ends, with its extension; null before PROBATIONARY
 * @param memberId        the member registry's id once PROBATIONARY
 * @param steps           every step, oldest first; the last one may wait for an approver
 */
public record Candidate(long id, long organisationId, String name, Gender gender, String ethnicity, LocalDate birthDate,
                        String citizenId, Education education, SocietyPosition position, LeaderRole leaderRole, String phone,
                        PipelineStage stage, LocalDate stageSince, LocalDate appliedOn, LocalDate activistOn, LocalDate candidateOn,
                        LocalDate probationaryOn, LocalDate probationEndsOn, LocalDate formalOn, Long memberId,
                        boolean awaitingApproval, List<PipelineStep> steps, long version, Instant updatedAt, String updatedBy) {
}
