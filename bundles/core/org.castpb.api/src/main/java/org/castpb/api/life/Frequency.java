package org.castpb.api.life;

/** How often a kind of meeting is due: once in every calendar month, quarter or year, or never. */
public enum Frequency {
    MONTHLY,
    QUARTERLY,
    YEARLY,
    /** Not required by the rule set. */
    NONE
}
