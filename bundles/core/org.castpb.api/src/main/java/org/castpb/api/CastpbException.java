package org.castpb.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A refusal by a castpb service, with a stable error code that every door passes on unchanged
 * (REST problem+json {@code code}, SOAP fault {@code code}, shell message).
 */
public class CastpbException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient List<Object> arguments;

    public CastpbException(String code, String message) {
        this(code, message, new Object[0]);
    }

    /**
     * A refusal whose message a door can also render in the reader's language: {@code arguments} fill the message
     * pattern kept for {@code code} (see {@link org.castpb.api.text.ErrorTexts}); {@code message} is the English
     * sentence, used where no pattern is kept.
     */
    public CastpbException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments == null ? List.of() : Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    /** The stable, machine-readable error code, e.g. {@code VALIDATION_FAILED}. */
    public String code() {
        return code;
    }

    /** The values that fill the message pattern of {@link #code()}, in order; empty when the refusal gives none. */
    public List<Object> arguments() {
        return arguments == null ? List.of() : arguments;
    }
}
