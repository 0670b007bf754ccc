package org.castpb.records.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.Texts;
import org.castpb.api.ValidationException;

/** Checks a society draft field by field and reports every problem at once. */
final class SocietyValidator {

    static final int NAME_MAX = 200;
    static final int NAME_EN_MAX = 300;
    static final int TEXT_MAX = 200;

    private SocietyValidator() {
    }

    /**
     * Returns the draft with text normalised (trimmed, USCC upper-cased, registration status ACTIVE
     * when not given), or throws naming each bad field.
     */
    static SocietyDraft validate(SocietyDraft draft) {
        if (draft == null) {
            throw new ValidationException(new FieldError("society", "REQUIRED", "a society is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        String name = text(draft.name());
        String nameEn = text(draft.nameEn());
        String uscc = Uscc.normalise(draft.uscc());
        String overrideReason = text(draft.usccOverrideReason());
        String regionCode = text(draft.regionCode());

        if (name == null) {
            errors.add(new FieldError("name", "REQUIRED", "name is required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "TOO_LONG", "name has " + name.length() + " characters, at most " + NAME_MAX + " allowed"));
        }
        maxLength(errors, "nameEn", nameEn, NAME_EN_MAX);
        if (uscc == null || uscc.isEmpty()) {
            errors.add(new FieldError("uscc", "REQUIRED", "uscc (unified social credit code) is required"));
        } else {
            Uscc.problem(uscc).ifPresent(p -> {
                boolean checkOnly = p.startsWith("check character");
                if (!checkOnly || overrideReason == null) {
                    errors.add(new FieldError("uscc", "INVALID_USCC", "uscc " + uscc + ": " + p
                            + (checkOnly ? " (for a code issued by an early pilot region, give usccOverrideReason)" : "")));
                }
            });
        }
        maxLength(errors, "usccOverrideReason", overrideReason, TEXT_MAX);
        required(errors, "kind", draft.kind());
        required(errors, "level", draft.level());
        required(errors, "discipline", draft.discipline());
        required(errors, "groupMemberStatus", draft.groupMemberStatus());
        if (regionCode == null) {
            errors.add(new FieldError("regionCode", "REQUIRED", "regionCode (GB/T 2260, six digits) is required"));
        } else if (!regionCode.matches("\\d{6}")) {
            errors.add(new FieldError("regionCode", "INVALID_REGION_CODE", "regionCode must be six digits (GB/T 2260), got '" + regionCode + "'"));
        } else if (draft.level() == SocietyLevel.NATIONAL && !Regions.NATIONAL.equals(regionCode)) {
            errors.add(new FieldError("regionCode", "INVALID_REGION_CODE", "a national society has regionCode " + Regions.NATIONAL + ", got " + regionCode));
        } else if (draft.level() != null && draft.level() != SocietyLevel.NATIONAL && Regions.provinceOf(regionCode) == null) {
            errors.add(new FieldError("regionCode", "UNKNOWN_REGION", "regionCode " + regionCode + " names no province (GB/T 2260 province "
                    + regionCode.substring(0, 2) + "0000 does not exist)"));
        }
        String supervisingUnit = text(draft.supervisingUnit());
        maxLength(errors, "supervisingUnit", supervisingUnit, TEXT_MAX);
        Texts.checkLine(errors, "name", name);
        Texts.checkLine(errors, "nameEn", nameEn);
        Texts.checkLine(errors, "usccOverrideReason", overrideReason);
        Texts.checkLine(errors, "supervisingUnit", supervisingUnit);
        Texts.checkLine(errors, "contactName", text(draft.contactName()));
        LocalDate today = LocalDate.now();
        Dates.check(errors, "groupMemberAppliedOn", draft.groupMemberAppliedOn());
        Dates.check(errors, "groupMemberAdmittedOn", draft.groupMemberAdmittedOn());
        notAfter(errors, "groupMemberAppliedOn", draft.groupMemberAppliedOn(), today);
        notAfter(errors, "groupMemberAdmittedOn", draft.groupMemberAdmittedOn(), today);
        if (draft.groupMemberAppliedOn() != null && draft.groupMemberAdmittedOn() != null
                && draft.groupMemberAdmittedOn().isBefore(draft.groupMemberAppliedOn())) {
            errors.add(new FieldError("groupMemberAdmittedOn", "INCONSISTENT", "groupMemberAdmittedOn " + draft.groupMemberAdmittedOn()
                    + " is before groupMemberAppliedOn " + draft.groupMemberAppliedOn()));
        }
        if (draft.foundingYear() != null && (draft.foundingYear() < 1900 || draft.foundingYear() > Year.now().getValue())) {
            errors.add(new FieldError("foundingYear", "OUT_OF_RANGE", "foundingYear must be 1900 to " + Year.now().getValue() + ", got " + draft.foundingYear()));
        }
        String contactName = text(draft.contactName());
        String contactPhone = text(draft.contactPhone());
        String contactEmail = text(draft.contactEmail());
        maxLength(errors, "contactName", contactName, 100);
        if (contactPhone != null && !contactPhone.matches("[0-9+()\\- ]{5,40}")) {
            errors.add(new FieldError("contactPhone", "INVALID_VALUE", "contactPhone may hold digits, spaces, + ( ) and -, 5 to 40 characters; got '" + contactPhone + "'"));
        }
        if (contactEmail != null && (contactEmail.length() > TEXT_MAX || !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add(new FieldError("contactEmail", "INVALID_VALUE", "contactEmail is not an e-mail address: '" + contactEmail + "'"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SocietyDraft(name, nameEn, uscc, Uscc.problem(uscc).isPresent() ? overrideReason : null, draft.kind(), draft.level(),
                regionCode, draft.discipline(), supervisingUnit, draft.groupMemberStatus(), draft.groupMemberAppliedOn(),
                draft.groupMemberAdmittedOn(), draft.registrationStatus() == null ? RegistrationStatus.ACTIVE : draft.registrationStatus(),
                draft.foundingYear(), contactName, contactPhone, contactEmail, draft.partyBuildingInCharter());
    }

    /** Checks paging and the region prefix of a listing query. */
    static void validate(SocietyQuery query) {
        List<FieldError> errors = new ArrayList<>();
        if (query.offset() < 0) {
            errors.add(new FieldError("offset", "OUT_OF_RANGE", "offset must be 0 or more, got " + query.offset()));
        }
        if (query.limit() < 1 || query.limit() > SocietyQuery.MAX_LIMIT) {
            errors.add(new FieldError("limit", "OUT_OF_RANGE", "limit must be 1 to " + SocietyQuery.MAX_LIMIT + ", got " + query.limit()));
        }
        if (query.after() != null && query.after() < 0) {
            errors.add(new FieldError("after", "OUT_OF_RANGE", "after is the id of the last society of the previous page, 0 or more, got "
                    + query.after()));
        }
        if (query.after() != null && query.offset() > 0) {
            errors.add(new FieldError("after", "CONFLICTING_PAGING", "page either by offset or after an id, not both (offset "
                    + query.offset() + ", after " + query.after() + ")"));
        }
        if (query.regionPrefix() != null && !query.regionPrefix().matches("\\d{1,6}")) {
            errors.add(new FieldError("regionPrefix", "INVALID_REGION_CODE", "regionPrefix must be 1 to 6 digits, got '" + query.regionPrefix() + "'"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "REQUIRED", field + " is required"));
        }
    }

    private static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "TOO_LONG", field + " has " + value.length() + " characters, at most " + max + " allowed"));
        }
    }

    private static void notAfter(List<FieldError> errors, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, "OUT_OF_RANGE", field + " " + date + " is in the future"));
        }
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
