package org.castpb.api.members;

/** 正式党员 or 预备党员. */
public enum MembershipKind {
    FORMAL,
    PROBATIONARY
}
