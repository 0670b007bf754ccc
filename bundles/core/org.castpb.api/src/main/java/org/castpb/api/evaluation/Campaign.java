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
 */
public record Campaign(long id, int year, EvaluationKind kind, String title, LocalDate asOf, String regionPrefix,
                       CampaignStatus status, String createdBy, Instant createdAt, Instant startedAt,
                       Instant finishedAt, int societies, int evaluated, int passed, int failed, int incomplete,
                       int moduleErrors, long version) {
}
