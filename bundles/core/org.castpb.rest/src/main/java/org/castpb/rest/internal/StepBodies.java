package org.castpb.rest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.castpb.api.FieldError;
import org.castpb.api.ValidationException;

/**
 * The small JSON bodies of workflow steps; each may be left out, and the service says what is required,
 * unless the door cannot call the service without it ({@link #required}).
 */
final class StepBodies {

    private StepBodies() {
    }

    /** {@code {"comment":"..."}} for submit, return, approve and reject. */
    public record Comment(String comment) {
        static String of(Comment body) {
            return body == null ? null : body.comment();
        }
    }

    /** {@code {"justification":"..."}} for accepting a rule warning. */
    public record Justification(String justification) {
        static String of(Justification body) {
            return body == null ? null : body.justification();
        }
    }

    /** {@code {"note":"..."}} for closing a rectification task by hand. */
    public record Note(String note) {
    }

    /** {@code {"dissolvedOn":"2026-11-26","reason":"..."}} for dissolving an organisation. */
    public record Dissolution(LocalDate dissolvedOn, String reason) {
    }

    /** {@code {"schemeId":"award","budget":100000.00,"note":"..."}} for a funding allocation; the service checks the fields. */
    public record AllocationOrder(String schemeId, BigDecimal budget, String note) {
    }

    /** {@code {"admittedOn":"2026-12-05","overrideReason":"..."}} for admitting an applicant; both may be left out. */
    public record Admission(LocalDate admittedOn, String overrideReason) {
    }

    /** A body that cannot be left out: a missing one is named as REQUIRED, with the shape expected. */
    static <T> T required(T body, String shape) {
        if (body == null) {
            throw new ValidationException(new FieldError("body", "REQUIRED", "send a JSON body like " + shape));
        }
        return body;
    }
}
