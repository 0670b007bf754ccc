package org.castpb.api.members;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;
import org.castpb.api.AuditEntry;
import org.castpb.api.Page;
import org.castpb.api.sql.Sql;

/**
 * The member registry of the party organisations. Reads need a castpb role and see the members of organisations
 * covering a society in the actor's scope (others read as not found); writes need a records writer's role or a
 * society secretary's, within the scope ({@code OUT_OF_SCOPE} outside it). Every change is recorded in the member's
 * history. Lists and single reads mask the citizen ID and the phone; only {@link #personalData} shows them.
 */
@ProviderType
public interface MemberService {

    /** Code of a second BELONGS registration of a person already belonging elsewhere; the message names the first. */
    String SECOND_AFFILIATION = "SECOND_AFFILIATION";
    /** Code of a registration of a person already on the organisation's roll. */
    String ALREADY_ON_ROLL = "ALREADY_ON_ROLL";
    /** Code of a date of joining before the date of birth. */
    String JOINED_BEFORE_BIRTH = "JOINED_BEFORE_BIRTH";
    /** Code of a birth date that disagrees with the one the citizen ID encodes. */
    String BIRTH_DATE_MISMATCH = "BIRTH_DATE_MISMATCH";
    /** Code of a change to a member who is no longer on the roll. */
    String NOT_ON_ROLL = "NOT_ON_ROLL";

    /** Registers a member; refused with the codes above, nothing written. */
    Member register(Actor actor, MemberDraft draft);

    /** One member, masked. */
    Member get(Actor actor, long id);

    /**
     * One member with the citizen ID and phone in full, for an actor who may change the member's organisation (a
     * viewer sees masked data only); every such read is written to the disclosure log with {@code door}.
     */
    Member personalData(Actor actor, long id, String door);

    /** Members in scope matching the query, by name then id, masked. */
    Page<Member> list(Actor actor, MemberQuery query);

    /** Changes a registered member (not the organisation: that is a transfer) if still at {@code expectedVersion}. */
    Member update(Actor actor, long id, long expectedVersion, MemberDraft draft);

    /** Records that a member died or was removed (除名, 出党) on {@code on}, with the reason. */
    Member leave(Actor actor, long id, long expectedVersion, MemberStatus status, LocalDate on, String reason);

    /**
     * As {@link #leave(Actor, long, long, MemberStatus, LocalDate, String)}, and runs {@code alongside} on the same
     * connection in the same transaction, after the member's change and history are written: another context records
     * why the member left (an unqualified-member case's removal), and a refusal or failure of either undoes both.
     */
    Member leave(Actor actor, long id, long expectedVersion, MemberStatus status, LocalDate on, String reason, Sql.Work<?> alongside);

    /** The member's changes, oldest first, personal data masked. */
    List<AuditEntry> history(Actor actor, long id);

    /** The disclosure log of the organisations in scope, newest first; for records writers and secretaries. */
    Page<Disclosure> disclosures(Actor actor, Long memberId, int offset, int limit);

    /**
     * Reduces to counts every member who left (transferred out, removed, died) more than the configured retention
     * period ago; national administrators only (the daily job runs it as the platform).
     */
    RetentionRun applyRetention(Actor actor);
}
