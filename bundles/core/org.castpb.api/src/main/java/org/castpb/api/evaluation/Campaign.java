package org.castpb.api.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An evaluation campaign and its progress.
 *
 * @param id           castpb's identifier
 * @param year         the year evaluated
 * @param kind         what is evaluated
 * @param title        title for people
 * @param asOf         the day whose records are evaluated
 * @param regionPrefix GB/T 2260 prefix of the societies evaluated, empty for all
 * @param status       created, running, completed or interrupted
 * @param createdBy    who opened it
 * @param createdAt    when
 * @param startedAt    when its last run started, null if never run
 * @param finishedAt   when its last run ended, null while running or never run
 * @param societies    societies in its last run
 * @param evaluated    societies evaluated so far in its last run
 * @param passed       of those, how many passed
 * @param failed       how many failed
 * @param incomplete   how many have no verdict because a module failed to answer or none applied
 * @param moduleErrors module results recorded as ERROR in its last run
 * @param version      optimistic-locking version
 * @param correctsCampaignId the campaign this one corrects (a funded campaign is frozen, so its correction is a
 *                     new campaign), null for none
 */
public record Campaign(long id, int year, EvaluationKind kind, String title, LocalDate asOf, String regionPrefix,
                       CampaignStatus status, String createdBy, Instant createdAt, Instant startedAt,
                       Instant finishedAt, int societies, int evaluated, int passed, int failed, int incomplete,
                       int moduleErrors, long version, Long correctsCampaignId) {

    /** A campaign that corrects none: the shape of 1.0, kept so that code built against it still links. */
    public Campaign(long id, int year, EvaluationKind kind, String title, LocalDate asOf, String regionPrefix,
                    CampaignStatus status, String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt,
                    int societies, int evaluated, int passed, int failed, int incomplete, int moduleErrors, long version) {
        this(id, year, kind, title, asOf, regionPrefix, status, createdBy, createdAt, startedAt, finishedAt, societies,
                evaluated, passed, failed, incomplete, moduleErrors, version, null);
    }
}
