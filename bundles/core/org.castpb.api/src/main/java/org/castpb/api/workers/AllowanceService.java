package org.castpb.api.workers;

import java.math.BigDecimal;
import java.util.List;
import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Allowances of party affairs workers by performance (article 12), computed by an installed {@code AllowanceScheme}
 * plugin from the year's assessment grades within a budget. A scheme's answer is recorded only if every line is for a
 * worker it was given, positive, in fen, explained, and all together within the budget; otherwise, or when the scheme
 * fails or takes too long, nothing is recorded ({@code SCHEME_FAILED}).
 */
@ProviderType
public interface AllowanceService {

    /** The installed schemes, by id. */
    List<AllowanceSchemeInfo> schemes();

    /**
     * Allocates {@code budget} yuan for {@code year} among the assessed workers in the actor's scope with scheme
     * {@code schemeId}; administrators only.
     */
    AllowanceRun allocate(Actor actor, int year, BigDecimal budget, String schemeId);

    /** The runs of a year (all years when null), newest first, each with its lines in the actor's scope. */
    List<AllowanceRun> runs(Actor actor, Integer year);

    /** One run with its lines in the actor's scope. */
    AllowanceRun run(Actor actor, long id);
}
