package org.castpb.api.evaluation;

import java.time.LocalDate;

/**
 * What is needed to open a campaign.
 *
 * @param year         the year evaluated, e.g. 2026
 * @param kind         annual inspection, assessment or comprehensive evaluation
 * @param title        a title for people, may be null (then one is made from year and kind)
 * @param asOf         the day whose records are evaluated, may be null (then 31 December of {@code year})
 * @param regionPrefix GB/T 2260 prefix restricting the societies evaluated, may be null or empty for all
 * @param correctsCampaignId the campaign this one corrects, of the same year and kind, may be null; how a funded
 *                     (frozen) campaign is evaluated again
 */
public record CampaignDraft(Integer year, EvaluationKind kind, String title, LocalDate asOf, String regionPrefix,
                            Long correctsCampaignId) {

    /** A draft that corrects no campaign: the shape of 1.0, kept so that code built against it still links. */
    public CampaignDraft(Integer year, EvaluationKind kind, String title, LocalDate asOf, String regionPrefix) {
        this(year, kind, title, asOf, regionPrefix, null);
    }
}
