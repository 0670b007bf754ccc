package org.castpb.api.coverage;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.GroupMemberStatus;

/**
 * The party-building answer for a society applying to join CAST as a group member (2016 opinions, art. 6).
 *
 * @param societyId         the society
 * @param groupMemberStatus its current group-member status, for information (it does not change the answer)
 * @param asOf              the day organisation coverage was judged on
 * @param pass              whether every condition is met
 * @param reasons           one finding per condition, the organisation condition first, then the ledger
 */
public record AdmissionCheck(long societyId, GroupMemberStatus groupMemberStatus, LocalDate asOf, boolean pass,
                             List<AdmissionReason> reasons) {
    public AdmissionCheck {
        reasons = List.copyOf(reasons);
    }

    /** The codes of the conditions not met, empty when the check passes. */
    public List<String> failures() {
        return reasons.stream().filter(r -> !r.met()).map(AdmissionReason::code).toList();
    }
}
