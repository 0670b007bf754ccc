package org.castpb.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The range of dates castpb accepts, checked by every service where a date enters (a record's field or an
 * "as of" day of a read), so REST, SOAP, the console and imports refuse the same dates with the same code.
 * A date outside it is a typing error or an attack: the years before 1 and after 9999 do not survive the
 * database, and a day long past or far ahead silently reads the current state.
 *
 * <p>The range is 1949-10-01 to 2100-12-31 unless the system properties {@value #EARLIEST_PROPERTY} and
 * {@value #LATEST_PROPERTY} (ISO dates, e.g. in {@code etc/system.properties}) say otherwise.
 */
public final class Dates {

    /** The code of a {@link FieldError} for a date outside the range. */
    public static final String OUT_OF_RANGE = "DATE_OUT_OF_RANGE";
    public static final String EARLIEST_PROPERTY = "castpb.dates.earliest";
    public static final String LATEST_PROPERTY = "castpb.dates.latest";
    /** The founding of the People's Republic: no society record, ledger or organisation predates it. */
    public static final LocalDate DEFAULT_EARLIEST = LocalDate.of(1949, 10, 1);
    public static final LocalDate DEFAULT_LATEST = LocalDate.of(2100, 12, 31);

    private Dates() {
    }

    /** The earliest date accepted. */
    public static LocalDate earliest() {
        return configured(EARLIEST_PROPERTY, DEFAULT_EARLIEST);
    }

    /** The latest date accepted. */
    public static LocalDate latest() {
        return configured(LATEST_PROPERTY, DEFAULT_LATEST);
    }

    /** Adds an {@link #OUT_OF_RANGE} error naming {@code field} when {@code date} is given and outside the range. */
    public static void check(List<FieldError> errors, String field, LocalDate date) {
        if (date == null) {
            return;
        }
        LocalDate earliest = earliest();
        LocalDate latest = latest();
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            errors.add(new FieldError(field, OUT_OF_RANGE, field + " must be from " + earliest + " to " + latest + ", got " + date));
        }
    }

    /** Returns {@code date}, or throws a {@link ValidationException} naming {@code field} when it is outside the range. */
    public static LocalDate require(String field, LocalDate date) {
        List<FieldError> errors = new java.util.ArrayList<>(1);
        check(errors, field, date);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return date;
    }

    private static LocalDate configured(String property, LocalDate fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            // a typo in the configuration must not open the range: keep the default
            return fallback;
        }
    }
}
