package org.castpb.rest.internal;

import java.time.LocalDate;

/** The small JSON bodies of workflow steps; each may be left out, and the service says what is required. */
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
}
