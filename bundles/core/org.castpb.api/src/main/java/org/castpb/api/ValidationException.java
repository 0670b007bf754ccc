package org.castpb.api;

import java.util.List;
import java.util.stream.Collectors;

/** The input was refused; {@link #errors()} names every invalid field. Code {@code VALIDATION_FAILED}. */
public class ValidationException extends CastpbException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "VALIDATION_FAILED";
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(CODE, errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
