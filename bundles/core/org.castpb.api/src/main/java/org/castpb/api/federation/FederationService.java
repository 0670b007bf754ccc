package org.castpb.api.federation;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Upward reporting between castpb instances. A child writes each report to its outbox in its own database before
 * sending it, and sends the outbox oldest first, retrying with growing pauses until the parent acknowledges; the
 * parent stores a report id once. So a parent that is down receives every report when it is back, in order, once.
 */
@ProviderType
public interface FederationService {

    /** This instance's identity. */
    InstanceIdentity instance();

    /**
     * Makes this instance's report as of {@code asOf} and writes it to the outbox (administrators of this instance);
     * it is sent at once if the parent answers. Refused (422 NO_PARENT) when no parent is configured.
     */
    OutboxEntry report(Actor actor, LocalDate asOf);

    /** The outbox, newest first. */
    Page<OutboxEntry> outbox(Actor actor, int offset, int limit);

    /** Sends what is due in the outbox now, oldest first, stopping at the first failure; returns how many were settled. */
    int deliver();

    /**
     * At the parent: stores a child's report once. The child must be registered (403 UNKNOWN_INSTANCE) with the
     * report's region (403 INSTANCE_REGION_MISMATCH), and the actor's scope must hold that region (a reporting account
     * of a province reports for that province only); the report is checked before anything is stored.
     */
    Receipt receive(Actor actor, UpwardReport report);

    /**
     * At the parent: registers a child instance (or changes its level, region or name), so that its reports are
     * accepted; administrators whose scope holds the child's region. Refused with 422 naming each bad field.
     */
    ChildRegistration registerChild(Actor actor, String instanceId, InstanceLevel level, String regionCode, String displayName);

    /** At the parent: the registered child instances in the actor's scope. */
    List<ChildRegistration> registeredChildren(Actor actor);

    /**
     * At the parent: removes a child's registration; its reports already received stay, further ones are refused
     * (404 for a child outside the actor's scope or not registered).
     */
    void removeChild(Actor actor, String instanceId);

    /**
     * At the parent: the child instances in the actor's scope with their latest report: the registered ones (those
     * that never reported with no report and overdue) and any whose reports the parent holds.
     */
    List<ChildInstance> children(Actor actor);

    /** At the parent: a child's reports, newest first (404 for a child outside the actor's scope or unknown). */
    Page<UpwardReport> reports(Actor actor, String instanceId, int offset, int limit);

    /** At the parent: its own coverage as of {@code asOf} with every child's latest reported figures added. */
    FederationOverview overview(Actor actor, LocalDate asOf);

    /** At the parent: a child's coverage totals report by report, oldest first: its trend (404 as for reports). */
    List<ReportedFigures> history(Actor actor, String instanceId);

    /** At the parent: the societies of a child's latest report, as reported (404 as for reports). */
    List<ReportedSociety> reportedSocieties(Actor actor, String instanceId);
}
