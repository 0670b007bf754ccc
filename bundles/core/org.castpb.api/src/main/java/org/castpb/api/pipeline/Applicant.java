package org.castpb.api.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.LeaderRole;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.SocietyPosition;

/**
 * A person applying to join the party through a party organisation (入党申请): the data the member registry will hold
 * once they become a probationary member, and the day of the written application.
 *
 * @param acceptances an approver's acceptances of the warnings the application raises (an applicant under the
 *                    minimum age), else empty
 */
public record Applicant(long organisationId, String name, Gender gender, String ethnicity, LocalDate birthDate, String citizenId,
                        Education education, SocietyPosition position, LeaderRole leaderRole, String phone, LocalDate appliedOn,
                        List<Acceptance> acceptances) {
}
