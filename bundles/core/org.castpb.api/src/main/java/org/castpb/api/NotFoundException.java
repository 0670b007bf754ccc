package org.castpb.api;

/** No record with the given identifier. Code {@code NOT_FOUND}. */
public class NotFoundException extends CastpbException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "NOT_FOUND";

    public NotFoundException(String what, Object id) {
        super(CODE, "no " + what + " with id " + id, what, id);
    }
}
