package org.castpb.soap.internal;

import org.apache.cxf.phase.PhaseInterceptorChain;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;

/** The authenticated caller of the SOAP request being served, as {@link ActorInterceptor} resolved it. */
public final class SoapActors {

    /** The message key of a refusal of the user itself (disabled account, no castpb role). */
    static final String REFUSAL = "castpb.actor.refusal";

    private SoapActors() {
    }

    /**
     * The caller's actor; none (nothing in scope, no write) for a request that reached no resolution.
     *
     * @throws CastpbException the refusal of the user itself, raised inside the operation so it answers its fault
     */
    public static Actor current() {
        return resolved();
    }

    /**
     * For an operation that needs no actor (rule sets, configured targets, plugin lists): raises the refusal of the
     * caller itself, a disabled account or a user without castpb role, as every other operation does and as REST's
     * ActorFilter refuses such a caller before any resource.
     *
     * @throws CastpbException the refusal of the user itself
     */
    public static void requireCaller() {
        resolved();
    }

    private static Actor resolved() {
        var message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null) {
            return null;
        }
        if (message.get(REFUSAL) instanceof CastpbException refused) {
            throw refused;
        }
        return message.get(Actor.class);
    }
}
