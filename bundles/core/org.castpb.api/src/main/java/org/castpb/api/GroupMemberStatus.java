package org.castpb.api;

/** A society's status as a group member (团体会员) of CAST. */
public enum GroupMemberStatus {
    MEMBER,
    APPLICANT,
    NONE
}
