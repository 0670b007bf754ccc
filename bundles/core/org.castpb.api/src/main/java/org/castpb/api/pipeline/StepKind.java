package org.castpb.api.pipeline;

/**
 * A step of the pipeline and the stage it leads to: the application (APPLICANT), the activist designation (ACTIVIST),
 * the admission as development candidate (DEVELOPMENT_CANDIDATE), the branch meeting's admission as probationary
 * member (PROBATIONARY, registered in the member registry), the extension of probation (stays PROBATIONARY) and the
 * branch meeting's confirmation as formal member (FORMAL).
 */
public enum StepKind {
    APPLY(PipelineStage.APPLICANT),
    DESIGNATE_ACTIVIST(PipelineStage.ACTIVIST),
    ADMIT_CANDIDATE(PipelineStage.DEVELOPMENT_CANDIDATE),
    ADMIT_PROBATIONARY(PipelineStage.PROBATIONARY),
    EXTEND_PROBATION(PipelineStage.PROBATIONARY),
    CONFIRM_FORMAL(PipelineStage.FORMAL);

    private final PipelineStage leadsTo;

    StepKind(PipelineStage leadsTo) {
        this.leadsTo = leadsTo;
    }

    /** The stage a person is at once the step is done. */
    public PipelineStage leadsTo() {
        return leadsTo;
    }
}
