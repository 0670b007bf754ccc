package org.castpb.api.appraisal;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Democratic appraisal rounds and the unqualified-member cases they open. Reads need a castpb role and see the
 * organisations covering a society in the actor's scope (others read as not found); writes need a records writer's
 * role or a society secretary's, within the scope. Every change is audited.
 */
@ProviderType
public interface AppraisalService {

    /** Code of a member graded twice in one year, in this round or in an earlier one of any organisation. */
    String APPRAISED_TWICE = "APPRAISED_TWICE";
    /** Warning code: more members EXCELLENT than the rule set's share of those appraised; refused without a justification. */
    String EXCELLENT_ABOVE_SHARE = "EXCELLENT_ABOVE_SHARE";
    /** Code of a member who is not on the organisation's roll. */
    String NOT_A_MEMBER = "NOT_A_MEMBER";
    /** Code of a second round of one organisation in one year. */
    String ROUND_EXISTS = "ROUND_EXISTS";

    /**
     * Records a round; an UNQUALIFIED grade opens a case for the member. Refused (422, nothing written) with the
     * codes above, {@code REQUIRED} and {@code INVALID}.
     */
    AppraisalRound record(Actor actor, AppraisalDraft draft);

    /** One round. */
    AppraisalRound get(Actor actor, long id);

    /** Rounds in scope, newest year first; each filter may be null. */
    List<AppraisalRound> list(Actor actor, Long organisationId, Long societyId, Integer year);

    /** The round's audit trail, oldest first. */
    List<AuditEntry> history(Actor actor, long roundId);

    /** Unqualified-member cases in scope in that state (null: all), oldest first. */
    List<UnqualifiedCase> cases(Actor actor, CaseState state);

    /** Closes an open case on {@code on} with how it was handled, if still at {@code expectedVersion}. */
    UnqualifiedCase closeCase(Actor actor, long id, long expectedVersion, LocalDate on, String outcome);

    /** The grades of the rounds in scope (of {@code year}, or all) as CSV with Chinese headers, one row per member. */
    String exportCsv(Actor actor, Integer year);
}
