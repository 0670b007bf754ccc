package org.castpb.api;

/** Registration status of a society; records are never deleted, a deregistered society stays on file. */
public enum RegistrationStatus {
    ACTIVE,
    SUSPENDED,
    DEREGISTERED
}
