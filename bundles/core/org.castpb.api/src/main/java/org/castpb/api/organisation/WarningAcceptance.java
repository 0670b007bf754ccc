package org.castpb.api.organisation;

import java.time.Instant;

/**
 * An approver's acceptance of one rule warning.
 *
 * @param code          the accepted warning's code
 * @param justification why the organisation may be approved anyway
 * @param acceptedBy    the approver
 * @param acceptedAt    when
 */
public record WarningAcceptance(String code, String justification, String acceptedBy, Instant acceptedAt) {
}
