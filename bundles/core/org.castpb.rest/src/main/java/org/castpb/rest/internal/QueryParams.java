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

    /** Dates without a time are Beijing dates throughout castpb. */
    static final java.time.ZoneId BEIJING = java.time.ZoneId.of("Asia/Shanghai");

    private QueryParams() {
    }

    static SocietyQuery societyQuery(String offset, String limit, String after, String level, String regionPrefix,
                                     String discipline, String groupMemberStatus, String registrationStatus) {
        List<FieldError> errors = new ArrayList<>();
        SocietyQuery query = new SocietyQuery(
                enumValue(errors, "level", level, SocietyLevel.class),
                blankToNull(regionPrefix),
                enumValue(errors, "discipline", discipline, Discipline.class),
                enumValue(errors, "groupMemberStatus", groupMemberStatus, GroupMemberStatus.class),
                enumValue(errors, "registrationStatus", registrationStatus, RegistrationStatus.class),
                intValue(errors, "offset", offset, 0),
                intValue(errors, "limit", limit, SocietyQuery.DEFAULT_LIMIT),
                longValue(errors, "after", after));
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

    static Long longValue(List<FieldError> errors, String name, String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "INVALID_VALUE", name + " must be a whole number, got '" + value + "'"));
            return null;
        }
    }

    /** {@code true} or {@code false} (any case), or null when not given. */
    static Boolean booleanValue(List<FieldError> errors, String name, String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        errors.add(new FieldError(name, "INVALID_VALUE", name + " is true or false, got '" + value + "'"));
        return null;
    }

    /**
     * A record id from the path, read here rather than by JAX-RS so that {@code /campaigns/abc} is refused
     * naming the parameter instead of answering a bare 404.
     */
    static long id(String name, String text) {
        List<FieldError> errors = new ArrayList<>();
        long id = requiredLong(errors, name, text);
        check(errors);
        return id;
    }

    /** A whole-number parameter that must be given; a missing one is named as REQUIRED. */
    static long requiredLong(List<FieldError> errors, String name, String text) {
        if (blankToNull(text) == null) {
            errors.add(new FieldError(name, "REQUIRED", name + " is required"));
            return 0;
        }
        Long value = longValue(errors, name, text);
        return value == null ? 0 : value;
    }

    /** A date parameter, or today in Beijing when it is not given. */
    static java.time.LocalDate dateOrToday(List<FieldError> errors, String name, String text) {
        java.time.LocalDate date = dateValue(errors, name, text);
        return date == null ? java.time.LocalDate.now(BEIJING) : date;
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
