package org.castpb.api;

/** Why a society has no party organisation yet (未建党组织原因). */
public enum NoOrganisationReason {
    /** fewer than three formal party members */
    FEWER_THAN_THREE_FORMAL_MEMBERS,
    /** no party members among staff or leaders */
    NO_PARTY_MEMBERS,
    /** the members' organisational relationships are held elsewhere */
    RELATIONSHIPS_HELD_ELSEWHERE,
    /** an establishment request is being prepared or decided */
    IN_PREPARATION,
    /** covered by a work group, a joint branch or a liaison officer instead */
    COVERED_OTHERWISE,
    /** another reason, given in the text */
    OTHER
}
