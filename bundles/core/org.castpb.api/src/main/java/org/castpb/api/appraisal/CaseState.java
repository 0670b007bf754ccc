package org.castpb.api.appraisal;

/** Where an unqualified-member case stands: open until the organisation records how it was handled. */
public enum CaseState {
    OPEN, CLOSED
}
