package org.castpb.api.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Funding allocations: a funding scheme turns a completed campaign's results and a budget into recorded awards. An
 * allocation is in an actor's scope when its campaign is ({@link EvaluationService}); allocating needs the campaign
 * in scope too.
 */
@ProviderType
public interface FundingService {

    /** Error code: the campaign has not completed, so its results cannot be funded yet. */
    String CAMPAIGN_NOT_COMPLETED = "CAMPAIGN_NOT_COMPLETED";
    /** Error code: the scheme failed or answered awards that break the rules (over budget, unknown society...). */
    String SCHEME_FAILED = "SCHEME_FAILED";

    /** The funding schemes installed now, and those removed since the platform started. */
    List<ModuleInfo> schemes();

    /**
     * Runs a scheme over a completed campaign and records its awards, all or nothing. Needs a records writer's
     * role.
     *
     * @param budget yuan, positive
     */
    Allocation allocate(Actor actor, long campaignId, String schemeId, BigDecimal budget, String note);

    /** One allocation with its awards, of a campaign in scope. */
    Allocation get(Actor actor, long id);

    /** A campaign's allocations, newest first; the campaign must be in scope. */
    List<Allocation> byCampaign(Actor actor, long campaignId);
}
