package org.castpb.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.security.auth.Subject;
import org.junit.Test;

public class ThrottlingLoginGuardTest {

    private final MutableClock clock = new MutableClock();
    private final ThrottlingLoginGuard guard = new ThrottlingLoginGuard(config(3, 5, 1, 900, 60), clock);

    @Test
    public void anAccountWaitsAfterItsFreeFailuresFromEveryAddress() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, guard.failed("admin", "10.0.0." + i));
        }
        assertEquals(Duration.ofSeconds(1), guard.failed("admin", "10.0.0.9"));
        assertEquals(Duration.ofSeconds(1), guard.waitBefore("admin", "192.0.2.7"));
        assertEquals("other accounts from the same address go on", Duration.ZERO, guard.waitBefore("zhang", "10.0.0.9"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, guard.waitBefore("admin", "10.0.0.9"));
        assertEquals(Duration.ofSeconds(2), guard.failed("admin", "10.0.0.9"));
    }

    @Test
    public void anAddressTryingManyAccountsWaitsForAllOfThem() {
        for (int i = 0; i < 5; i++) {
            guard.failed("guess" + i, "203.0.113.5");
        }
        assertEquals(Duration.ofSeconds(1), guard.failed("guess5", "203.0.113.5"));
        assertEquals(Duration.ofSeconds(1), guard.waitBefore("admin", "203.0.113.5"));
        assertEquals(Duration.ZERO, guard.waitBefore("admin", "198.51.100.1"));
    }

    @Test
    public void aSuccessClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            guard.failed("guess" + i, "203.0.113.5");
        }
        for (int i = 0; i < 2; i++) {
            guard.failed("admin", "203.0.113.5");
        }
        guard.succeeded("admin", "right", "203.0.113.5", new Subject());
        assertEquals(Duration.ZERO, guard.failed("admin", "198.51.100.1"));
        // the address had 7 failures, 2 above its 5 free ones: its wait still holds
        assertEquals(Duration.ofSeconds(2), guard.waitBefore("zhang", "203.0.113.5"));
    }

    @Test
    public void aRememberedLoginNeedsTheSamePasswordAndExpires() {
        Subject subject = new Subject();
        guard.succeeded("admin", "s3cret", "127.0.0.1", subject);
        assertSame(subject, guard.remembered("admin", "s3cret").orElseThrow());
        assertFalse(guard.remembered("admin", "S3cret").isPresent());
        assertFalse(guard.remembered("zhang", "s3cret").isPresent());
        clock.advance(Duration.ofSeconds(60));
        assertFalse(guard.remembered("admin", "s3cret").isPresent());
    }

    @Test
    public void anExpiredLoginIsCheckedAgainstTheRealmByOneRequestWhileTheOthersKeepItForAFewSeconds() {
        Subject subject = new Subject();
        guard.succeeded("admin", "s3cret", "10.0.0.1", subject);
        clock.advance(Duration.ofSeconds(60));
        // the first request after expiry goes to the realm (slow hash); the requests arriving meanwhile do not
        assertFalse(guard.remembered("admin", "s3cret").isPresent());
        assertSame(subject, guard.remembered("admin", "s3cret").orElseThrow());
        assertSame(subject, guard.remembered("admin", "s3cret").orElseThrow());
        assertFalse("a wrong password never gets the kept login", guard.remembered("admin", "S3cret").isPresent());
        Subject renewed = new Subject();
        guard.succeeded("admin", "s3cret", "10.0.0.1", renewed);
        assertSame(renewed, guard.remembered("admin", "s3cret").orElseThrow());
    }

    @Test
    public void aRenewalThatNeverEndsIsGivenUpAndTheNextRequestGoesToTheRealm() {
        guard.succeeded("admin", "s3cret", "10.0.0.1", new Subject());
        clock.advance(Duration.ofSeconds(60));
        assertFalse(guard.remembered("admin", "s3cret").isPresent());
        clock.advance(RememberedLogins.RENEWAL_GRACE);
        assertFalse(guard.remembered("admin", "s3cret").isPresent());
        assertFalse(guard.remembered("admin", "s3cret").isPresent());
    }

    @Test
    public void aFailedLoginForgetsTheRememberedOneSoAChangedPasswordAppliesAtOnce() {
        guard.succeeded("admin", "s3cret", "10.0.0.1", new Subject());
        clock.advance(Duration.ofSeconds(60));
        assertFalse(guard.remembered("admin", "s3cret").isPresent());
        guard.failed("admin", "10.0.0.1");
        assertFalse(guard.remembered("admin", "s3cret").isPresent());
        guard.succeeded("admin", "s3cret", "10.0.0.1", new Subject());
        guard.failed("admin", "10.0.0.2");
        assertFalse(guard.remembered("admin", "s3cret").isPresent());
    }

    @Test
    public void nothingIsRememberedWhenSwitchedOff() {
        ThrottlingLoginGuard forgetful = new ThrottlingLoginGuard(config(3, 5, 1, 900, 0), clock);
        forgetful.succeeded("admin", "s3cret", "127.0.0.1", new Subject());
        assertFalse(forgetful.remembered("admin", "s3cret").isPresent());
    }

    @Test
    public void namesAreCountedAndLoggedWithoutControlCharactersAndCut() {
        assertEquals("admin?? forged", ThrottlingLoginGuard.name("admin\r\n forged"));
        assertEquals(128, ThrottlingLoginGuard.name("x".repeat(10_000)).length());
    }

    static ThrottlingLoginGuard.Config config(int perAccount, int perAddress, int firstSeconds, int maxSeconds, int rememberSeconds) {
        return new ThrottlingLoginGuard.Config() {
            @Override public Class<? extends Annotation> annotationType() { return ThrottlingLoginGuard.Config.class; }
            @Override public int freeFailuresPerAccount() { return perAccount; }
            @Override public int freeFailuresPerAddress() { return perAddress; }
            @Override public int firstDelaySeconds() { return firstSeconds; }
            @Override public int maxDelaySeconds() { return maxSeconds; }
            @Override public int forgetAfterMinutes() { return 60; }
            @Override public int rememberLoginSeconds() { return rememberSeconds; }
            @Override public int maxTracked() { return 10_000; }
        };
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T06:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
