package org.castpb.api;

/** The change would clash with another record, e.g. code {@code DUPLICATE_USCC}. */
public class ConflictException extends CastpbException {
    private static final long serialVersionUID = 1L;
    public static final String DUPLICATE_USCC = "DUPLICATE_USCC";
    /** Another active society has the name, and the site refuses duplicate names. */
    public static final String DUPLICATE_NAME = "DUPLICATE_NAME";

    public ConflictException(String code, String message) {
        super(code, message);
    }

    /** A conflict with the values that fill its code's message pattern (see {@link CastpbException#arguments()}). */
    public ConflictException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
