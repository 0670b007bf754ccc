package org.castpb.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Test;

public class DatesTest {

    @After
    public void defaultRange() {
        System.clearProperty(Dates.EARLIEST_PROPERTY);
        System.clearProperty(Dates.LATEST_PROPERTY);
    }

    @Test
    public void theFoundingOfThePrcAndTheEndOf2100AreTheDefaultBounds() {
        assertTrue(errors("asOf", LocalDate.of(1949, 10, 1)).isEmpty());
        assertTrue(errors("asOf", LocalDate.of(2100, 12, 31)).isEmpty());
        assertTrue(errors("asOf", null).isEmpty());
        assertEquals(1, errors("asOf", LocalDate.of(1949, 9, 30)).size());
        assertEquals(1, errors("asOf", LocalDate.of(2101, 1, 1)).size());
    }

    @Test
    public void yearsTheDatabaseCannotHoldAreRefusedNamingTheField() {
        List<FieldError> errors = errors("groupMemberAppliedOn", LocalDate.of(-1, 1, 1));
        assertEquals(1, errors.size());
        assertEquals("groupMemberAppliedOn", errors.get(0).field());
        assertEquals(Dates.OUT_OF_RANGE, errors.get(0).code());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("1949-10-01 to 2100-12-31"));
        try {
            Dates.require("asOf", LocalDate.of(-10000, 1, 1));
            fail("a date of the year -10000 is refused");
        } catch (ValidationException e) {
            assertEquals("asOf", e.errors().get(0).field());
            assertEquals(Dates.OUT_OF_RANGE, e.errors().get(0).code());
        }
    }

    @Test
    public void aSiteConfiguresItsOwnRange() {
        System.setProperty(Dates.EARLIEST_PROPERTY, "1900-01-01");
        System.setProperty(Dates.LATEST_PROPERTY, "2050-12-31");
        assertTrue(errors("asOf", LocalDate.of(1920, 5, 4)).isEmpty());
        assertEquals(1, errors("asOf", LocalDate.of(2060, 1, 1)).size());
    }

    @Test
    public void anUnreadableConfiguredBoundKeepsTheDefault() {
        System.setProperty(Dates.EARLIEST_PROPERTY, "long ago");
        assertEquals(Dates.DEFAULT_EARLIEST, Dates.earliest());
        assertEquals(1, errors("asOf", LocalDate.of(1900, 1, 1)).size());
    }

    private static List<FieldError> errors(String field, LocalDate date) {
        List<FieldError> errors = new ArrayList<>();
        Dates.check(errors, field, date);
        return errors;
    }
}
