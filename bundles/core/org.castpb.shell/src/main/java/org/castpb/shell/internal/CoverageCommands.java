package org.castpb.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.support.CommandException;

/** What the coverage commands share: reading the as-of date officials type. */
final class CoverageCommands {

    private CoverageCommands() {
    }

    /** The date given as 2016-12-31, or today's Beijing date when none is given. */
    static LocalDate date(String text) throws CommandException {
        if (text == null || text.isBlank()) {
            return LocalDate.now(Texts.ZONE);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CastpbCommand.badInput("--as-of must be a date like 2016-12-31, got '" + text + "'");
        }
    }
}
