package org.castpb.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.castpb.api.Actor;
import org.castpb.api.LedgerService;
import org.castpb.api.Society;
import org.castpb.api.budgets.BudgetService;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.LiaisonService;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.organisation.PendingRequest;

/**
 * Reads what modules are given about a society, through the record and organisation services (never their
 * tables), as of the campaign's day. One instance per campaign run: the pending requests are read once.
 */
final class Facts {

    private final LedgerService ledgers;
    private final PartyOrganisationService organisations;
    private final LiaisonService liaisons;
    private final Set<Long> pendingSocieties;
    private final BudgetService budgets;

    Facts(LedgerService ledgers, PartyOrganisationService organisations, LiaisonService liaisons,
          EstablishmentRequestService requests) {
        this(ledgers, organisations, liaisons, requests, null);
    }

    /** {@code budgets} null while the budget service is not running: modules then see no budget. */
    Facts(LedgerService ledgers, PartyOrganisationService organisations, LiaisonService liaisons,
          EstablishmentRequestService requests, BudgetService budgets) {
        this.budgets = budgets;
        this.ledgers = ledgers;
        this.organisations = organisations;
        this.liaisons = liaisons;
        this.pendingSocieties = requests.pending(Actor.SYSTEM).stream().map(PendingRequest::societyIds).flatMap(List::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    Context of(Campaign campaign, Society society) {
        return new Context(campaign.year(), campaign.kind(), campaign.asOf(), society,
                ledgers.asOf(Actor.SYSTEM, society.id(), campaign.asOf()), organisationsOn(organisations, campaign.asOf(), society.id()),
                pendingSocieties.contains(society.id()), liaisons.bySociety(Actor.SYSTEM, society.id(), campaign.asOf()),
                budget(society.id(), campaign.year()));
    }

    private Optional<PartyWorkBudget> budget(long societyId, int year) {
        if (budgets == null) {
            return Optional.empty();
        }
        return budgets.bySociety(Actor.SYSTEM, societyId).stream().filter(b -> b.year() == year).findFirst();
    }

    /**
     * The organisations covering the society on the day, by their dates (valid time, as the coverage counts them):
     * those established after the day are left out, and one dissolved after the day is shown as it stood then,
     * ACTIVE.
     */
    static List<PartyOrganisation> organisationsOn(PartyOrganisationService organisations, LocalDate day, long societyId) {
        List<PartyOrganisation> on = new ArrayList<>();
        for (PartyOrganisation o : organisations.bySociety(Actor.SYSTEM, societyId)) {
            if (o.establishedOn().isAfter(day)) {
                continue;
            }
            if (o.dissolvedOn() != null && o.dissolvedOn().isAfter(day)) {
                o = new PartyOrganisation(o.id(), o.name(), o.type(), o.parentId(), o.societyIds(), o.secretary(),
                        o.formalMembers(), o.probationaryMembers(), o.committeeSize(), o.establishedOn(),
                        o.termStartsOn(), o.termEndsOn(), o.note(), OrganisationStatus.ACTIVE, null, o.version(),
                        o.updatedAt(), o.updatedBy());
            }
            on.add(o);
        }
        return on;
    }
}
