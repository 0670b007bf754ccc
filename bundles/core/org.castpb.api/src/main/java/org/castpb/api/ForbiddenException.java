package org.castpb.api;

/** The actor is authenticated but holds no role that allows this. Code {@code FORBIDDEN}. */
public class ForbiddenException extends CastpbException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "FORBIDDEN";

    public ForbiddenException(String message) {
        super(CODE, message);
    }
}
