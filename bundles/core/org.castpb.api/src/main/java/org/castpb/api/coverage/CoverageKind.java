package org.castpb.api.coverage;

/** The two coverages. */
public enum CoverageKind {
    /** 组织覆盖: a committee, general branch, branch or joint branch covers the society */
    ORGANISATION,
    /** 工作覆盖: organisation coverage, or a work group, or a dispatched liaison officer or instructor */
    WORK
}
