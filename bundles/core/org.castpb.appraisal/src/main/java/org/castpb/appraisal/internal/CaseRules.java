package org.castpb.appraisal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.Texts;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseStep;
import org.castpb.api.appraisal.CaseStepDraft;
import org.castpb.api.appraisal.HandlingStep;

/**
 * The order of an unqualified-member case's steps (party constitution, art. 8): education and a deadline for
 * improvement; once the deadline passed without improvement, persuasion to leave; a member who refuses to leave is
 * removed. Steps are dated in order, never before the case was opened, never in the future.
 */
final class CaseRules {

    static final int NOTE_MAX = 2000;

    private CaseRules() {
    }

    /** Every problem of the next step after {@code steps} on a case opened on {@code openedOn}; empty when it may be recorded. */
    static List<FieldError> checkStep(List<CaseStep> steps, CaseStepDraft d, LocalDate openedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null || d.kind() == null) {
            errors.add(new FieldError("kind", "REQUIRED", "the kind of step is required: " + List.of(HandlingStep.values())));
            return errors;
        }
        note(errors, "note", d.note());
        if (d.on() == null) {
            errors.add(new FieldError("on", "REQUIRED", "the day the step was taken is required"));
            return errors;
        }
        Dates.check(errors, "on", d.on());
        if (d.on().isAfter(today)) {
            errors.add(new FieldError("on", "IN_FUTURE", "on " + d.on() + " is after today " + today));
        }
        if (d.kind() == HandlingStep.IMPROVEMENT_DEADLINE) {
            if (d.deadline() == null) {
                errors.add(new FieldError("deadline", "REQUIRED", "a deadline for improvement names the day the member must have improved by"));
            } else if (!d.deadline().isAfter(d.on())) {
                errors.add(new FieldError("deadline", "INVALID_DATE", "the deadline " + d.deadline() + " must be after the day it was set, " + d.on()));
            } else {
                Dates.check(errors, "deadline", d.deadline());
            }
        } else if (d.deadline() != null) {
            errors.add(new FieldError("deadline", "INVALID", "only a deadline for improvement (IMPROVEMENT_DEADLINE) has a deadline"));
        }
        CaseStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        if (d.on().isBefore(openedOn)) {
            errors.add(new FieldError("on", AppraisalService.STEP_OUT_OF_ORDER, "on " + d.on() + " is before the case was opened, " + openedOn));
        } else if (last != null && d.on().isBefore(last.on())) {
            errors.add(new FieldError("on", AppraisalService.STEP_OUT_OF_ORDER, "on " + d.on() + " is before the previous step ("
                    + last.kind() + " on " + last.on() + ")"));
        }
        if (last != null && d.kind().ordinal() < last.kind().ordinal()) {
            errors.add(new FieldError("kind", AppraisalService.STEP_OUT_OF_ORDER, d.kind() + " comes before " + last.kind()
                    + " in handling an unqualified member, which was taken on " + last.on()));
        } else if (last != null && d.kind() == last.kind() && d.kind() != HandlingStep.EDUCATION) {
            errors.add(new FieldError("kind", AppraisalService.STEP_OUT_OF_ORDER, d.kind() + " was taken already on " + last.on()));
        }
        if (d.kind() == HandlingStep.PERSUASION_TO_LEAVE || d.kind() == HandlingStep.REMOVAL) {
            CaseStep deadline = latest(steps, HandlingStep.IMPROVEMENT_DEADLINE);
            if (deadline == null) {
                errors.add(new FieldError("kind", AppraisalService.DEADLINE_NOT_PASSED, d.kind() + " needs a deadline for improvement first"
                        + " (IMPROVEMENT_DEADLINE) that passed without improvement"));
            } else if (!d.on().isAfter(deadline.deadline())) {
                errors.add(new FieldError("on", AppraisalService.DEADLINE_NOT_PASSED, d.kind() + " on " + d.on()
                        + " is not after the deadline for improvement, " + deadline.deadline()));
            }
        }
        if (d.kind() == HandlingStep.REMOVAL && latest(steps, HandlingStep.PERSUASION_TO_LEAVE) == null) {
            errors.add(new FieldError("kind", AppraisalService.STEP_OUT_OF_ORDER, "a removal follows a persuasion to leave the member"
                    + " refused (PERSUASION_TO_LEAVE)"));
        }
        return errors;
    }

    /** Every problem of closing a case with {@code steps} on {@code on} as {@code result}; empty when it may be closed. */
    static List<FieldError> checkClose(List<CaseStep> steps, LocalDate on, CaseResult result, String note, LocalDate openedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (result == null) {
            errors.add(new FieldError("result", "REQUIRED", "the result is required: " + List.of(CaseResult.values())));
        }
        if (note == null || note.isBlank()) {
            errors.add(new FieldError("note", "REQUIRED", "say how the case was handled"));
        } else {
            note(errors, "note", note);
        }
        if (on == null) {
            errors.add(new FieldError("on", "REQUIRED", "the day the case was closed is required"));
            return errors;
        }
        Dates.check(errors, "on", on);
        CaseStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        if (on.isBefore(openedOn) || on.isAfter(today)) {
            errors.add(new FieldError("on", "INVALID_DATE", "on must be from the day the case was opened (" + openedOn + ") to today"));
        } else if (last != null && on.isBefore(last.on())) {
            errors.add(new FieldError("on", AppraisalService.STEP_OUT_OF_ORDER, "on " + on + " is before the last step (" + last.kind()
                    + " on " + last.on() + ")"));
        }
        if (result == CaseResult.IMPROVED && steps.isEmpty()) {
            errors.add(new FieldError("result", AppraisalService.RESULT_WITHOUT_STEP, "IMPROVED needs a step taken first (education or a deadline for improvement)"));
        } else if (result == CaseResult.IMPROVED && latest(steps, HandlingStep.PERSUASION_TO_LEAVE) != null) {
            errors.add(new FieldError("result", AppraisalService.RESULT_WITHOUT_STEP, "the member was persuaded to leave: the case ends"
                    + " PERSUADED_TO_LEAVE or by a removal"));
        } else if (result == CaseResult.PERSUADED_TO_LEAVE && latest(steps, HandlingStep.PERSUASION_TO_LEAVE) == null) {
            errors.add(new FieldError("result", AppraisalService.RESULT_WITHOUT_STEP, "PERSUADED_TO_LEAVE needs the persuasion to leave"
                    + " recorded first (PERSUASION_TO_LEAVE)"));
        } else if (result == CaseResult.REMOVED) {
            errors.add(new FieldError("result", AppraisalService.RESULT_WITHOUT_STEP, "a removal is recorded as the step REMOVAL, which"
                    + " closes the case and removes the member"));
        }
        return errors;
    }

    private static void note(List<FieldError> errors, String field, String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text == null) {
            errors.add(new FieldError(field, "REQUIRED", "say what was done"));
            return;
        }
        if (text.length() > NOTE_MAX) {
            errors.add(new FieldError(field, "TOO_LONG", field + " has at most " + NOTE_MAX + " characters"));
        }
        Texts.checkMultiline(errors, field, text);
    }

    private static CaseStep latest(List<CaseStep> steps, HandlingStep kind) {
        CaseStep found = null;
        for (CaseStep s : steps) {
            if (s.kind() == kind) {
                found = s;
            }
        }
        return found;
    }
}
