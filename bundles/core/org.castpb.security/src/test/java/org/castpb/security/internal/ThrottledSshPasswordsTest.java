package org.castpb.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.junit.Test;

public class ThrottledSshPasswordsTest {

    private final ThrottlingLoginGuardTest.MutableClock clock = new ThrottlingLoginGuardTest.MutableClock();
    private final ThrottlingLoginGuard guard = new ThrottlingLoginGuard(ThrottlingLoginGuardTest.config(3, 20, 60, 900, 60), clock);
    private final AtomicInteger realmChecks = new AtomicInteger();
    private final PasswordAuthenticator realm = (user, password, session) -> {
        realmChecks.incrementAndGet();
        return "right".equals(password);
    };
    private final ThrottledSshPasswords console = new ThrottledSshPasswords(realm, guard);

    @Test
    public void failedConsoleLoginsMakeTheAccountWaitAndTheRightPasswordIsThenRefusedUnchecked() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertFalse(console.authenticate("li", "guess-" + i, null));
        }
        assertEquals(Duration.ofSeconds(60), guard.waitBefore("li", "10.0.0.1"));
        int checked = realmChecks.get();
        assertFalse(console.authenticate("li", "right", null));
        assertEquals("the realm was not asked while the account waits", checked, realmChecks.get());

        clock.advance(Duration.ofSeconds(60));
        assertTrue(console.authenticate("li", "right", null));
        assertEquals("a success clears the account's failures", Duration.ZERO, guard.failed("li", "10.0.0.1"));
    }

    @Test
    public void aConsoleLoginIsNotRememberedForRestAndSoap() throws Exception {
        assertTrue(console.authenticate("admin", "right", null));
        assertFalse(guard.remembered("admin", "right").isPresent());
    }

    @Test
    public void theServerCheckIsWrappedOnce() {
        org.apache.sshd.server.SshServer server = new org.apache.sshd.server.SshServer();
        server.setPasswordAuthenticator(realm);
        SshLoginThrottle.throttle(server, guard);
        SshLoginThrottle.throttle(server, guard);
        assertTrue(server.getPasswordAuthenticator() instanceof ThrottledSshPasswords wrapped && wrapped.realm() == realm);
    }
}
