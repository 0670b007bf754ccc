package org.castpb.api.life;

import java.util.List;

/**
 * One kind of meeting an organisation owes in a report's period: how many calendar periods (months, quarters, years)
 * ending in it were due, in how many one was held, and which are missing.
 */
public record Obligation(MeetingType type, Frequency frequency, int due, int held, int missing,
                         List<Period> missingPeriods) {

    public Obligation {
        missingPeriods = List.copyOf(missingPeriods);
    }
}
