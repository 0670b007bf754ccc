package org.castpb.life.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.life.MemberAttendance;
import org.junit.Test;

public class AttendancesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 5);

    private static Attendances.Listing present(int month) {
        return new Attendances.Listing(LocalDate.of(2026, month, 10), true, null);
    }

    private static Attendances.Listing absent(int month, String reason) {
        return new Attendances.Listing(LocalDate.of(2026, month, 10), false, reason);
    }

    @Test
    public void theRateIsAttendedOverListedInThePeriod() {
        MemberAttendance a = Attendances.of(1, "张三", 9, List.of(new Attendances.Listing(LocalDate.of(2025, 12, 1), false, null),
                present(1), present(2), absent(3, "出差"), present(4)), FROM, TO, 6);
        assertEquals(4, a.listed());
        assertEquals(3, a.attended());
        assertEquals(1, a.absentWithReason());
        assertEquals(0, a.absentWithoutReason());
        assertEquals(0.75, a.attendanceRate(), 1e-9);
        assertEquals(LocalDate.of(2026, 4, 10), a.lastAttended());
    }

    @Test
    public void sixMonthsOfAbsenceWithoutReasonMakeACandidateForAnUnqualifiedMemberCase() {
        MemberAttendance a = Attendances.of(1, "李四", 9, List.of(present(3), absent(4, null), absent(6, ""), absent(9, null)), FROM, TO, 6);
        assertEquals(3, a.consecutiveAbsences());
        assertEquals(LocalDate.of(2026, 4, 10), a.absentSince());
        assertTrue(a.unqualifiedCandidate());
    }

    @Test
    public void fewerThanSixMonthsOfAbsenceMakeNoCandidate() {
        MemberAttendance a = Attendances.of(1, "李四", 9, List.of(present(3), absent(7, null), absent(9, null)), FROM, TO, 6);
        assertEquals(2, a.consecutiveAbsences());
        assertFalse(a.unqualifiedCandidate());
    }

    @Test
    public void anAbsenceWithReasonOrAnAttendanceEndsTheRun() {
        MemberAttendance excused = Attendances.of(1, "王五", 9, List.of(absent(1, null), absent(3, null), absent(6, "病假"), absent(8, null)), FROM, TO, 6);
        assertEquals(1, excused.consecutiveAbsences());
        assertEquals(LocalDate.of(2026, 8, 10), excused.absentSince());
        assertFalse(excused.unqualifiedCandidate());
        MemberAttendance back = Attendances.of(1, "王五", 9, List.of(absent(1, null), absent(3, null), present(11)), FROM, TO, 6);
        assertEquals(0, back.consecutiveAbsences());
        assertNull(back.absentSince());
        assertFalse(back.unqualifiedCandidate());
    }

    @Test
    public void aMemberNeverListedHasNoRate() {
        MemberAttendance a = Attendances.of(1, "赵六", 9, List.of(), FROM, TO, 6);
        assertNull(a.attendanceRate());
        assertEquals(0, a.listed());
        assertFalse(a.unqualifiedCandidate());
    }
}
