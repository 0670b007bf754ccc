package org.castpb.api.evaluation;

import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.Page;

/**
 * Evaluation campaigns: opens them, runs every applicable evaluation module over every society in them (national
 * modules everywhere, a region's modules in that region), and keeps each module's result and the overall outcome.
 */
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
     * Opens a campaign; it runs only when asked. A correction names the campaign it corrects, which must exist and
     * be of the same year and kind. Needs a records writer's role.
     */
    Campaign create(Actor actor, CampaignDraft draft);

    /** One campaign with its progress. */
    Campaign get(long id);

    /** Campaigns, newest first. */
    Page<Campaign> list(int offset, int limit);

    /**
     * Starts running a campaign in the background and returns at once with its status RUNNING. Running a campaign
     * again replaces its earlier results society by society, unless funding was allocated from them
     * ({@link #CAMPAIGN_FUNDED}). Needs a records writer's role.
     */
    Campaign run(Actor actor, long id);

    /** Overall results of a campaign, by society id; module results are left out of the page. */
    Page<SocietyEvaluation> results(long campaignId, ResultQuery query);

    /** One society's result in a campaign, with every module result and finding. */
    SocietyEvaluation result(long campaignId, long societyId);

    /** A society's results across campaigns, newest campaign first, with module results. */
    List<SocietyEvaluation> bySociety(long societyId);
}
