package org.castpb.api.organisation;

import java.time.Instant;
import java.util.List;

/**
 * A society's request (报批) to the Societies Party Committee to approve a new party organisation.
 *
 * @param id             its identifier
 * @param draft          the organisation asked for
 * @param state          where it stands
 * @param warnings       the rule warnings found when it was last submitted or checked
 * @param acceptances    the warnings an approver accepted, with the justification
 * @param transitions    every step, oldest first
 * @param organisationId the organisation created by its approval, or null
 * @param submittedAt    when it was last submitted, or null
 * @param version        the optimistic-locking version; every step increments it
 */
public record EstablishmentRequest(
        long id,
        PartyOrganisationDraft draft,
        RequestState state,
        List<RuleWarning> warnings,
        List<WarningAcceptance> acceptances,
        List<RequestTransition> transitions,
        Long organisationId,
        Instant submittedAt,
        long version) {

    public EstablishmentRequest {
        warnings = List.copyOf(warnings);
        acceptances = List.copyOf(acceptances);
        transitions = List.copyOf(transitions);
    }
}
