package org.castpb.api;

import java.util.List;

/**
 * The content of a society's ledger (台账), as written by a caller. Any field may be left empty
 * (null) while it is not known: the ledger then is not clear, and its status names what is missing.
 *
 * @param runningState                operations: how the society runs
 * @param lastInspectionResult        operations: result of the last annual inspection
 * @param lastInspectionYear          operations: year of that inspection
 * @param activitiesInYear            operations: activities held in the year
 * @param fullTimeStaff               staff: full-time staff
 * @param staffPartyMembers           staff: of whom party members
 * @param formalMembers               party members: formal members
 * @param probationaryMembers         party members: probationary members
 * @param relationshipsHere           party members: members whose organisational relationship is in the society's organisation
 * @param relationshipsElsewhere      party members: members whose relationship is held elsewhere
 * @param leaders                     leaders
 * @param partyOrganisationEstablished whether the society has its own party organisation
 * @param noOrganisationReason        while it has none: why
 * @param noOrganisationText          while it has none: the reason in words (required for OTHER)
 * @param note                        what this revision changes, for the revision history
 */
public record LedgerDraft(
        RunningState runningState,
        InspectionResult lastInspectionResult,
        Integer lastInspectionYear,
        Integer activitiesInYear,
        Integer fullTimeStaff,
        Integer staffPartyMembers,
        Integer formalMembers,
        Integer probationaryMembers,
        Integer relationshipsHere,
        Integer relationshipsElsewhere,
        List<Leader> leaders,
        Boolean partyOrganisationEstablished,
        NoOrganisationReason noOrganisationReason,
        String noOrganisationText,
        String note) {

    public LedgerDraft {
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
    }

    /** A ledger with nothing filled in. */
    public static LedgerDraft empty() {
        return new LedgerDraft(null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null);
    }
}
