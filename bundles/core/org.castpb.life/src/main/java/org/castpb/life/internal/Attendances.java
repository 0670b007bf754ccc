package org.castpb.life.internal;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.life.MemberAttendance;

/** One member's attendance from the meetings that listed them. Pure: the caller reads the rows. */
final class Attendances {

    /** The member listed on one meeting: the day, present or not, the reason given for an absence. */
    record Listing(LocalDate heldOn, boolean present, String reason) {

        boolean excused() {
            return !present && reason != null && !reason.isBlank();
        }
    }

    private Attendances() {
    }

    /**
     * The attendance over meetings held from {@code from} to {@code to}, and the absences without reason running at
     * {@code to}: an attendance or an absence with a reason ends a run. The member is a candidate for an
     * unqualified-member case when the run started at least {@code absenceMonths} months before {@code to}.
     *
     * @param listings every meeting listing the member up to {@code to}, oldest first (earlier ones count for the run)
     */
    static MemberAttendance of(long memberId, String name, long organisationId, List<Listing> listings, LocalDate from,
                               LocalDate to, int absenceMonths) {
        int listed = 0;
        int attended = 0;
        int excused = 0;
        int unexcused = 0;
        int run = 0;
        LocalDate runSince = null;
        LocalDate lastAttended = null;
        for (Listing l : listings) {
            if (l.heldOn().isAfter(to)) {
                break;
            }
            boolean inPeriod = !l.heldOn().isBefore(from);
            if (l.present()) {
                lastAttended = l.heldOn();
            }
            if (l.present() || l.excused()) {
                run = 0;
                runSince = null;
            } else {
                run++;
                runSince = runSince == null ? l.heldOn() : runSince;
            }
            if (inPeriod) {
                listed++;
                attended += l.present() ? 1 : 0;
                excused += l.excused() ? 1 : 0;
                unexcused += !l.present() && !l.excused() ? 1 : 0;
            }
        }
        Double rate = listed == 0 ? null : (double) attended / listed;
        boolean candidate = runSince != null && !runSince.isAfter(to.minusMonths(absenceMonths));
        return new MemberAttendance(memberId, name, organisationId, listed, attended, excused, unexcused, rate, run,
                lastAttended, runSince, candidate);
    }
}
