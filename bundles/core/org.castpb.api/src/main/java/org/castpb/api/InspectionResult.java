package org.castpb.api;

/** Result of a society's last annual inspection (年检). */
public enum InspectionResult {
    QUALIFIED,
    BASICALLY_QUALIFIED,
    UNQUALIFIED,
    NOT_INSPECTED
}
