package org.castpb.organisations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.Texts;
import org.castpb.api.ValidationException;
import org.castpb.api.organisation.LiaisonDraft;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.Secretary;

/**
 * Checks drafts field by field and reports every problem at once. Only what can never be right is
 * refused here; what the party rules advise against is a {@link OrganisationRules rule warning}.
 */
final class DraftValidator {

    static final int NAME_MAX = 200;
    static final int PERSON_MAX = 100;
    static final int TEXT_MAX = 500;
    static final int COMMENT_MAX = 1000;
    /** A hard limit on one joint branch, far above any rule set's; the rule set's limit is a warning. */
    static final int SOCIETIES_MAX = 20;
    static final int MEMBERS_MAX = 1_000_000;

    private DraftValidator() {
    }

    /**
     * Returns the draft with text trimmed, probationary members 0 when not given, a committee size of 0 as
     * none and the term starting on the establishment day when not given; or throws naming each bad field.
     */
    static PartyOrganisationDraft validate(PartyOrganisationDraft d) {
        if (d == null) {
            throw new ValidationException(new FieldError("organisation", "REQUIRED", "a party organisation is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        String name = text(d.name());
        if (name == null) {
            errors.add(new FieldError("name", "REQUIRED", "name is required"));
        } else {
            maxLength(errors, "name", name, NAME_MAX);
        }
        Texts.checkLine(errors, "name", name);
        if (d.type() == null) {
            errors.add(new FieldError("type", "REQUIRED", "type is required (COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH or WORK_GROUP)"));
        }
        if (d.parentId() != null && d.parentId() < 1) {
            errors.add(new FieldError("parentId", "INVALID", "parentId must be a positive id, got " + d.parentId()));
        }
        List<Long> societies = societies(errors, d.type(), d.societyIds());
        Secretary secretary = null;
        if (d.secretary() == null) {
            errors.add(new FieldError("secretary", "REQUIRED", "a secretary (name and source) is required"));
        } else {
            String secretaryName = text(d.secretary().name());
            Texts.checkLine(errors, "secretary.name", secretaryName);
            if (secretaryName == null) {
                errors.add(new FieldError("secretary.name", "REQUIRED", "the secretary's name is required"));
            } else {
                maxLength(errors, "secretary.name", secretaryName, PERSON_MAX);
            }
            if (d.secretary().source() == null) {
                errors.add(new FieldError("secretary.source", "REQUIRED",
                        "say whether the secretary is the society's PRINCIPAL_LEADER, DISPATCHED, or OTHER"));
            }
            secretary = new Secretary(secretaryName, d.secretary().source());
        }
        if (d.formalMembers() == null) {
            errors.add(new FieldError("formalMembers", "REQUIRED", "formalMembers is required"));
        } else {
            count(errors, "formalMembers", d.formalMembers());
        }
        Integer probationary = d.probationaryMembers() == null ? 0 : d.probationaryMembers();
        count(errors, "probationaryMembers", probationary);
        Integer committee = d.committeeSize() == null || d.committeeSize() == 0 ? null : d.committeeSize();
        if (committee != null) {
            count(errors, "committeeSize", committee);
        }
        Dates.check(errors, "establishedOn", d.establishedOn());
        Dates.check(errors, "termStartsOn", d.termStartsOn());
        Dates.check(errors, "termEndsOn", d.termEndsOn());
        LocalDate termStarts = d.termStartsOn() == null ? d.establishedOn() : d.termStartsOn();
        if (d.establishedOn() == null) {
            errors.add(new FieldError("establishedOn", "REQUIRED", "establishedOn is required"));
        } else if (termStarts.isBefore(d.establishedOn())) {
            errors.add(new FieldError("termStartsOn", "INCONSISTENT", "termStartsOn " + termStarts + " is before establishedOn " + d.establishedOn()));
        }
        if (d.termEndsOn() == null) {
            if (d.type() != null && d.type() != OrganisationType.WORK_GROUP) {
                errors.add(new FieldError("termEndsOn", "REQUIRED", "termEndsOn is required for a " + d.type() + " (only a work group has no term)"));
            }
        } else if (termStarts != null && !d.termEndsOn().isAfter(termStarts)) {
            errors.add(new FieldError("termEndsOn", "INCONSISTENT", "termEndsOn " + d.termEndsOn() + " must be after the term's start " + termStarts));
        }
        String note = text(d.note());
        Texts.checkMultiline(errors, "note", note);
        maxLength(errors, "note", note, TEXT_MAX);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PartyOrganisationDraft(name, d.type(), d.parentId(), societies, secretary, d.formalMembers(), probationary,
                committee, d.establishedOn(), termStarts, d.termEndsOn(), note);
    }

    private static List<Long> societies(List<FieldError> errors, OrganisationType type, List<Long> ids) {
        Set<Long> distinct = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null || id < 1) {
                errors.add(new FieldError("societyIds[" + i + "]", "INVALID", "a society id must be a positive number, got " + id));
            } else if (!distinct.add(id)) {
                errors.add(new FieldError("societyIds[" + i + "]", "DUPLICATE", "society " + id + " is named twice"));
            }
        }
        if (type == OrganisationType.JOINT_BRANCH) {
            if (ids.size() < 2) {
                errors.add(new FieldError("societyIds", "TOO_FEW", "a joint branch covers at least 2 societies, got " + ids.size()));
            } else if (ids.size() > SOCIETIES_MAX) {
                errors.add(new FieldError("societyIds", "TOO_MANY", "a joint branch covers at most " + SOCIETIES_MAX + " societies here, got " + ids.size()));
            }
        } else if (type != null && ids.size() != 1) {
            errors.add(new FieldError("societyIds", ids.isEmpty() ? "REQUIRED" : "TOO_MANY",
                    "a " + type + " covers exactly one society, got " + ids.size()));
        }
        return List.copyOf(distinct);
    }

    /** The assignment with text trimmed, or a refusal naming each bad field. */
    static LiaisonDraft validate(LiaisonDraft d) {
        if (d == null) {
            throw new ValidationException(new FieldError("assignment", "REQUIRED", "an assignment is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "REQUIRED", "kind is required (LIAISON_OFFICER or INSTRUCTOR)"));
        }
        String name = text(d.name());
        if (name == null) {
            errors.add(new FieldError("name", "REQUIRED", "name is required"));
        } else {
            maxLength(errors, "name", name, PERSON_MAX);
        }
        Texts.checkLine(errors, "name", name);
        if (d.societyId() == null) {
            errors.add(new FieldError("societyId", "REQUIRED", "societyId is required"));
        } else if (d.societyId() < 1) {
            errors.add(new FieldError("societyId", "INVALID", "societyId must be a positive id, got " + d.societyId()));
        }
        Dates.check(errors, "fromDate", d.fromDate());
        Dates.check(errors, "toDate", d.toDate());
        if (d.fromDate() == null) {
            errors.add(new FieldError("fromDate", "REQUIRED", "fromDate is required"));
        } else if (d.toDate() != null && d.toDate().isBefore(d.fromDate())) {
            errors.add(new FieldError("toDate", "INCONSISTENT", "toDate " + d.toDate() + " is before fromDate " + d.fromDate()));
        }
        String dispatchedBy = text(d.dispatchedBy());
        maxLength(errors, "dispatchedBy", dispatchedBy, NAME_MAX);
        Texts.checkLine(errors, "dispatchedBy", dispatchedBy);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new LiaisonDraft(d.kind(), name, d.societyId(), d.fromDate(), d.toDate(), dispatchedBy);
    }

    /** A trimmed comment, or a refusal when it is required and missing or too long. */
    static String comment(String field, String comment, boolean required) {
        String text = text(comment);
        if (text == null && required) {
            throw new ValidationException(new FieldError(field, "REQUIRED", field + " is required"));
        }
        if (text != null && text.length() > COMMENT_MAX) {
            throw new ValidationException(new FieldError(field, "TOO_LONG", field + " has " + text.length()
                    + " characters, at most " + COMMENT_MAX + " allowed"));
        }
        List<FieldError> errors = new ArrayList<>(1);
        Texts.checkMultiline(errors, field, text);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return text;
    }

    /** A dissolution's day, refused when missing or before the organisation was established. */
    static void dissolution(LocalDate dissolvedOn, LocalDate establishedOn) {
        if (dissolvedOn == null) {
            throw new ValidationException(new FieldError("dissolvedOn", "REQUIRED", "dissolvedOn is required"));
        }
        Dates.require("dissolvedOn", dissolvedOn);
        if (dissolvedOn.isBefore(establishedOn)) {
            throw new ValidationException(new FieldError("dissolvedOn", "INCONSISTENT", "dissolvedOn " + dissolvedOn
                    + " is before establishedOn " + establishedOn));
        }
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "TOO_LONG", field + " has " + value.length() + " characters, at most " + max + " allowed"));
        }
    }

    private static void count(List<FieldError> errors, String field, int value) {
        if (value < 0 || value > MEMBERS_MAX) {
            errors.add(new FieldError(field, "OUT_OF_RANGE", field + " must be 0 to " + MEMBERS_MAX + ", got " + value));
        }
    }
}
