package org.castpb.security;

import java.time.Duration;
import java.util.Optional;
import javax.security.auth.Subject;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Guards password logins: failed ones are counted per account and per client address, and once either has failed
 * more often than it may, further attempts wait a delay that doubles with each failure (configuration pid
 * {@value #PID}). A door asks {@link #waitBefore} before it checks a password and refuses the attempt unchecked
 * while a wait is due; it reports each outcome with {@link #failed} or {@link #succeeded}.
 * Implementations are thread-safe and never keep or log a password.
 */
@ProviderType
public interface LoginGuard {

    /** The configuration pid of the throttle's limits. */
    String PID = "org.castpb.security";

    /**
     * How long a login by {@code user} from {@code address} must still wait.
     *
     * @param user the user name the caller gave
     * @param address the client's IP address as the server sees it
     * @return {@link Duration#ZERO} if its credentials may be checked now, else the time left
     */
    Duration waitBefore(String user, String address);

    /**
     * Records a failed password login (wrong password or unknown user) and logs it with user name and address.
     *
     * @param user the user name the caller gave
     * @param address the client's IP address
     * @return the wait this failure imposes on the next attempt ({@link Duration#ZERO} while failures are free)
     */
    Duration failed(String user, String address);

    /**
     * Records a successful password login: the account's failures are forgotten (the address's are not, so one
     * valid account cannot clear the way for guessing others) and, with a subject, the login is remembered for a
     * short while.
     *
     * @param user the user name
     * @param password the password that was accepted; only a keyed digest of it is kept, in memory
     * @param address the client's IP address
     * @param subject the subject the realm's login produced, or null when the door keeps its own session (the ssh
     *                console): the login is then not remembered
     */
    void succeeded(String user, String password, String address, Subject subject);

    /**
     * The subject of a recent successful login with exactly these credentials, so a door that authenticates every
     * request need not run the realm's slow password check each time.
     *
     * @param user the user name
     * @param password the password given with this request
     * @return the remembered subject, or empty: check the credentials with the realm
     */
    Optional<Subject> remembered(String user, String password);
}
