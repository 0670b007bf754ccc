package org.castpb.api.life;

import java.time.LocalDate;

/** What one run of the alerts did as of a day: alerts opened and closed, and how many remain open. */
public record AlertRun(LocalDate asOf, int opened, int closed, int open) {
}
