package org.castpb.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.castpb.api.Ledger;
import org.castpb.api.Society;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.life.Meeting;
import org.castpb.api.matters.MajorMatter;
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

    /**
     * The first day of the period whose organisational life is evaluated: 1 January of {@link #year()}.
     *
     * @since 1.1
     */
    default LocalDate periodFrom() {
        return LocalDate.of(year(), 1, 1);
    }

    /**
     * The last day of the period whose organisational life is evaluated: 31 December of {@link #year()}, or
     * {@link #asOf()} when that is earlier.
     *
     * @since 1.1
     */
    default LocalDate periodTo() {
        LocalDate end = LocalDate.of(year(), 12, 31);
        return asOf().isBefore(end) ? asOf() : end;
    }

    /**
     * The meetings held from {@link #periodFrom()} to {@link #periodTo()} by the party organisations covering the
     * society, oldest first; empty (not an empty list) when this castpb instance keeps no meeting records, so that a
     * module can tell "none held" from "not recorded here".
     *
     * @since 1.1
     */
    default Optional<List<Meeting>> meetings() {
        return Optional.empty();
    }

    /**
     * The democratic appraisal rounds of {@link #year()} of the party organisations covering the society (a round of a
     * year is often held early in the next); empty (not an empty list) when this instance keeps no appraisal records.
     *
     * @since 1.1
     */
    default Optional<List<AppraisalRound>> appraisals() {
        return Optional.empty();
    }

    /**
     * The society's major matters raised or decided from {@link #periodFrom()} to {@link #periodTo()}, each with the
     * party organisation's opinion and its breach if any; empty (not an empty list) when this instance keeps no
     * major-matter records.
     *
     * @since 1.1
     */
    default Optional<List<MajorMatter>> majorMatters() {
        return Optional.empty();
    }
}
