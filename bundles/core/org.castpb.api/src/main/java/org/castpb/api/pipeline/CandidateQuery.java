package org.castpb.api.pipeline;

/** Which candidates to list: all filters optional; {@code awaitingApproval} true lists those whose step waits for an approver. */
public record CandidateQuery(Long organisationId, PipelineStage stage, boolean awaitingApproval, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static CandidateQuery all() {
        return new CandidateQuery(null, null, false, 0, DEFAULT_LIMIT);
    }
}
