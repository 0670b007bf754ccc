package org.castpb.coverage.internal;

import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;

/** The one rule for the coverage context's writes: only a records writer may make them. */
final class Writers {

    private Writers() {
    }

    /** Refuses {@code what} to an actor without a records writer's role, naming the roles that would do. */
    static void require(Actor actor, String what) {
        if (actor == null || !actor.hasAnyRole(Actor.RECORD_WRITERS)) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name()) + " may not " + what
                    + "; it needs one of the roles " + Actor.RECORD_WRITERS);
        }
    }
}
