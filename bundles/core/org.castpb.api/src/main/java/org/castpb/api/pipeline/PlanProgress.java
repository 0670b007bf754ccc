package org.castpb.api.pipeline;

/**
 * An organisation's development plan for a year against its pipeline: how many (and of them society leaders and key
 * professionals) became probationary members in the year, how many are in the pipeline now (applicants, activists,
 * development candidates), and how many of those are development candidates, the next to be admitted.
 *
 * @param behind whether the developed plus the development candidates fall short of any target (total, leaders or
 *               key professionals)
 */
public record PlanProgress(long organisationId, String organisationName, int year, int targetTotal, int targetLeaders,
                           int targetKeyProfessionals, int developed, int leadersDeveloped, int keyProfessionalsDeveloped,
                           int inPipeline, int leadersInPipeline, int keyProfessionalsInPipeline, int candidates,
                           int leaderCandidates, int keyProfessionalCandidates, boolean behind) {
}
