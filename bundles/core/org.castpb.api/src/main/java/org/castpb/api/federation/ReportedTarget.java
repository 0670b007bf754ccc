package org.castpb.api.federation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A coverage target as the child judged it on its date.
 *
 * @param date              the target's date
 * @param organisationMin   the organisation coverage it asks for (%), or null
 * @param workMin           the work coverage it asks for (%), or null
 * @param organisationMet   whether organisation coverage reached it
 * @param workMet           whether work coverage reached it
 * @param organisationShort societies still to cover for organisation coverage
 * @param workShort         the same for work coverage
 */
public record ReportedTarget(LocalDate date, BigDecimal organisationMin, BigDecimal workMin, boolean organisationMet,
                             boolean workMet, long organisationShort, long workShort) {
}
