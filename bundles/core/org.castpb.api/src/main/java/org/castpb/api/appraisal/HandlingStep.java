package org.castpb.api.appraisal;

/**
 * A step in handling an unqualified member (不合格党员处置), in the order the party rules take them: education
 * (批评教育), a deadline for improvement (限期改正), persuasion to leave (劝退) once the deadline passed without
 * improvement, removal (除名) of a member who refuses to leave.
 */
public enum HandlingStep {
    EDUCATION, IMPROVEMENT_DEADLINE, PERSUASION_TO_LEAVE, REMOVAL
}
