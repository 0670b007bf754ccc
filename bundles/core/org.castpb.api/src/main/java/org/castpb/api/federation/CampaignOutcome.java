package org.castpb.api.federation;

/** The outcome counts of one completed evaluation campaign, as an upward report carries them. */
public record CampaignOutcome(long campaignId, int year, String title, int evaluated, int passed, int failed, int incomplete) {
}
