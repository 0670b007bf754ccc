package org.castpb.api.evaluation;

/** A society's overall result in a campaign, from the results of every module that applied to it. */
public enum Outcome {
    /** Every module answered, none vetoed and none graded the society UNQUALIFIED. */
    PASS,
    /** A module vetoed (one-vote veto) or graded the society UNQUALIFIED. */
    FAIL,
    /** No veto or failing grade, but a module failed to answer (or none applied), so no verdict can be given. */
    INCOMPLETE
}
