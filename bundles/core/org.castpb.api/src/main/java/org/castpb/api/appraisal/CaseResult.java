package org.castpb.api.appraisal;

/**
 * How an unqualified-member case ended: the member improved and is qualified again, left the party when persuaded,
 * was removed, or the case was closed otherwise (the note says how).
 */
public enum CaseResult {
    IMPROVED, PERSUADED_TO_LEAVE, REMOVED, OTHER
}
