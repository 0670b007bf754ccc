package org.castpb.api.appraisal;

/** One member's grade as the organisation records it: the member by registry id. */
public record GradeEntry(long memberId, AppraisalGrade grade) {
}
