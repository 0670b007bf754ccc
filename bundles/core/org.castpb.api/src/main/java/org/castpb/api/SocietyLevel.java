package org.castpb.api;

/** Level at which a society is registered. */
public enum SocietyLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL
}
