package org.castpb.api;

/** The change would clash with another record, e.g. code {@code DUPLICATE_USCC}. */
public class ConflictException extends CastpbException {
    private static final long serialVersionUID = 1L;
    public static final String DUPLICATE_USCC = "DUPLICATE_USCC";

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
