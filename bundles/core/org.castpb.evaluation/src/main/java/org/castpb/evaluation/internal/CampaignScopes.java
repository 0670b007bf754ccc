package org.castpb.evaluation.internal;

import java.util.Optional;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.evaluation.Campaign;

/**
 * Which campaigns an actor's {@link Scope} reaches: those whose region lies inside the actor's region (every
 * campaign for a national actor; none for a scope of named societies only, whose results it reads by society).
 */
final class CampaignScopes {

    private CampaignScopes() {
    }

    /** Whether a campaign of {@code campaignPrefix} ("" for every society) lies inside the scope. */
    static boolean reaches(Scope scope, String campaignPrefix) {
        return scope.all() || (scope.regionPrefix() != null && campaignPrefix.startsWith(Regions.prefix(scope.regionPrefix())));
    }

    /** {@link #reaches} as an SQL condition on EVAL_CAMPAIGN alias C; the prefix is validated digits, so a literal. */
    static String sql(Scope scope) {
        if (scope.all()) {
            return "1 = 1";
        }
        return scope.regionPrefix() == null ? "1 = 0" : "C.REGION_PREFIX LIKE '" + Regions.prefix(scope.regionPrefix()) + "%'";
    }

    /**
     * The campaign {@code actor} wants to act on ({@code what}): not found when it does not exist, refused with
     * {@link ForbiddenException#OUT_OF_SCOPE} when it lies outside the actor's scope, as every write outside it is.
     */
    static Campaign changeable(Actor actor, Optional<Campaign> campaign, long id, String what) {
        Campaign found = campaign.orElseThrow(() -> new NotFoundException("campaign", id));
        if (!reaches(Scope.of(actor), found.regionPrefix())) {
            throw ForbiddenException.outOfScope(actor, what);
        }
        return found;
    }

    /**
     * The region prefix of a campaign {@code actor} opens with the settled {@code prefix}: a national actor's as
     * given, a local one's its own region when none is given.
     *
     * @throws ForbiddenException {@link ForbiddenException#OUT_OF_SCOPE} for a prefix wider than the actor's region,
     *                            or an actor whose scope names no region
     */
    static String prefixFor(Actor actor, String prefix) {
        Scope scope = Scope.of(actor);
        if (scope.all()) {
            return prefix;
        }
        if (scope.regionPrefix() == null) {
            throw ForbiddenException.outOfScope(actor, "open a campaign, which evaluates a region: the scope names none");
        }
        String own = Regions.prefix(scope.regionPrefix());
        if (prefix.isEmpty()) {
            return own;
        }
        if (!prefix.startsWith(own)) {
            throw ForbiddenException.outOfScope(actor, "open a campaign of region " + prefix);
        }
        return prefix;
    }
}
