package org.castpb.api.organisation;

import java.time.Instant;
import java.util.List;

/**
 * A submitted request waiting for a decision.
 *
 * @param requestId   the request
 * @param name        the organisation asked for
 * @param type        its type
 * @param societyIds  the societies it would cover
 * @param submittedAt when it was submitted
 * @param ageDays     whole days since submission (Beijing dates)
 * @param overdue     whether it has waited longer than the configured number of days
 * @param version     the request's version, for deciding on it
 */
public record PendingRequest(long requestId, String name, OrganisationType type, List<Long> societyIds, Instant submittedAt,
                             long ageDays, boolean overdue, long version) {

    public PendingRequest {
        societyIds = List.copyOf(societyIds);
    }
}
