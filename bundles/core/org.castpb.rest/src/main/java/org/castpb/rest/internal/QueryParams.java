package org.castpb.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.castpb.api.Discipline;
import org.castpb.api.FieldError;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.ValidationException;

/** Turns query-string text into typed queries, naming every parameter it cannot read. */
final class QueryParams {

    private QueryParams() {
    }

    static SocietyQuery societyQuery(String offset, String limit, String level, String regionPrefix,
                                     String discipline, String groupMemberStatus, String registrationStatus) {
        List<FieldError> errors = new ArrayList<>();
        SocietyQuery query = new SocietyQuery(
                enumValue(errors, "level", level, SocietyLevel.class),
                blankToNull(regionPrefix),
                enumValue(errors, "discipline", discipline, Discipline.class),
                enumValue(errors, "groupMemberStatus", groupMemberStatus, GroupMemberStatus.class),
                enumValue(errors, "registrationStatus", registrationStatus, RegistrationStatus.class),
                intValue(errors, "offset", offset, 0),
                intValue(errors, "limit", limit, SocietyQuery.DEFAULT_LIMIT));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return query;
    }

    static <E extends Enum<E>> E enumValue(List<FieldError> errors, String name, String text, Class<E> type) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(new FieldError(name, "INVALID_VALUE", "'" + value + "' is not one of " + allowed));
            return null;
        }
    }

    static int intValue(List<FieldError> errors, String name, String text, int fallback) {
        String value = blankToNull(text);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "INVALID_VALUE", name + " must be a whole number, got '" + value + "'"));
            return fallback;
        }
    }

    static java.time.LocalDate dateValue(List<FieldError> errors, String name, String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(name, "INVALID_VALUE", name + " must be a date like 2016-12-31, got '" + value + "'"));
            return null;
        }
    }

    /** Throws the collected errors, if any. */
    static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
