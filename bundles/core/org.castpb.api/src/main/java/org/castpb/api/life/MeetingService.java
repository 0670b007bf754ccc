package org.castpb.api.life;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The meetings of the party organisations. Reads need a castpb role and see the meetings of organisations covering a
 * society in the actor's scope (others read as not found); writes need a records writer's role or a society
 * secretary's, within the scope ({@code OUT_OF_SCOPE} outside it). Every change is audited in the meeting's history.
 */
@ProviderType
public interface MeetingService {

    /** Code of a meeting dated after today. */
    String FUTURE_DATE = "FUTURE_DATE";
    /** Code of an attendee or absentee who is not on the organisation's roll (as member or participant). */
    String NOT_A_MEMBER = "NOT_A_MEMBER";
    /** Code of a member listed twice on one meeting (present and absent, or twice either way). */
    String LISTED_TWICE = "LISTED_TWICE";

    /** Records a meeting; refused with the codes above, nothing written. */
    Meeting record(Actor actor, MeetingDraft draft);

    /**
     * Records several meetings in one transaction, all or none (an import, the demo data): each checked as by
     * {@link #record}, a refusal naming the meeting by its index, e.g. {@code meetings[3].heldOn}.
     *
     * @return how many were recorded
     */
    int recordAll(Actor actor, List<MeetingDraft> drafts);

    /** Corrects a meeting if still at {@code expectedVersion} (its organisation stays). */
    Meeting update(Actor actor, long id, long expectedVersion, MeetingDraft draft);

    /** One meeting. */
    Meeting get(Actor actor, long id);

    /** Meetings in scope matching the query, newest first. */
    Page<Meeting> list(Actor actor, MeetingQuery query);

    /**
     * Every meeting of one organisation held from {@code from} to {@code to} inclusive, oldest first (not found when
     * the organisation is out of scope).
     */
    List<Meeting> meetings(Actor actor, long organisationId, LocalDate from, LocalDate to);

    /**
     * Every meeting held from {@code from} to {@code to} inclusive by the party organisations covering the society
     * (as their coverage stands now), oldest first (not found when the society is out of scope).
     */
    List<Meeting> societyMeetings(Actor actor, long societyId, LocalDate from, LocalDate to);

    /** The meeting's changes, oldest first. */
    List<AuditEntry> history(Actor actor, long id);
}
