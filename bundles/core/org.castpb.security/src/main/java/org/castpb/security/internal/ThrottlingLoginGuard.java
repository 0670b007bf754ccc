package org.castpb.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.security.auth.Subject;
import org.castpb.security.LoginGuard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link LoginGuard} of every door: one failure count per account and one per address, for REST, SOAP and the ssh console alike. */
@Component(configurationPid = LoginGuard.PID)
@Designate(ocd = ThrottlingLoginGuard.Config.class)
public class ThrottlingLoginGuard implements LoginGuard {

    @ObjectClassDefinition(name = "castpb login throttle")
    public @interface Config {
        @AttributeDefinition(description = "Failed logins in a row an account may have before it must wait")
        int freeFailuresPerAccount() default 5;

        @AttributeDefinition(description = "Failed logins an address may have (any accounts) before it must wait")
        int freeFailuresPerAddress() default 20;

        @AttributeDefinition(description = "The first wait in seconds; each further failure doubles it")
        int firstDelaySeconds() default 1;

        @AttributeDefinition(description = "The longest wait in seconds")
        int maxDelaySeconds() default 900;

        @AttributeDefinition(description = "Minutes without a failure after which an account or address starts again from zero")
        int forgetAfterMinutes() default 60;

        @AttributeDefinition(description = "Seconds a successful login is remembered, so the slow password hash is not computed on every request (0: never)")
        int rememberLoginSeconds() default 60;

        @AttributeDefinition(description = "Accounts and addresses tracked at most (each)")
        int maxTracked() default 10000;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ThrottlingLoginGuard.class);
    /** Longer names are cut in the counts and the log: a name is not a place to send megabytes. */
    private static final int MAX_NAME = 128;

    private final FailureCounter accounts;
    private final FailureCounter addresses;
    private final RememberedLogins remembered;
    private final Clock clock;

    @Activate
    public ThrottlingLoginGuard(Config config) {
        this(config, Clock.systemUTC());
    }

    ThrottlingLoginGuard(Config config, Clock clock) {
        Duration first = Duration.ofSeconds(config.firstDelaySeconds());
        Duration max = Duration.ofSeconds(config.maxDelaySeconds());
        Duration forget = Duration.ofMinutes(config.forgetAfterMinutes());
        this.accounts = new FailureCounter(config.freeFailuresPerAccount(), first, max, forget, config.maxTracked());
        this.addresses = new FailureCounter(config.freeFailuresPerAddress(), first, max, forget, config.maxTracked());
        this.remembered = new RememberedLogins(Duration.ofSeconds(config.rememberLoginSeconds()));
        this.clock = clock;
    }

    @Override
    public Duration waitBefore(String user, String address) {
        Instant now = clock.instant();
        return longer(accounts.waitBefore(name(user), now), addresses.waitBefore(name(address), now));
    }

    @Override
    public Duration failed(String user, String address) {
        Instant now = clock.instant();
        String account = name(user);
        String from = name(address);
        remembered.forget(user);
        int accountFailures = accounts.failed(account, now);
        int addressFailures = addresses.failed(from, now);
        Duration wait = longer(accounts.delayAfter(accountFailures), addresses.delayAfter(addressFailures));
        LOG.warn("castpb login failed for user '{}' from {}: {} failed in a row for the account, {} from the address; next attempt {}",
                account, from, accountFailures, addressFailures, wait.isZero() ? "at once" : "in " + wait.toSeconds() + " s");
        return wait;
    }

    @Override
    public void succeeded(String user, String password, String address, Subject subject) {
        accounts.reset(name(user));
        if (subject != null) {
            remembered.remember(user, password, subject, clock.instant());
        }
    }

    @Override
    public Optional<Subject> remembered(String user, String password) {
        return remembered.find(user, password, clock.instant());
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The name as counted and logged: control characters (forged log lines) replaced, length cut. */
    static String name(String raw) {
        if (raw == null) {
            return "";
        }
        String cut = raw.length() > MAX_NAME ? raw.substring(0, MAX_NAME) : raw;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
