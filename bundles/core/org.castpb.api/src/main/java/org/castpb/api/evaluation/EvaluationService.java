package org.castpb.api.evaluation;

import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Evaluation campaigns: opens them, runs every applicable evaluation module over every society in them (national
 * modules everywhere, a region's modules in that region), and keeps each module's result and the overall outcome.
 *
 * <p>Scope ({@link org.castpb.api.Scope}): a campaign is in an actor's scope when its region lies inside the actor's
 * (a national campaign only for a national actor); a result when its society is. A local administrator's campaign
 * gets the administrator's region prefix, and a wider one is refused with ForbiddenException {@code OUT_OF_SCOPE}.
 * Reads outside the scope refuse with NotFoundException; lists leave those out.
 */
@ProviderType
public interface EvaluationService {

    /** Error code: the campaign is running and cannot be started again until it ends. */
    String CAMPAIGN_RUNNING = "CAMPAIGN_RUNNING";
    /**
     * Error code: funding was allocated from the campaign's results, so they are frozen and the campaign cannot run
     * again; a correction is a new campaign that names it in {@link CampaignDraft#correctsCampaignId()}.
     */
    String CAMPAIGN_FUNDED = "CAMPAIGN_FUNDED";

    /** The evaluation modules installed now, and those removed since the platform started. */
    List<ModuleInfo> modules();

    /**
     * Opens a campaign; it runs only when asked. A correction names the campaign it corrects, which must exist, be in
     * the actor's scope and be of the same year and kind. Needs a records writer's role, and a region prefix inside
     * the actor's scope (left out, it is the actor's own region; a national actor's empty prefix means every society).
     */
    Campaign create(Actor actor, CampaignDraft draft);

    /** One campaign in the actor's scope with its progress. */
    Campaign get(Actor actor, long id);

    /** The campaigns in the actor's scope, newest first. */
    Page<Campaign> list(Actor actor, int offset, int limit);

    /**
     * Starts running a campaign in the background and returns at once with its status RUNNING. Running a campaign
     * again replaces its earlier results society by society, unless funding was allocated from them
     * ({@link #CAMPAIGN_FUNDED}). Needs a records writer's role and the campaign in scope.
     */
    Campaign run(Actor actor, long id);

    /** Overall results of a campaign in scope for the societies in scope, by society id; module results are left out of the page. */
    Page<SocietyEvaluation> results(Actor actor, long campaignId, ResultQuery query);

    /** One society's result in a campaign, with every module result and finding; the society must be in scope. */
    SocietyEvaluation result(Actor actor, long campaignId, long societyId);

    /** A society's results across campaigns, newest campaign first, with module results; the society must be in scope. */
    List<SocietyEvaluation> bySociety(Actor actor, long societyId);
}
