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
    /** Code of a step dated before the previous one (or the case's opening), or of a kind that comes earlier in the order. */
    String STEP_OUT_OF_ORDER = "STEP_OUT_OF_ORDER";
    /** Code of a persuasion to leave or a removal before an improvement deadline has passed. */
    String DEADLINE_NOT_PASSED = "DEADLINE_NOT_PASSED";
    /** Code of a result the case's steps do not support (PERSUADED_TO_LEAVE without the persuasion, IMPROVED with none). */
    String RESULT_WITHOUT_STEP = "RESULT_WITHOUT_STEP";
    /** Code of a second open case for one member. */
    String CASE_EXISTS = "CASE_EXISTS";

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

    /** Closes an open case on {@code on} with how it was handled, if still at {@code expectedVersion}; its result is OTHER. */
    default UnqualifiedCase closeCase(Actor actor, long id, long expectedVersion, LocalDate on, String outcome) {
        return closeCase(actor, id, expectedVersion, on, CaseResult.OTHER, outcome);
    }

    /** One case in scope, with its steps. */
    UnqualifiedCase getCase(Actor actor, long id);

    /**
     * Opens a case by hand for a member on the roll of an organisation in scope (a member absent from organisational
     * life for the rule set's months, say) on {@code on}, with the reason; refused with {@link #CASE_EXISTS} while the
     * member has an open case, {@link #NOT_A_MEMBER} for a member not on a roll.
     */
    UnqualifiedCase openCase(Actor actor, long memberId, LocalDate on, String reason);

    /**
     * Opens a case on {@code on} for each candidate the organisational-life alerts list in scope (an open
     * UNQUALIFIED_CANDIDATE alert: a member absent without reason for the rule set's months) who is on a roll and has no
     * open case, with the alert's message as the reason; returns the cases opened (none where this instance keeps no
     * organisational life).
     */
    List<UnqualifiedCase> openCasesForCandidates(Actor actor, LocalDate on);

    /**
     * Records the next step of an open case if still at {@code expectedVersion}. Steps go in order (a step dated before
     * the previous one or of an earlier kind: {@link #STEP_OUT_OF_ORDER}); a persuasion to leave or a removal needs an
     * improvement deadline that passed before it ({@link #DEADLINE_NOT_PASSED}), a removal a persuasion before it. A
     * removal closes the case as REMOVED and takes the member off the roll as REMOVED in the registry, in the same
     * transaction, with the member's history.
     */
    UnqualifiedCase recordStep(Actor actor, long id, long expectedVersion, CaseStepDraft step);

    /**
     * Closes an open case on {@code on} with its result and a note, if still at {@code expectedVersion}. IMPROVED needs
     * a step taken, PERSUADED_TO_LEAVE a persuasion to leave (the member then leaves the roll as REMOVED, in the same
     * transaction), REMOVED is recorded by the removal step ({@link #RESULT_WITHOUT_STEP} otherwise); the note is
     * required.
     */
    UnqualifiedCase closeCase(Actor actor, long id, long expectedVersion, LocalDate on, CaseResult result, String note);

    /** The case's audit trail, oldest first. */
    List<AuditEntry> caseHistory(Actor actor, long id);

    /** The grades of the rounds in scope (of {@code year}, or all) as CSV with Chinese headers, one row per member. */
    String exportCsv(Actor actor, Integer year);
}
