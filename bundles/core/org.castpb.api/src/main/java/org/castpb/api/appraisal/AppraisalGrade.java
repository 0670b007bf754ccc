package org.castpb.api.appraisal;

/** The grade a democratic appraisal gives a member (优秀, 合格, 基本合格, 不合格). */
public enum AppraisalGrade {
    EXCELLENT, QUALIFIED, BASICALLY_QUALIFIED, UNQUALIFIED
}
