package org.castpb.api.pipeline;

/**
 * An organisation's development plan (发展党员计划) for a year.
 *
 * @param targetTotal             how many new (probationary) members to develop in the year
 * @param targetLeaders           of which society leaders
 * @param targetKeyProfessionals  of which key professionals
 */
public record DevelopmentPlanDraft(long organisationId, int year, int targetTotal, int targetLeaders, int targetKeyProfessionals,
                                   String note) {
}
