package org.castpb.api.matters;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One version of the amounts from which an expenditure or a donation is a major matter, in force from
 * {@code effectiveFrom} until the next version's.
 */
public record MatterThresholds(String version, LocalDate effectiveFrom, BigDecimal largeExpenditure, BigDecimal largeDonation) {

    /** The threshold of {@code category}, or null when it has none. */
    public BigDecimal of(MatterCategory category) {
        return switch (category) {
            case LARGE_EXPENDITURE -> largeExpenditure;
            case LARGE_DONATION -> largeDonation;
            default -> null;
        };
    }
}
