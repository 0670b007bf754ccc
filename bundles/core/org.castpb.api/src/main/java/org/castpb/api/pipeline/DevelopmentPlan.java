package org.castpb.api.pipeline;

import java.time.Instant;

/** A stored development plan. */
public record DevelopmentPlan(long id, long organisationId, int year, int targetTotal, int targetLeaders, int targetKeyProfessionals,
                              String note, long version, Instant updatedAt, String updatedBy) {
}
