package org.castpb.api.organisation;

/** What was done to an establishment request. */
public enum RequestAction {
    CREATE,
    /** The draft was changed (only while DRAFT or RETURNED). */
    EDIT,
    SUBMIT,
    RETURN,
    /** An approver accepted one rule warning with a justification. */
    ACCEPT_WARNING,
    APPROVE,
    REJECT
}
