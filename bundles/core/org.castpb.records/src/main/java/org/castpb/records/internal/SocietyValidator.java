package org.castpb.records.internal;

import java.util.ArrayList;
import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.ValidationException;

/** Checks a society draft field by field and reports every problem at once. */
final class SocietyValidator {

    static final int NAME_MAX = 200;
    static final int NAME_EN_MAX = 300;

    private SocietyValidator() {
    }

    /** Returns the draft with text normalised (trimmed, USCC upper-cased), or throws naming each bad field. */
    static SocietyDraft validate(SocietyDraft draft) {
        if (draft == null) {
            throw new ValidationException(new FieldError("society", "REQUIRED", "a society is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        String name = text(draft.name());
        String nameEn = text(draft.nameEn());
        String uscc = Uscc.normalise(draft.uscc());
        String regionCode = text(draft.regionCode());

        if (name == null) {
            errors.add(new FieldError("name", "REQUIRED", "name is required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "TOO_LONG", "name has " + name.length() + " characters, at most " + NAME_MAX + " allowed"));
        }
        if (nameEn != null && nameEn.length() > NAME_EN_MAX) {
            errors.add(new FieldError("nameEn", "TOO_LONG", "nameEn has " + nameEn.length() + " characters, at most " + NAME_EN_MAX + " allowed"));
        }
        if (uscc == null || uscc.isEmpty()) {
            errors.add(new FieldError("uscc", "REQUIRED", "uscc (unified social credit code) is required"));
        } else {
            Uscc.problem(uscc).ifPresent(p -> errors.add(new FieldError("uscc", "INVALID_USCC", "uscc " + uscc + ": " + p)));
        }
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
        } else if (draft.level() != SocietyLevel.NATIONAL && Regions.provinceOf(regionCode) == null) {
            errors.add(new FieldError("regionCode", "UNKNOWN_REGION", "regionCode " + regionCode + " names no province (GB/T 2260 province "
                    + regionCode.substring(0, 2) + "0000 does not exist)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SocietyDraft(name, nameEn, uscc, draft.kind(), draft.level(), regionCode, draft.discipline(), draft.groupMemberStatus());
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

    private static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
