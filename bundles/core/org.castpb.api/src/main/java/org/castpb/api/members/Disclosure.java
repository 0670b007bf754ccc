package org.castpb.api.members;

import java.time.Instant;

/**
 * One read of a member's personal data in full (PIPL access log): who, when, which member, through which door.
 * Nothing personal is in it beyond the member's id.
 */
public record Disclosure(Instant at, String actor, long memberId, long organisationId, String door) {
}
