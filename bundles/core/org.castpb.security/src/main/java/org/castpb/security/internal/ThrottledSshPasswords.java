package org.castpb.security.internal;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.password.PasswordChangeRequiredException;
import org.apache.sshd.server.session.ServerSession;
import org.castpb.security.LoginGuard;

/**
 * The console's password check behind the {@link LoginGuard}: while the account or the client's address must wait
 * after failed logins, a password (right or wrong) is refused unchecked; every failure counts and is logged like a
 * failed REST or SOAP login. Keyboard-interactive logins end here too: sshd hands their answer to this check.
 */
final class ThrottledSshPasswords implements PasswordAuthenticator {

    private final PasswordAuthenticator realm;
    private final LoginGuard guard;

    ThrottledSshPasswords(PasswordAuthenticator realm, LoginGuard guard) {
        this.realm = realm;
        this.guard = guard;
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session)
            throws PasswordChangeRequiredException, AsyncAuthException {
        String address = address(session);
        if (!guard.waitBefore(user, address).isZero()) {
            return false;
        }
        boolean accepted = realm.authenticate(user, password, session);
        if (accepted) {
            // the console keeps its own session: nothing for REST and SOAP to remember
            guard.succeeded(user, password, address, null);
        } else {
            guard.failed(user, address);
        }
        return accepted;
    }

    PasswordAuthenticator realm() {
        return realm;
    }

    static String address(ServerSession session) {
        SocketAddress client = session == null ? null : session.getClientAddress();
        if (client instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return "unknown";
    }
}
