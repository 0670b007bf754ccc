package org.castpb.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.Test;

public class FailureCounterTest {

    private static final Instant T0 = Instant.parse("2026-12-05T06:00:00Z");

    private final FailureCounter counter = new FailureCounter(3, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofMinutes(10), 100);

    @Test
    public void freeFailuresCostNothingThenTheDelayDoublesUpToTheMaximum() {
        assertEquals(Duration.ZERO, counter.delayAfter(0));
        assertEquals(Duration.ZERO, counter.delayAfter(3));
        assertEquals(Duration.ofSeconds(1), counter.delayAfter(4));
        assertEquals(Duration.ofSeconds(2), counter.delayAfter(5));
        assertEquals(Duration.ofSeconds(4), counter.delayAfter(6));
        assertEquals(Duration.ofSeconds(32), counter.delayAfter(9));
        assertEquals(Duration.ofSeconds(60), counter.delayAfter(10));
        assertEquals(Duration.ofSeconds(60), counter.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    public void theWaitRunsFromTheLastFailure() {
        for (int i = 0; i < 5; i++) {
            counter.failed("admin", T0);
        }
        assertEquals(Duration.ofSeconds(2), counter.waitBefore("admin", T0));
        assertEquals(Duration.ofMillis(500), counter.waitBefore("admin", T0.plusMillis(1500)));
        assertEquals(Duration.ZERO, counter.waitBefore("admin", T0.plusSeconds(2)));
        assertEquals("another key is not affected", Duration.ZERO, counter.waitBefore("zhang", T0));
    }

    @Test
    public void aKeyQuietForTheForgetWindowStartsAgainFromZero() {
        for (int i = 0; i < 6; i++) {
            counter.failed("admin", T0);
        }
        assertEquals(7, counter.failed("admin", T0.plus(Duration.ofMinutes(9))));
        assertEquals(1, counter.failed("admin", T0.plus(Duration.ofMinutes(20))));
    }

    @Test
    public void aWaitLongerThanTheForgetWindowIsServedInFull() {
        FailureCounter strict = new FailureCounter(0, Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(1), 10);
        strict.failed("admin", T0);
        assertEquals(Duration.ofMinutes(25), strict.waitBefore("admin", T0.plus(Duration.ofMinutes(5))));
    }

    @Test
    public void resetForgetsTheFailures() {
        for (int i = 0; i < 5; i++) {
            counter.failed("admin", T0);
        }
        counter.reset("admin");
        assertEquals(Duration.ZERO, counter.waitBefore("admin", T0));
        assertEquals(1, counter.failed("admin", T0));
    }

    @Test
    public void inventedNamesCannotGrowTheCountsBeyondTheLimit() {
        FailureCounter small = new FailureCounter(3, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(10), 50);
        for (int i = 0; i < 1000; i++) {
            small.failed("guess" + i, T0.plusMillis(i));
        }
        assertTrue(String.valueOf(small.size()), small.size() <= 51);
        // the most recent are the ones kept
        assertEquals(2, small.failed("guess999", T0.plusSeconds(2)));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aMaximumBelowTheFirstDelayIsRefused() {
        new FailureCounter(3, Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofMinutes(10), 10);
    }
}
