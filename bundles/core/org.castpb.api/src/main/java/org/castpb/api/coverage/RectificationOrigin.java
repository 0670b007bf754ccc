package org.castpb.api.coverage;

/** What a rectification task follows up. */
public enum RectificationOrigin {
    /** a coverage target the society missed */
    COVERAGE,
    /** a FAIL or a veto in a completed evaluation campaign */
    EVALUATION
}
