package org.castpb.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.castpb.api.FieldError;

/**
 * An RFC 7807 problem document, served as {@code application/problem+json}.
 * {@code code} is castpb's stable error code; {@code errors} names each invalid field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = OpenApiContract.PROBLEM, requiredProperties = {"type", "title", "status", "detail", "code"})
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(int status, String title, String code, String detail) {
        return new Problem(type(code), title, status, detail, code, List.of());
    }

    static Problem of(int status, String title, String code, String detail, List<FieldError> errors) {
        return new Problem(type(code), title, status, detail, code, errors);
    }

    private static String type(String code) {
        return "urn:castpb:problem:" + code;
    }
}
