package org.castpb.appraisal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.Texts;
import org.castpb.api.appraisal.AppraisalDraft;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.GradeEntry;

/** The rules of a round that need no database: what must be given, the dates, a member graded twice, the EXCELLENT share. */
final class AppraisalRules {

    static final int JUSTIFICATION_MAX = 2000;

    /**
     * The most EXCELLENT grades may be of those appraised, as a fraction ("1/3": normally at most a third).
     */
    record Share(int numerator, int denominator) {

        Share {
            if (numerator < 0 || denominator < 1 || numerator > denominator) {
                throw new IllegalArgumentException("the EXCELLENT share must be a fraction from 0/1 to 1/1, got " + numerator + "/" + denominator);
            }
        }

        /** Reads {@code "1/3"}; refuses anything else, naming it. */
        static Share parse(String text) {
            String[] parts = text == null ? new String[0] : text.strip().split("\\s*/\\s*");
            try {
                if (parts.length == 2) {
                    return new Share(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                }
            } catch (NumberFormatException e) {
                // named below
            }
            throw new IllegalArgumentException("excellentMaxShare must read like 1/3, got '" + text + "'");
        }

        boolean exceededBy(long excellent, long appraised) {
            return excellent * denominator > appraised * numerator;
        }

        String rule() {
            return "EXCELLENT at most " + numerator + "/" + denominator + " of those appraised";
        }
    }

    private AppraisalRules() {
    }

    /** Every problem of the draft on its own, each naming its field; empty when it may be recorded. */
    static List<FieldError> check(AppraisalDraft d, LocalDate today, Share share) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(new FieldError("round", "REQUIRED", "the round is required"));
            return errors;
        }
        if (d.year() < Dates.earliest().getYear() || d.year() > today.getYear()) {
            errors.add(new FieldError("year", "INVALID", "year must be from " + Dates.earliest().getYear() + " to " + today.getYear()
                    + ", got " + d.year()));
        }
        if (d.heldOn() == null) {
            errors.add(new FieldError("heldOn", "REQUIRED", "the day the appraisal was held is required"));
        } else {
            Dates.check(errors, "heldOn", d.heldOn());
            if (d.heldOn().isAfter(today)) {
                errors.add(new FieldError("heldOn", "IN_FUTURE", "heldOn " + d.heldOn() + " is after today " + today));
            } else if (d.heldOn().getYear() != d.year() && d.heldOn().getYear() != d.year() + 1) {
                errors.add(new FieldError("heldOn", "INVALID", "the appraisal of " + d.year() + " is held in " + d.year()
                        + " or early in " + (d.year() + 1) + ", not on " + d.heldOn()));
            }
        }
        List<GradeEntry> grades = d.grades() == null ? List.of() : d.grades();
        if (grades.isEmpty()) {
            errors.add(new FieldError("grades", "REQUIRED", "a round grades at least one member"));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < grades.size(); i++) {
            GradeEntry g = grades.get(i);
            if (g == null || g.grade() == null) {
                errors.add(new FieldError("grades[" + i + "].grade", "REQUIRED", "each member needs a grade"));
            } else if (!seen.add(g.memberId())) {
                errors.add(new FieldError("grades[" + i + "].memberId", AppraisalService.APPRAISED_TWICE, "member " + g.memberId()
                        + " is graded twice in this round"));
            }
        }
        String justification = d.justification() == null || d.justification().isBlank() ? null : d.justification().strip();
        Texts.checkMultiline(errors, "justification", justification);
        if (justification != null && justification.length() > JUSTIFICATION_MAX) {
            errors.add(new FieldError("justification", "TOO_LONG", "justification has at most " + JUSTIFICATION_MAX + " characters"));
        }
        if (!warnings(grades, share).isEmpty() && justification == null) {
            long excellent = count(grades, AppraisalGrade.EXCELLENT);
            errors.add(new FieldError("justification", AppraisalService.EXCELLENT_ABOVE_SHARE, excellent + " of " + grades.size()
                    + " members are EXCELLENT, above the rule (" + share.rule() + "): give a justification to record the round"));
        }
        return errors;
    }

    /** The warning codes the grades raise: {@link AppraisalService#EXCELLENT_ABOVE_SHARE} or none. */
    static List<String> warnings(List<GradeEntry> grades, Share share) {
        return share.exceededBy(count(grades, AppraisalGrade.EXCELLENT), grades.size())
                ? List.of(AppraisalService.EXCELLENT_ABOVE_SHARE) : List.of();
    }

    private static long count(List<GradeEntry> grades, AppraisalGrade grade) {
        return grades.stream().filter(g -> g != null && g.grade() == grade).count();
    }
}
