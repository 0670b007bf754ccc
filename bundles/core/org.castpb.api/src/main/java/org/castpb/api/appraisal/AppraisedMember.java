package org.castpb.api.appraisal;

/** A member's grade in a recorded round, with the member's name as the registry had it then. */
public record AppraisedMember(long memberId, String name, AppraisalGrade grade) {
}
