package org.castpb.api.evaluation;

/** What a campaign evaluates: party building is part of each, and failing it vetoes the whole (一票否决). */
public enum EvaluationKind {
    /** 年检: the yearly inspection of a society. */
    ANNUAL_INSPECTION,
    /** 评估: the periodic assessment (grading) of a society. */
    ASSESSMENT,
    /** 综合考核评价: the comprehensive evaluation. */
    COMPREHENSIVE
}
