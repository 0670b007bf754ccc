package org.castpb.api.pipeline;

/** Where a person stands: 入党申请人, 入党积极分子, 发展对象, 预备党员, 正式党员. */
public enum PipelineStage {
    APPLICANT,
    ACTIVIST,
    DEVELOPMENT_CANDIDATE,
    PROBATIONARY,
    FORMAL
}
