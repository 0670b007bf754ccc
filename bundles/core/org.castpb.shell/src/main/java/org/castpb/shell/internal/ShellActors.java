package org.castpb.shell.internal;

import java.security.AccessController;
import java.security.Principal;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;
import org.castpb.api.account.AccessLog;
import org.castpb.api.account.AccessRefusal;
import org.castpb.api.account.ActorResolver;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The console user running a command, from the JAAS subject Karaf runs each session as, turned into castpb's
 * {@link Actor} by its account (the {@link ActorResolver} service), as the REST and SOAP doors do.
 */
final class ShellActors {

    /** Codes of a refusal that belongs in the access log. */
    static final Set<String> REFUSALS = Set.of("UNAUTHORIZED", "ACCOUNT_DISABLED", "FORBIDDEN", "OUT_OF_SCOPE",
            "GRANT_EXCEEDS_OWN", "SELF_DISABLE");

    private ShellActors() {
    }

    /**
     * The actor of the console user, or null outside a session.
     *
     * @throws CastpbException when the account is disabled or the user holds no castpb role
     */
    static Actor current() {
        String user = user();
        if (user == null) {
            return null;
        }
        Set<String> roles = subject().getPrincipals(RolePrincipal.class).stream().map(Principal::getName).collect(Collectors.toSet());
        Actor resolved = withService(ActorResolver.class, resolver -> resolver.actor(user, roles));
        // without the accounts bundle only a realm national administrator reaches anything
        return resolved != null ? resolved : new Actor(user, roles);
    }

    /** Writes a refused command to the access log. */
    static void refused(String command, CastpbException e) {
        if (REFUSALS.contains(e.code())) {
            withService(AccessLog.class, log -> {
                log.refused(new AccessRefusal(Instant.now(), user(), "SHELL", command, "console", e.code()));
                return null;
            });
        }
    }

    @SuppressWarnings("removal") // Karaf 4.4 still runs commands inside Subject.doAs
    private static Subject subject() {
        return Subject.getSubject(AccessController.getContext());
    }

    private static String user() {
        Subject subject = subject();
        return subject == null ? null
                : subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst().orElse(null);
    }

    /** Calls a service of the framework for one use; null when it is not there. */
    private static <S, R> R withService(Class<S> type, Function<S, R> use) {
        Bundle bundle = FrameworkUtil.getBundle(ShellActors.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<S> reference = context == null ? null : context.getServiceReference(type);
        S service = reference == null ? null : context.getService(reference);
        if (service == null) {
            return null;
        }
        try {
            return use.apply(service);
        } finally {
            context.ungetService(reference);
        }
    }
}
