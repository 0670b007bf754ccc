package org.castpb.shell.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.castpb.api.Actor;

/** The console user running a command, from the JAAS subject Karaf runs each session as. */
final class ShellActors {

    private ShellActors() {
    }

    @SuppressWarnings("removal") // Karaf 4.4 still runs commands inside Subject.doAs
    static Actor current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return null;
        }
        String user = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst().orElse(null);
        if (user == null) {
            return null;
        }
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).collect(Collectors.toSet());
        return new Actor(user, roles);
    }
}
