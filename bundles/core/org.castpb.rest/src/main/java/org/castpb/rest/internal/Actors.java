package org.castpb.rest.internal;

import javax.ws.rs.core.SecurityContext;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.castpb.api.Actor;

/** The authenticated caller of a request, as castpb's services understand it: resolved by {@link ActorFilter}. */
final class Actors {

    /** The request property {@link ActorFilter} keeps the actor in. */
    static final String PROPERTY = "castpb.actor";

    private Actors() {
    }

    /**
     * The request's actor; none (so nothing in scope and no write) when the request reached no account resolution.
     * CXF may hand a resource a proxy of the security context, so the actor is read from the request being served.
     */
    static Actor of(SecurityContext security) {
        if (security instanceof ActorFilter.ActorSecurityContext resolved) {
            return resolved.actor();
        }
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Message in = message == null || message.getExchange() == null ? message : message.getExchange().getInMessage();
        return in != null && in.get(PROPERTY) instanceof Actor actor ? actor : null;
    }
}
