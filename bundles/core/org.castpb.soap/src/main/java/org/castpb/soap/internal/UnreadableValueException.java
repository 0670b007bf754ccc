package org.castpb.soap.internal;

/** A value in a request that castpb's readers cannot take, with a message fit for the caller. */
public class UnreadableValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnreadableValueException(String message) {
        super(message);
    }
}
