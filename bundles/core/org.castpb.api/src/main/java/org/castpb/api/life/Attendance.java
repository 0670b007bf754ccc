package org.castpb.api.life;

/** One member listed on a meeting: present, or absent with a reason (or {@code null}: without reason). */
public record Attendance(long memberId, String memberName, boolean present, String absenceReason) {

    /** Whether the member was absent without giving a reason. */
    public boolean absentWithoutReason() {
        return !present && (absenceReason == null || absenceReason.isBlank());
    }
}
