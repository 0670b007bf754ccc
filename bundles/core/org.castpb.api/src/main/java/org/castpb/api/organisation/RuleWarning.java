package org.castpb.api.organisation;

/**
 * A rule an organisation (or a request for one) does not meet. Warnings do not refuse a change;
 * an approver accepts each with a written justification before a request can be approved.
 *
 * @param code           stable code, one of the constants of this record (plugins may add others)
 * @param message        a sentence for people naming the rule and the values that miss it
 * @param ruleSetVersion the version of the rule set that produced the warning
 */
public record RuleWarning(String code, String message, String ruleSetVersion) {

    /** Fewer formal members than an organisation (other than a work group) needs. */
    public static final String TOO_FEW_MEMBERS = "TOO_FEW_MEMBERS";
    /** Fewer members than the type normally has (a general branch or a committee). */
    public static final String TYPE_TOO_SMALL = "TYPE_TOO_SMALL";
    /** More members than the type normally has (a branch or a general branch). */
    public static final String TYPE_TOO_LARGE = "TYPE_TOO_LARGE";
    /** A joint branch covering more societies than the rule set allows. */
    public static final String JOINT_BRANCH_TOO_MANY_SOCIETIES = "JOINT_BRANCH_TOO_MANY_SOCIETIES";
    /** Enough formal members to elect a branch committee, but none is recorded. */
    public static final String BRANCH_COMMITTEE_REQUIRED = "BRANCH_COMMITTEE_REQUIRED";
    /** A committee size outside the allowed range, or a committee with too few formal members to elect one. */
    public static final String COMMITTEE_SIZE = "COMMITTEE_SIZE";
    /** A term whose length is not the one the rule set prescribes for the type. */
    public static final String TERM_LENGTH = "TERM_LENGTH";
    /** The secretary is neither the society's principal leader who is a party member nor dispatched. */
    public static final String SECRETARY_NOT_PRINCIPAL_LEADER = "SECRETARY_NOT_PRINCIPAL_LEADER";
    /** The term has ended and no new election is recorded. */
    public static final String ELECTION_OVERDUE = "ELECTION_OVERDUE";
}
