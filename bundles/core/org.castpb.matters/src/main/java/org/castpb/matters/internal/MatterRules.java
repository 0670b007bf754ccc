package org.castpb.matters.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.Texts;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.matters.MatterDraft;
import org.castpb.api.matters.MatterThresholds;
import org.castpb.api.matters.Opinion;
import org.castpb.api.matters.OpinionKind;

/** The rules of a major matter that need no database: what must be given, amounts against thresholds, the order of dates, breaches. */
final class MatterRules {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 2000;

    private MatterRules() {
    }

    /** Every problem of the draft, each naming its field; {@code rules} the thresholds in force on its raisedOn. */
    static List<FieldError> check(MatterDraft d, LocalDate today, Thresholds rules) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(new FieldError("matter", "REQUIRED", "the matter is required"));
            return errors;
        }
        if (d.category() == null) {
            errors.add(new FieldError("category", "REQUIRED", "the category is required"));
        }
        String title = d.title() == null ? null : d.title().strip();
        if (title == null || title.isEmpty()) {
            errors.add(new FieldError("title", "REQUIRED", "the title is required"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(new FieldError("title", "TOO_LONG", "title has at most " + TITLE_MAX + " characters"));
        }
        Texts.checkLine(errors, "title", title);
        if (d.raisedOn() == null) {
            errors.add(new FieldError("raisedOn", "REQUIRED", "the day the matter was raised is required"));
        } else {
            day(errors, "raisedOn", d.raisedOn(), today);
        }
        if (d.amount() != null && d.amount().signum() < 0) {
            errors.add(new FieldError("amount", "INVALID", "amount must not be negative"));
        }
        if (d.category() != null && d.category().hasThreshold() && d.raisedOn() != null) {
            MatterThresholds t = rules.at(d.raisedOn());
            BigDecimal threshold = t.of(d.category());
            if (d.amount() == null) {
                errors.add(new FieldError("amount", "REQUIRED", "a " + d.category() + " needs its amount in yuan"));
            } else if (d.amount().compareTo(threshold) < 0) {
                errors.add(new FieldError("amount", MajorMatterService.BELOW_THRESHOLD, d.amount().toPlainString() + " yuan is below the "
                        + d.category() + " threshold of " + threshold.toPlainString() + " yuan (rule set " + t.version() + " from "
                        + t.effectiveFrom() + "): not a major matter"));
            }
        }
        if (d.opinion() != null) {
            opinion(errors, d.opinion(), today);
        }
        if (d.decidedOn() != null) {
            day(errors, "decidedOn", d.decidedOn(), today);
        }
        order(errors, d.raisedOn(), d.opinion(), d.decidedOn(), "opinion.givenOn");
        return errors;
    }

    /** The opinion's own problems. */
    static void opinion(List<FieldError> errors, Opinion o, LocalDate today) {
        if (o.kind() == null) {
            errors.add(new FieldError("opinion.kind", "REQUIRED", "the opinion (AGREE, AGREE_WITH_CONDITIONS, DISAGREE) is required"));
        }
        String text = o.text() == null ? null : o.text().strip();
        if (text == null || text.isEmpty()) {
            errors.add(new FieldError("opinion.text", "REQUIRED", "the opinion's text is required"));
        } else if (text.length() > TEXT_MAX) {
            errors.add(new FieldError("opinion.text", "TOO_LONG", "the opinion's text has at most " + TEXT_MAX + " characters"));
        }
        Texts.checkMultiline(errors, "opinion.text", text);
        if (o.givenOn() == null) {
            errors.add(new FieldError("opinion.givenOn", "REQUIRED", "the day the opinion was given is required"));
        } else {
            day(errors, "opinion.givenOn", o.givenOn(), today);
        }
    }

    /**
     * An opinion or a decision before the matter was raised, and an opinion after the decision, are refused; the
     * last names {@code changed}, the field being given (the opinion's day, or the decision's when it comes later).
     */
    static void order(List<FieldError> errors, LocalDate raisedOn, Opinion opinion, LocalDate decidedOn, String changed) {
        LocalDate givenOn = opinion == null ? null : opinion.givenOn();
        if (givenOn != null && decidedOn != null && givenOn.isAfter(decidedOn)) {
            errors.add(new FieldError(changed, MajorMatterService.OPINION_AFTER_DECISION, "the opinion of " + givenOn
                    + " is dated after the decision of " + decidedOn + ": the party organisation gives its opinion first"));
        }
        if (raisedOn != null && givenOn != null && givenOn.isBefore(raisedOn)) {
            errors.add(new FieldError("opinion.givenOn", "BEFORE_RAISED", "the opinion of " + givenOn + " is dated before the matter was raised on " + raisedOn));
        }
        if (raisedOn != null && decidedOn != null && decidedOn.isBefore(raisedOn)) {
            errors.add(new FieldError("decidedOn", "BEFORE_RAISED", "the decision of " + decidedOn + " is dated before the matter was raised on " + raisedOn));
        }
    }

    /** The breach a matter stands in: none while undecided or decided after an opinion that did not disagree. */
    static String breach(OpinionKind opinion, LocalDate opinionOn, LocalDate decidedOn) {
        if (decidedOn == null) {
            return null;
        }
        if (opinion == null || opinionOn == null || opinionOn.isAfter(decidedOn)) {
            return MajorMatterService.NO_PRIOR_OPINION;
        }
        return opinion == OpinionKind.DISAGREE ? MajorMatterService.DECIDED_AGAINST_OPINION : null;
    }

    private static void day(List<FieldError> errors, String field, LocalDate day, LocalDate today) {
        Dates.check(errors, field, day);
        if (day.isAfter(today)) {
            errors.add(new FieldError(field, "IN_FUTURE", field + " " + day + " is after today " + today));
        }
    }
}
