package org.castpb.records.internal;

import javax.persistence.EntityManager;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;

/**
 * Who may read and change which society, decided once for the whole bundle from the actor's roles and
 * {@link Scope}: a read needs a castpb role and sees only the scope (outside it a society does not exist);
 * a change needs a writer's role, or a society secretary's for their own societies, and a society inside
 * the scope (outside it the change is refused with {@code OUT_OF_SCOPE}).
 */
final class Access {

    /** A society's party secretary: keeps their own societies' record and ledger, creates nothing. */
    static final String SECRETARY = "society-secretary";

    private Access() {
    }

    /** Refuses reads to actors without any castpb role: a realm user alone reads nothing. */
    static void mayRead(Actor actor) {
        if (actor == null || !actor.hasCastpbRole()) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name())
                    + " holds no castpb role and may not read society records");
        }
    }

    /** The society if it exists and the actor's scope reaches it; otherwise not found, as if it did not exist. */
    static SocietyEntity visible(EntityManager em, Actor actor, long id) {
        mayRead(actor);
        SocietyEntity entity = em.find(SocietyEntity.class, id);
        if (entity == null || !covers(actor, entity)) {
            throw new NotFoundException("society", id);
        }
        return entity;
    }

    /**
     * The society {@code actor} wants to change ({@code what}, e.g. "change the ledger of society 7"): not found
     * when it does not exist, refused when the actor may not change records or it lies outside the scope.
     */
    static SocietyEntity changeable(EntityManager em, Actor actor, long id, String what) {
        mayChange(actor);
        SocietyEntity entity = JpaSocietyService.find(em, id);
        if (!covers(actor, entity)) {
            throw ForbiddenException.outOfScope(actor, what);
        }
        return entity;
    }

    /** Refuses actors who may change no record at all (viewers, realm users without a castpb role). */
    static void mayChange(Actor actor) {
        boolean secretary = actor != null && actor.roles().contains(SECRETARY);
        if (!secretary) {
            Writes.mayWrite(actor);
        }
    }

    /** Refuses a society state (new, or as a change would leave it) outside the actor's region. */
    static void mayHold(Actor actor, long id, String regionCode, SocietyLevel level, String what) {
        if (!Scope.of(actor).covers(id, regionCode, level)) {
            throw ForbiddenException.outOfScope(actor, what);
        }
    }

    static boolean covers(Actor actor, SocietyEntity entity) {
        return Scope.of(actor).covers(entity.getId(), entity.getRegionCode(), entity.getLevel());
    }
}
