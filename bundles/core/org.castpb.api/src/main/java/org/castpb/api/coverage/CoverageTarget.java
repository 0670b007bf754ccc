package org.castpb.api.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dated target: by {@code date} the rates must reach the minimums.
 *
 * @param date            the day the target is judged on
 * @param organisationMin minimum organisation coverage in percent (0-100), or null when this target sets none
 * @param workMin         minimum work coverage in percent (0-100), or null when this target sets none
 */
public record CoverageTarget(LocalDate date, BigDecimal organisationMin, BigDecimal workMin) {
    public CoverageTarget {
        if (date == null) {
            throw new IllegalArgumentException("a coverage target needs a date");
        }
        if (organisationMin == null && workMin == null) {
            throw new IllegalArgumentException("the coverage target of " + date + " sets no minimum");
        }
        check(organisationMin, date);
        check(workMin, date);
    }

    private static void check(BigDecimal min, LocalDate date) {
        if (min != null && (min.signum() < 0 || min.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("the coverage target of " + date + " has a minimum outside 0-100: " + min);
        }
    }
}
