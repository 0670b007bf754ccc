package org.castpb.web.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/** A password check against Karaf's JAAS realm {@code karaf}, the one REST, SOAP and the console use. */
final class RealmLogin {

    static final String REALM = "karaf";
    /** Karaf's realm marks each role of a subject with a principal of this class. */
    static final String ROLE_PRINCIPAL = "org.apache.karaf.jaas.boot.principal.RolePrincipal";

    private RealmLogin() {
    }

    /** The subject of {@code user} if {@code password} is its password, else empty. */
    static Optional<Subject> login(String user, String password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the realm's proxy module lives on the boot class path, not in a bundle this one could see
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            LoginContext context = new LoginContext(REALM, new Subject(), callbacks -> answer(callbacks, user, password));
            context.login();
            return Optional.of(context.getSubject());
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The realm roles of a subject. */
    static Set<String> roles(Subject subject) {
        return subject.getPrincipals().stream()
                .filter(p -> p.getClass().getName().equals(ROLE_PRINCIPAL))
                .map(java.security.Principal::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static void answer(Callback[] callbacks, String user, String password) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
