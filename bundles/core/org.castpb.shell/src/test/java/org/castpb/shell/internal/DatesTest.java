package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

public class DatesTest {

    @Test
    public void aMonthIsTypedAsOverRestAndReadAsItsFirstDay() throws Exception {
        assertEquals(LocalDate.of(2016, 12, 1), Dates.month("from", " 2016-12 "));
        assertEquals("2016-12", Dates.monthOf(LocalDate.of(2016, 12, 1)));
    }

    @Test
    public void noMonthIsTheCurrentMonthInBeijing() throws Exception {
        LocalDate before = LocalDate.now(Texts.ZONE).withDayOfMonth(1);
        LocalDate month = Dates.month("to", null);
        LocalDate after = LocalDate.now(Texts.ZONE).withDayOfMonth(1);
        assertTrue(month.toString(), month.equals(before) || month.equals(after));
    }

    @Test
    public void noDateStaysMissing() throws Exception {
        assertNull(Dates.date("--to", " "));
    }

    @Test
    public void refusesADayWhereAMonthIsAskedForNamingTheArgument() {
        try {
            Dates.month("from", "2016-12-31");
            fail("accepted");
        } catch (CommandException e) {
            assertEquals("Error: from must be a month like 2016-12, got '2016-12-31'", e.getMessage());
        }
    }
}
