package org.castpb.soap.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.security.SecurityContext;
import org.castpb.api.Actor;

/** The authenticated caller of the SOAP request being served. */
public final class SoapActors {

    private SoapActors() {
    }

    public static Actor current() {
        var message = PhaseInterceptorChain.getCurrentMessage();
        SecurityContext security = message == null ? null : message.get(SecurityContext.class);
        if (security == null || security.getUserPrincipal() == null) {
            return null;
        }
        Set<String> roles = Actor.ROLES.stream().filter(security::isUserInRole).collect(Collectors.toSet());
        return new Actor(security.getUserPrincipal().getName(), roles);
    }
}
