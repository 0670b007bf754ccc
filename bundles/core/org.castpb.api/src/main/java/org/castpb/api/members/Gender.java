package org.castpb.api.members;

/** 性别. */
public enum Gender {
    MALE,
    FEMALE
}
