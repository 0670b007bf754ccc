package org.castpb.api.members;

import java.time.Instant;
import java.time.LocalDate;
import org.castpb.api.LeaderRole;

/**
 * A registered member. {@code citizenId} and {@code phone} are masked ({@link Masks}) unless {@code masked} is
 * false, which only {@link MemberService#personalData} returns, and logs.
 *
 * @param statusSince the day the status was entered (joined the roll, transfer asked, left, died, removed)
 */
public record Member(long id, long organisationId, String name, Gender gender, String ethnicity, LocalDate birthDate,
                     String citizenId, Education education, SocietyPosition position, LeaderRole leaderRole,
                     LocalDate joinedOn, MembershipKind kind, String phone, Affiliation affiliation,
                     String relationshipHeldBy, MemberStatus status, LocalDate statusSince, boolean masked,
                     long version, Instant updatedAt, String updatedBy) {
}
