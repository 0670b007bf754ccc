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
 */
public record CampaignDraft(Integer year, EvaluationKind kind, String title, LocalDate asOf, String regionPrefix) {
}
