package org.castpb.workers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.Texts;
import org.castpb.api.ValidationException;
import org.castpb.api.workers.CommendationDraft;
import org.castpb.api.workers.JobChangeKind;
import org.castpb.api.workers.TrainingDraft;
import org.castpb.api.workers.WorkerDraft;
import org.castpb.api.workers.WorkerKind;

/** The rules a worker, a training and a commendation must meet before anything is written; each problem named by field. */
final class WorkerRules {

    static final int NAME_MAX = 100;
    static final int TEXT_MAX = 200;
    static final int NOTE_MAX = 1000;
    static final int REPORT_MAX = 2000;
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(200);
    static final String END_BEFORE_START = "END_BEFORE_START";

    private WorkerRules() {
    }

    /** The draft trimmed, or a ValidationException naming every invalid field. */
    static WorkerDraft validate(WorkerDraft d, LocalDate today) {
        if (d == null) {
            throw new ValidationException(new FieldError("worker", "REQUIRED", "the worker is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (d.societyId() <= 0) {
            errors.add(new FieldError("societyId", "REQUIRED", "the society's id is required"));
        }
        String name = line(errors, "name", d.name(), NAME_MAX, true);
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "REQUIRED", "kind is FULL_TIME or PART_TIME"));
        }
        String position = line(errors, "position", d.position(), NAME_MAX, true);
        if (d.startDate() == null) {
            errors.add(new FieldError("startDate", "REQUIRED", "the start date is required"));
        } else if (d.startDate().isAfter(today)) {
            errors.add(new FieldError("startDate", "IN_FUTURE", "the start date " + d.startDate() + " is after today"));
        }
        Dates.check(errors, "startDate", d.startDate());
        Dates.check(errors, "endDate", d.endDate());
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            errors.add(new FieldError("endDate", END_BEFORE_START, "the end date " + d.endDate() + " is before the start date "
                    + d.startDate()));
        }
        check(errors);
        return new WorkerDraft(d.societyId(), name, d.kind(), position, d.startDate(), d.endDate());
    }

    /** The training trimmed, or a ValidationException; the day must fall in the worker's time in post. */
    static TrainingDraft validate(TrainingDraft d, LocalDate start, LocalDate end, LocalDate today) {
        if (d == null) {
            throw new ValidationException(new FieldError("training", "REQUIRED", "the training is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        String course = line(errors, "course", d.course(), TEXT_MAX, true);
        if (d.hours() == null) {
            errors.add(new FieldError("hours", "REQUIRED", "the class hours are required"));
        } else if (d.hours().signum() <= 0 || d.hours().compareTo(MAX_HOURS) > 0
                || d.hours().multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError("hours", "INVALID_HOURS", "class hours are more than 0 and at most " + MAX_HOURS
                    + ", in half hours, got " + d.hours().toPlainString()));
        }
        Dates.check(errors, "trainedOn", d.trainedOn());
        if (d.trainedOn() == null) {
            errors.add(new FieldError("trainedOn", "REQUIRED", "the day of the training is required"));
        } else if (d.trainedOn().isAfter(today) || d.trainedOn().isBefore(start) || (end != null && d.trainedOn().isAfter(end))) {
            errors.add(new FieldError("trainedOn", "OUTSIDE_TIME_IN_POST", "the training day " + d.trainedOn()
                    + " must be from the worker's start (" + start + ") to " + (end == null || end.isAfter(today) ? "today" : "the end (" + end + ")")));
        }
        check(errors);
        return new TrainingDraft(course, d.hours().setScale(1), d.trainedOn());
    }

    /** The commendation trimmed, or a ValidationException; it names at most one of a worker and an organisation. */
    static CommendationDraft validate(CommendationDraft d, LocalDate today) {
        if (d == null) {
            throw new ValidationException(new FieldError("commendation", "REQUIRED", "the commendation is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (d.societyId() <= 0) {
            errors.add(new FieldError("societyId", "REQUIRED", "the society's id is required"));
        }
        if (d.workerId() != null && d.organisationId() != null) {
            errors.add(new FieldError("organisationId", "ONE_SUBJECT", "a commendation is of the society, one of its workers or one "
                    + "of its party organisations: give workerId or organisationId, not both"));
        }
        String title = line(errors, "title", d.title(), TEXT_MAX, true);
        String by = line(errors, "awardedBy", d.awardedBy(), TEXT_MAX, true);
        Dates.check(errors, "awardedOn", d.awardedOn());
        if (d.awardedOn() == null) {
            errors.add(new FieldError("awardedOn", "REQUIRED", "the day of the commendation is required"));
        } else if (d.awardedOn().isAfter(today)) {
            errors.add(new FieldError("awardedOn", "IN_FUTURE", "the day " + d.awardedOn() + " is after today"));
        }
        check(errors);
        return new CommendationDraft(d.societyId(), d.workerId(), d.organisationId(), title, d.awardedOn(), by);
    }

    /** The assessment year: one the worker was in post, not after this year. */
    static void checkYear(int year, LocalDate start, LocalDate end, LocalDate today) {
        if (year > today.getYear() || year < start.getYear() || (end != null && year > end.getYear())) {
            throw new ValidationException(new FieldError("year", "OUTSIDE_TIME_IN_POST", "the worker was in post from " + start
                    + (end == null ? "" : " to " + end) + "; a grade is given for one of those years up to this one, not " + year));
        }
    }

    /**
     * The job changes a change of the roster entry means, for a worker full-time before it: a new position, a change to
     * part-time, an end date. The day of a position or kind change is {@code today}; of leaving, the end date.
     */
    static List<Change> jobChanges(WorkerDraft before, WorkerDraft after, LocalDate today) {
        List<Change> changes = new ArrayList<>();
        if (before == null) {
            if (after.kind() == WorkerKind.FULL_TIME && after.endDate() != null) {
                changes.add(new Change(JobChangeKind.LEFT, after.endDate(), after.position(), after.endDate().toString()));
            }
            return changes;
        }
        if (before.kind() != WorkerKind.FULL_TIME) {
            return changes;
        }
        if (!before.position().equals(after.position())) {
            changes.add(new Change(JobChangeKind.POSITION_CHANGED, today, before.position(), after.position()));
        }
        if (after.kind() == WorkerKind.PART_TIME) {
            changes.add(new Change(JobChangeKind.BECAME_PART_TIME, today, WorkerKind.FULL_TIME.name(), WorkerKind.PART_TIME.name()));
        }
        if (before.endDate() == null && after.endDate() != null) {
            changes.add(new Change(JobChangeKind.LEFT, after.endDate(), after.position(), after.endDate().toString()));
        }
        return changes;
    }

    /** One job change to record. */
    record Change(JobChangeKind kind, LocalDate on, String before, String after) {
    }

    /** A one-line text, trimmed; null when absent and allowed. */
    static String line(List<FieldError> errors, String field, String text, int max, boolean required) {
        return text(errors, field, text, max, required, false);
    }

    /** A multi-line text (tabs and line breaks allowed), trimmed; null when absent and allowed. */
    static String text(List<FieldError> errors, String field, String text, int max, boolean required) {
        return text(errors, field, text, max, required, true);
    }

    private static String text(List<FieldError> errors, String field, String text, int max, boolean required, boolean multiline) {
        String t = text == null ? null : text.strip();
        if (t == null || t.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "REQUIRED", field + " is required"));
            }
            return null;
        }
        if (t.length() > max) {
            errors.add(new FieldError(field, "TOO_LONG", field + " has at most " + max + " characters, got " + t.length()));
        }
        if (multiline) {
            Texts.checkMultiline(errors, field, t);
        } else {
            Texts.checkLine(errors, field, t);
        }
        return t;
    }

    static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
