package org.castpb.api.evaluation;

/** A module's verdict on one society, best first. */
public enum Grade {
    EXCELLENT,
    GOOD,
    QUALIFIED,
    UNQUALIFIED;

    /** The worse of this grade and {@code other}. */
    public Grade worse(Grade other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
