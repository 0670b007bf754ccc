package org.castpb.rest.internal;

import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.Actor;

/** The authenticated caller of a request, as castpb's services understand it. */
final class Actors {

    /** The roles castpb's services decide on; the realm may give others, which do not matter here. */
    static final Set<String> KNOWN_ROLES = Set.of("admin", "national-admin", "local-admin", "society-secretary", "viewer");

    private Actors() {
    }

    static Actor of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return null;
        }
        Set<String> roles = KNOWN_ROLES.stream().filter(security::isUserInRole).collect(Collectors.toSet());
        return new Actor(security.getUserPrincipal().getName(), roles);
    }
}
