package org.castpb.api.life;

/** What an alert is about. */
public enum AlertKind {
    /** A meeting due in a period that has ended was not held. */
    MEETING_OVERDUE,
    /** A member has been absent without reason for the rule set's absence months. */
    UNQUALIFIED_CANDIDATE
}
