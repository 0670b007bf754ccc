package org.castpb.members.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.pipeline.Acceptance;
import org.castpb.api.pipeline.PipelineRuleSet;
import org.castpb.api.pipeline.PipelineStage;
import org.castpb.api.pipeline.StepDraft;
import org.castpb.api.pipeline.StepKind;

import static org.castpb.api.pipeline.PipelineService.*;

/**
 * The development pipeline's rules, pure: which step follows which stage, what evidence each step needs (errors,
 * refusing the step), and which rule-set thresholds it misses (warnings, for an approver to accept).
 */
final class PipelineRules {

    /**
     * Where a person stands when a step is asked: the stage (null before the application), the birth date and the days
     * of the steps so far.
     */
    record Progress(PipelineStage stage, LocalDate birthDate, LocalDate lastStepOn, LocalDate activistOn, LocalDate probationaryOn,
                    int extensionMonths, int extensions) {

        /** Probation's last day but one: the day it ends, with its extensions. */
        LocalDate probationEndsOn(PipelineRuleSet rules) {
            return probationaryOn == null ? null : probationaryOn.plusMonths(rules.probationMonths() + (long) extensionMonths);
        }
    }

    private PipelineRules() {
    }

    /** The steps a person at {@code stage} (null: nobody yet) may take next. */
    static Set<StepKind> next(PipelineStage stage) {
        if (stage == null) {
            return Set.of(StepKind.APPLY);
        }
        return switch (stage) {
            case APPLICANT -> Set.of(StepKind.DESIGNATE_ACTIVIST);
            case ACTIVIST -> Set.of(StepKind.ADMIT_CANDIDATE);
            case DEVELOPMENT_CANDIDATE -> Set.of(StepKind.ADMIT_PROBATIONARY);
            case PROBATIONARY -> Set.of(StepKind.EXTEND_PROBATION, StepKind.CONFIRM_FORMAL);
            case FORMAL -> Set.of();
        };
    }

    /** What refuses the step: order, dates, missing or impossible evidence. Sponsors' membership is the service's to check. */
    static List<FieldError> errors(Progress p, StepDraft s, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (s == null || s.kind() == null) {
            errors.add(new FieldError("kind", "REQUIRED", "the step's kind is required (" + next(p.stage()) + " next)"));
            return errors;
        }
        if (!next(p.stage()).contains(s.kind())) {
            errors.add(new FieldError("kind", STEP_OUT_OF_ORDER, "a person " + (p.stage() == null ? "not yet applying" : "at " + p.stage())
                    + " takes " + (next(p.stage()).isEmpty() ? "no further step" : next(p.stage()).stream().sorted().toList() + " next")
                    + ", not " + s.kind()));
        }
        day(errors, "on", s.on(), true, today);
        if (s.on() != null && p.lastStepOn() != null && s.on().isBefore(p.lastStepOn())) {
            errors.add(new FieldError("on", STEP_BEFORE_PREVIOUS, "on " + s.on() + " is before the previous step's day " + p.lastStepOn()));
        }
        if (s.on() != null && p.birthDate() != null && s.on().isBefore(p.birthDate())) {
            errors.add(new FieldError("on", STEP_BEFORE_PREVIOUS, "on " + s.on() + " is before the birth date " + p.birthDate()));
        }
        switch (s.kind()) {
            case ADMIT_PROBATIONARY -> {
                day(errors, "politicalReviewOn", s.politicalReviewOn(), true, today);
                if (s.politicalReviewOn() != null && s.on() != null && s.politicalReviewOn().isAfter(s.on())) {
                    errors.add(new FieldError("politicalReviewOn", "AFTER_VOTE", "the political review (" + s.politicalReviewOn()
                            + ") comes before the branch meeting's vote (" + s.on() + ")"));
                }
                count(errors, "trainingHours", s.trainingHours(), 0);
                sponsors(errors, s.sponsorIds());
                votes(errors, s);
            }
            case EXTEND_PROBATION -> count(errors, "extensionMonths", s.extensionMonths(), 1);
            case CONFIRM_FORMAL -> votes(errors, s);
            default -> {
            }
        }
        return errors;
    }

    /** The thresholds of {@code rules} the step misses, as warnings naming the values. */
    static List<RuleWarning> warnings(Progress p, StepDraft s, PipelineRuleSet r) {
        List<RuleWarning> warnings = new ArrayList<>();
        String v = r.version();
        switch (s.kind()) {
            case APPLY -> {
                int age = Period.between(p.birthDate(), s.on()).getYears();
                if (age < r.minAgeYears()) {
                    warnings.add(new RuleWarning(UNDER_AGE, "the applicant is " + age + " on " + s.on() + ", younger than "
                            + r.minAgeYears(), v));
                }
            }
            case ADMIT_CANDIDATE -> {
                LocalDate enough = p.activistOn().plusMonths(r.activistMinMonths());
                if (s.on().isBefore(enough)) {
                    warnings.add(new RuleWarning(ACTIVIST_TOO_SHORT, "cultivated as activist from " + p.activistOn() + " to " + s.on()
                            + ", less than " + r.activistMinMonths() + " months (enough from " + enough + ")", v));
                }
            }
            case ADMIT_PROBATIONARY -> {
                if (s.trainingHours() < r.minTrainingHours()) {
                    warnings.add(new RuleWarning(TRAINING_HOURS_SHORT, s.trainingHours() + " class hours of training, fewer than "
                            + r.minTrainingHours(), v));
                }
            }
            case EXTEND_PROBATION -> {
                if (p.extensions() >= r.maxExtensions()) {
                    warnings.add(new RuleWarning(EXTENDED_BEFORE, "probation was extended " + p.extensions() + " time(s) already; at most "
                            + r.maxExtensions() + " allowed", v));
                }
                if (p.extensionMonths() + s.extensionMonths() > r.maxExtensionMonths()) {
                    warnings.add(new RuleWarning(EXTENSION_TOO_LONG, "probation extended by " + (p.extensionMonths() + s.extensionMonths())
                            + " months in all, more than " + r.maxExtensionMonths(), v));
                }
            }
            case CONFIRM_FORMAL -> {
                LocalDate ends = p.probationEndsOn(r);
                if (s.on().isBefore(ends)) {
                    warnings.add(new RuleWarning(PROBATION_NOT_ENDED, "probation from " + p.probationaryOn() + " ends on " + ends
                            + ", after " + s.on(), v));
                }
            }
            default -> {
            }
        }
        return warnings;
    }

    /** Refuses acceptances of warnings not raised, and ones without a justification. */
    static List<FieldError> acceptanceErrors(List<RuleWarning> raised, List<Acceptance> acceptances) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        raised.forEach(w -> codes.add(w.code()));
        for (Acceptance a : acceptances == null ? List.<Acceptance>of() : acceptances) {
            if (a == null || a.code() == null || !codes.contains(a.code())) {
                errors.add(new FieldError("acceptances", WARNING_NOT_RAISED, "the step raises no warning " + (a == null ? null : a.code())
                        + (codes.isEmpty() ? "" : " (it raises " + codes.stream().sorted().toList() + ")")));
            } else if (a.justification() == null || a.justification().isBlank()) {
                errors.add(new FieldError("acceptances", "REQUIRED", "accepting " + a.code() + " needs a justification"));
            } else if (a.justification().strip().length() > MemberRules.NOTE_MAX) {
                errors.add(new FieldError("acceptances", "TOO_LONG", "a justification has at most " + MemberRules.NOTE_MAX + " characters"));
            }
        }
        return errors;
    }

    private static void day(List<FieldError> errors, String field, LocalDate day, boolean required, LocalDate today) {
        if (day == null) {
            if (required) {
                errors.add(new FieldError(field, "REQUIRED", field + " (an ISO date) is required"));
            }
            return;
        }
        Dates.check(errors, field, day);
        if (day.isAfter(today)) {
            errors.add(new FieldError(field, DATE_IN_FUTURE, field + " " + day + " is after today " + today));
        }
    }

    private static void count(List<FieldError> errors, String field, Integer value, int min) {
        if (value == null) {
            errors.add(new FieldError(field, "REQUIRED", field + " is required"));
        } else if (value < min) {
            errors.add(new FieldError(field, "INVALID", field + " must be at least " + min));
        }
    }

    private static void sponsors(List<FieldError> errors, List<Long> ids) {
        if (ids == null || ids.size() != 2 || ids.stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new FieldError("sponsorIds", "REQUIRED", "two sponsors (入党介绍人), formal members of the registry, are required"));
        } else if (ids.get(0).equals(ids.get(1))) {
            errors.add(new FieldError("sponsorIds", SPONSOR_NOT_FORMAL, "the two sponsors must be two different members"));
        }
    }

    private static void votes(List<FieldError> errors, StepDraft s) {
        count(errors, "votesFor", s.votesFor(), 0);
        count(errors, "votesAgainst", s.votesAgainst(), 0);
        if (s.votesFor() != null && s.votesAgainst() != null && s.votesFor() <= s.votesAgainst()) {
            errors.add(new FieldError("votesFor", "NOT_ADOPTED", "the branch meeting adopts with more votes for (" + s.votesFor()
                    + ") than against (" + s.votesAgainst() + ")"));
        }
    }
}
