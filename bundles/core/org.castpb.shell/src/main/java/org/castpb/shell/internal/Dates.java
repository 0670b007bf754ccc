package org.castpb.shell.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.support.CommandException;

/** Reads the dates and months officials type, naming the option or argument that holds a bad one. */
final class Dates {

    private Dates() {
    }

    /** A date written as 2016-12-31, or null when none is given: the service says whether one is required. */
    static LocalDate date(String name, String text) throws CommandException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CastpbCommand.badInput(name + " must be a date like 2016-12-31, got '" + text + "'");
        }
    }

    /** The first day of a month written as 2016-12, as over REST, or of the current (Beijing) month when none is given. */
    static LocalDate month(String name, String text) throws CommandException {
        if (text == null || text.isBlank()) {
            return LocalDate.now(Texts.ZONE).withDayOfMonth(1);
        }
        try {
            return YearMonth.parse(text.strip()).atDay(1);
        } catch (DateTimeParseException e) {
            throw CastpbCommand.badInput(name + " must be a month like 2016-12, got '" + text + "'");
        }
    }

    /** The month of a first day, as typed: 2016-12. */
    static String monthOf(LocalDate firstDay) {
        return firstDay == null ? "" : YearMonth.from(firstDay).toString();
    }
}
