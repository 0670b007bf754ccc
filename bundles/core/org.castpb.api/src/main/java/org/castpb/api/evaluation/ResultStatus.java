package org.castpb.api.evaluation;

/** Whether a module produced a result for a society. */
public enum ResultStatus {
    /** The module answered; its score, grade and findings are recorded. */
    OK,
    /** The module threw, exceeded its time limit or answered something invalid; the error is recorded. */
    ERROR
}
