package org.castpb.rest.internal;

import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.Actor;

/** The authenticated caller of a request, as castpb's services understand it. */
final class Actors {

    private Actors() {
    }

    static Actor of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return null;
        }
        Set<String> roles = Actor.ROLES.stream().filter(security::isUserInRole).collect(Collectors.toSet());
        return new Actor(security.getUserPrincipal().getName(), roles);
    }
}
