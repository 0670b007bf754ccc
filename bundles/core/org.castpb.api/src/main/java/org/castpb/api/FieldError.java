package org.castpb.api;

/**
 * One invalid field.
 *
 * @param field   the field's API name (camelCase), e.g. {@code uscc}
 * @param code    stable reason code, e.g. {@code USCC_CHECK_CHARACTER}
 * @param message a sentence for people, naming what is wrong and what is expected
 */
public record FieldError(String field, String code, String message) {
}
