package org.castpb.api;

/**
 * A refusal by a castpb service, with a stable error code that every door passes on unchanged
 * (REST problem+json {@code code}, SOAP fault {@code code}, shell message).
 */
public class CastpbException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public CastpbException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The stable, machine-readable error code, e.g. {@code VALIDATION_FAILED}. */
    public String code() {
        return code;
    }
}
