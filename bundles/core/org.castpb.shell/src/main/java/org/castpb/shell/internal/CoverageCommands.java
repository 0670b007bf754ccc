package org.castpb.shell.internal;

import java.time.LocalDate;
import org.apache.karaf.shell.support.CommandException;

/** What the coverage commands share: reading the as-of date officials type. */
final class CoverageCommands {

    private CoverageCommands() {
    }

    /** The date given as 2016-12-31, or today's Beijing date when none is given. */
    static LocalDate date(String text) throws CommandException {
        LocalDate date = Dates.date("--as-of", text);
        return date == null ? LocalDate.now(Texts.ZONE) : date;
    }
}
