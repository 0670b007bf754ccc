package org.castpb.api.organisation;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the party organisations of the societies. Every change appends a dated history entry, so an
 * organisation can be read as it stood at the end of any (Beijing) date. New organisations normally come
 * from an approved {@link EstablishmentRequestService establishment request}; {@link #create} records one
 * that exists already. Refusals use the {@code org.castpb.api} exceptions.
 *
 * <p>An organisation is in an actor's {@link org.castpb.api.Scope} when a society it covers now is: reads of one
 * outside it refuse with NotFoundException, lists leave it out, and a change needs every society it covers (before
 * and after) in scope, else ForbiddenException {@code OUT_OF_SCOPE}.
 */
@ProviderType
public interface PartyOrganisationService {

    /** Code of the {@link org.castpb.api.ConflictException} refusing to change a dissolved organisation. */
    String ALREADY_DISSOLVED = "ALREADY_DISSOLVED";

    /** Records an existing organisation; refuses with ValidationException (each bad field, unknown societies or parent) and ForbiddenException unless the actor may decide establishment requests for all its societies (a national society: national-admin or admin only). */
    PartyOrganisation create(Actor actor, PartyOrganisationDraft draft);

    /** Reads one organisation; refuses with NotFoundException. */
    PartyOrganisation get(Actor actor, long id);

    /** The organisation as it stood at the end of {@code date} (Beijing); refuses with NotFoundException when unknown or not yet recorded then. */
    PartyOrganisation asOf(Actor actor, long id, LocalDate date);

    /** Replaces its writable fields; refuses with StaleVersionException, NotFoundException, ValidationException, ConflictException ALREADY_DISSOLVED, ForbiddenException unless a records writer. */
    PartyOrganisation update(Actor actor, long id, long expectedVersion, PartyOrganisationDraft draft);

    /** Dissolves it from {@code dissolvedOn} with a required reason; refuses like {@link #update}. */
    PartyOrganisation dissolve(Actor actor, long id, long expectedVersion, LocalDate dissolvedOn, String reason);

    /** Its history, oldest first: who changed what when, before and after; refuses with NotFoundException. */
    List<AuditEntry> history(Actor actor, long id);

    /** The organisations (active or dissolved) recorded as covering a society, ordered by id; none for a society outside the actor's scope; never refuses. */
    List<PartyOrganisation> bySociety(Actor actor, long societyId);

    /** The organisations in scope directly under one, ordered by id; refuses with NotFoundException. */
    List<PartyOrganisation> children(Actor actor, long id);

    /** Ids of the societies in the actor's scope an active organisation covered on {@code date}, ascending; never refuses. */
    List<Long> coveredSocieties(Actor actor, LocalDate date);

    /** The rule warnings for the organisation as it stood at the end of {@code asOf}, by the rule set in force then; refuses with NotFoundException. */
    List<RuleWarning> check(Actor actor, long id, LocalDate asOf);

    /** The rule warnings a draft would raise on {@code asOf}; refuses with ValidationException when the draft is invalid. */
    List<RuleWarning> check(PartyOrganisationDraft draft, LocalDate asOf);

    /** Every rule-set version in use, oldest first (built-in defaults and configured ones): set per instance by its administrators, read by anyone. */
    List<RuleSet> ruleSets();
}
