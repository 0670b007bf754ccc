package org.castpb.federation.internal;

import java.time.Duration;

/** The pause before the next attempt to send a report: the first pause, doubled at each further failure, up to a cap. */
final class Backoff {

    private Backoff() {
    }

    static Duration after(int failedAttempts, Duration first, Duration max) {
        if (failedAttempts <= 1) {
            return first.compareTo(max) > 0 ? max : first;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        long millis = first.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
