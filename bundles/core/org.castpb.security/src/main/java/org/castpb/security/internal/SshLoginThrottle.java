package org.castpb.security.internal;

import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.castpb.security.LoginGuard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the console's (ssh) password logins behind the same {@link LoginGuard} as REST and SOAP: Karaf registers its
 * ssh server as a service before starting it, and each new session asks the server for its password check, so
 * wrapping the server's check covers every login from then on. A server Karaf recreates (its configuration
 * changed) is wrapped again when it is registered.
 */
@Component(immediate = true)
public class SshLoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SshLoginThrottle.class);

    private final LoginGuard guard;

    @Activate
    public SshLoginThrottle(@Reference LoginGuard guard) {
        this.guard = guard;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindServer(SshServer server) {
        throttle(server, guard);
    }

    void unbindServer(SshServer server) {
        // the server is going away with its sessions; nothing to undo
    }

    static void throttle(SshServer server, LoginGuard guard) {
        PasswordAuthenticator current = server.getPasswordAuthenticator();
        if (current == null || current instanceof ThrottledSshPasswords) {
            return;
        }
        server.setPasswordAuthenticator(new ThrottledSshPasswords(current, guard));
        LOG.info("castpb: console (ssh) password logins on port {} are throttled like REST and SOAP logins", server.getPort());
    }
}
