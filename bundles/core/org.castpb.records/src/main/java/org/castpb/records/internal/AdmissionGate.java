package org.castpb.records.internal;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Scope;
import org.castpb.api.SocietyService;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.AdmissionCheck;
import org.castpb.api.coverage.AdmissionReason;
import org.castpb.api.coverage.AdmissionService;

/**
 * The gate in front of group membership (2016 opinions, art. 6): an APPLICANT becomes a MEMBER only when the
 * admission check passes at that moment, or when a national administrator overrides it with a reason, which the
 * audit trail keeps with the checks that failed. Every other change of status passes untouched.
 */
final class AdmissionGate {

    static final int REASON_MAX = 500;

    private AdmissionGate() {
    }

    /**
     * Decides a change from {@code before} to {@code after}.
     *
     * @param check    the admission service, null while it is not running (then only an override admits)
     * @return what the audit trail adds to the change ("" when the status does not move from APPLICANT to MEMBER)
     * @throws ValidationException naming {@code groupMemberStatus} with the code of each failed check
     * @throws ForbiddenException  when someone other than a national administrator gives an override
     */
    static String pass(AdmissionService check, Actor actor, long societyId, GroupMemberStatus before, GroupMemberStatus after,
                       String overrideReason, LocalDate today) {
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (before != GroupMemberStatus.APPLICANT || after != GroupMemberStatus.MEMBER) {
            return "";
        }
        if (reason != null) {
            if (!actor.hasAnyRole(Actor.NATIONAL) || !Scope.of(actor).all()) {
                throw new ForbiddenException(actor.name() + " may not override the admission check of society " + societyId
                        + "; only a national administrator may");
            }
            if (reason.length() > REASON_MAX) {
                throw new ValidationException(new FieldError("admissionOverrideReason", "TOO_LONG",
                        "admissionOverrideReason has " + reason.length() + " characters, at most " + REASON_MAX + " allowed"));
            }
            String failed = check == null ? "check not run" : failures(check.check(actor, societyId, today));
            return " [admission check overridden by " + actor.name() + " on " + today + ": " + reason + "; failed: " + failed + "]";
        }
        if (check == null) {
            throw new ValidationException(new FieldError("groupMemberStatus", SocietyService.ADMISSION_CHECK_UNAVAILABLE,
                    "the admission check is not running, so society " + societyId + " cannot be admitted now; a national"
                            + " administrator may admit it with an override reason"));
        }
        AdmissionCheck result = check.check(actor, societyId, today);
        if (!result.pass()) {
            List<FieldError> errors = result.reasons().stream().filter(r -> !r.met())
                    .map(r -> new FieldError("groupMemberStatus", r.code(), "admission check failed on " + today + ": " + r.message()))
                    .toList();
            throw new ValidationException(errors);
        }
        return " [admission check passed on " + today + ": " + String.join(", ",
                result.reasons().stream().map(AdmissionReason::code).toList()) + "]";
    }

    private static String failures(AdmissionCheck result) {
        return result.pass() ? "none (it passes)" : String.join(", ", result.failures());
    }
}
