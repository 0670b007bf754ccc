package org.castpb.api.life;

import java.time.LocalDate;

/**
 * One member's attendance at the meetings of their organisation that listed them in a period.
 *
 * @param listed                meetings listing the member (present or absent)
 * @param attendanceRate        attended / listed, or null when none listed
 * @param consecutiveAbsences   absences without reason since the member last attended or gave a reason, up to the
 *                              period's end
 * @param absentSince           the first of those absences, or null
 * @param unqualifiedCandidate  whether {@code absentSince} lies at least the rule set's absence months before the
 *                              period's end: a candidate for an unqualified-member case
 */
public record MemberAttendance(long memberId, String memberName, long organisationId, int listed, int attended,
                               int absentWithReason, int absentWithoutReason, Double attendanceRate,
                               int consecutiveAbsences, LocalDate lastAttended, LocalDate absentSince,
                               boolean unqualifiedCandidate) {
}
