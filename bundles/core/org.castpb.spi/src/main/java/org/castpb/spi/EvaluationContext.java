package org.castpb.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.castpb.api.Ledger;
import org.castpb.api.Society;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.PartyOrganisation;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What castpb hands an {@link EvaluationModule}: the campaign, and one society's records as they stood on the
 * campaign's day. Everything a module may base its evaluation on is here, so that its result can be reproduced.
 */
@ProviderType
public interface EvaluationContext {

    /** The year evaluated. */
    int year();

    /** What the campaign evaluates. */
    EvaluationKind kind();

    /** The day whose records are evaluated. */
    LocalDate asOf();

    /** The society. */
    Society society();

    /** The society's ledger as of {@link #asOf()}, with its five-clears status (revision 0 when none was kept). */
    Ledger ledger();

    /**
     * The party organisations that cover the society, own or joint, by their dates on {@link #asOf()}: those
     * established after the day are left out, dissolved ones are included with their status (ACTIVE if they were
     * dissolved only after the day).
     */
    List<PartyOrganisation> organisations();

    /** Whether an establishment request that would cover the society is awaiting the party committee's decision. */
    boolean establishmentRequestPending();

    /** Liaison officers and instructors serving the society on {@link #asOf()}. */
    List<LiaisonAssignment> liaisons();

    /**
     * The society's party-work budget for {@link #year()} (2016 opinions, art. 11: party-work funding listed in the
     * management costs, rooms and facilities provided), as recorded when the campaign read the society; empty when
     * nothing is recorded for the year. A society without a budget line is one whose budget is empty or has no
     * {@link PartyWorkBudget#budgetLine()}.
     *
     * @return the recorded budget, or empty; never null
     * @since 1.1.0
     */
    default Optional<PartyWorkBudget> partyWorkBudget() {
        return Optional.empty();
    }
}
