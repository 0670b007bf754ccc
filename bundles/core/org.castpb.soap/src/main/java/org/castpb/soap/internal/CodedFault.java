package org.castpb.soap.internal;

/** A SOAP fault carrying castpb's error code, whichever port's namespace it is published in. */
public interface CodedFault {
    /** The stable code (VALIDATION_FAILED, NOT_FOUND, INVALID_TRANSITION, ..., INTERNAL_ERROR). */
    String faultCode();
}
