package org.castpb.api.coverage;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.members.LedgerReconciliation;

/**
 * The party-building answer for a society applying to join CAST as a group member (2016 opinions, art. 6).
 *
 * @param societyId         the society
 * @param groupMemberStatus its current group-member status, for information (it does not change the answer)
 * @param asOf              the day organisation coverage was judged on
 * @param pass              whether every condition is met
 * @param reasons           one finding per condition, the organisation condition first, then the ledger
 * @param registeredMembers the applicant's registered members (article 13: member data collected at application): the
 *                          registry's formal and probationary members on the rolls of the organisations covering it now,
 *                          those organisations, and where the ledger's party-member figures differ (reconciliation
 *                          items); for information, it does not change the answer; null where not read
 */
public record AdmissionCheck(long societyId, GroupMemberStatus groupMemberStatus, LocalDate asOf, boolean pass,
                             List<AdmissionReason> reasons, LedgerReconciliation registeredMembers) {
    public AdmissionCheck {
        reasons = List.copyOf(reasons);
    }

    /** A check as version 3.1 of this package knew it, without the registered members. */
    public AdmissionCheck(long societyId, GroupMemberStatus groupMemberStatus, LocalDate asOf, boolean pass, List<AdmissionReason> reasons) {
        this(societyId, groupMemberStatus, asOf, pass, reasons, null);
    }

    /** The codes of the conditions not met, empty when the check passes. */
    public List<String> failures() {
        return reasons.stream().filter(r -> !r.met()).map(AdmissionReason::code).toList();
    }
}
