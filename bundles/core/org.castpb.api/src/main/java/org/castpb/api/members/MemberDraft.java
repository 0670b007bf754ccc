package org.castpb.api.members;

import java.time.LocalDate;
import org.castpb.api.LeaderRole;

/**
 * What is registered about a member (党员基本信息).
 *
 * @param organisationId     the party organisation whose roll the member is on
 * @param name               full name
 * @param gender             gender
 * @param ethnicity          ethnic group in words, e.g. 汉族
 * @param birthDate          date of birth; must agree with the citizen ID
 * @param citizenId          GB 11643 citizen identity number, 18 characters
 * @param education          highest education
 * @param position           position in the society
 * @param leaderRole         the leader's role when {@code position} is LEADER, else null
 * @param joinedOn           the day the member joined the party (probationary membership began)
 * @param kind               formal or probationary
 * @param phone              mobile or office phone, digits with an optional leading + and dashes
 * @param affiliation        belongs here, or only participates here
 * @param relationshipHeldBy for a participant: the organisation or unit that holds the relationship, in words
 */
public record MemberDraft(long organisationId, String name, Gender gender, String ethnicity, LocalDate birthDate,
                          String citizenId, Education education, SocietyPosition position, LeaderRole leaderRole,
                          LocalDate joinedOn, MembershipKind kind, String phone, Affiliation affiliation,
                          String relationshipHeldBy) {
}
