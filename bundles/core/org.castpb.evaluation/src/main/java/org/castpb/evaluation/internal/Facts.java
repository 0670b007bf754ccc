package org.castpb.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.castpb.api.Actor;
import org.castpb.api.LedgerService;
import org.castpb.api.Society;
import org.castpb.api.budgets.BudgetService;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.life.MeetingService;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.matters.Opinion;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.LiaisonService;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.organisation.PendingRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what modules are given about a society, through the record and organisation services (never their
 * tables), as of the campaign's day; appraisal rounds and major matters as they stood then (see {@link #appraisalsAsOf}
 * and {@link #mattersAsOf}), so a later round or decision does not change a campaign's result. One instance per campaign run: the pending requests are read once. The
 * organisational-life services (meetings, appraisal, major matters) are each optional: one that is not installed (or
 * fails) is handed to modules as not recorded, and the campaign goes on.
 */
final class Facts {

    private static final Logger LOG = LoggerFactory.getLogger(Facts.class);

    /** The organisational-life services as bound when the run started; any may be null (not installed). */
    record LifeSources(MeetingService meetings, AppraisalService appraisals, MajorMatterService matters) {
        static final LifeSources NONE = new LifeSources(null, null, null);
    }

    private final LedgerService ledgers;
    private final PartyOrganisationService organisations;
    private final LiaisonService liaisons;
    private final Set<Long> pendingSocieties;
    private final BudgetService budgets;
    private final LifeSources life;

    Facts(LedgerService ledgers, PartyOrganisationService organisations, LiaisonService liaisons,
          EstablishmentRequestService requests) {
        this(ledgers, organisations, liaisons, requests, null, null);
    }

    /** {@code budgets} null while the budget service is not running: modules then see no budget. */
    Facts(LedgerService ledgers, PartyOrganisationService organisations, LiaisonService liaisons,
          EstablishmentRequestService requests, BudgetService budgets, LifeSources life) {
        this.budgets = budgets;
        this.ledgers = ledgers;
        this.organisations = organisations;
        this.liaisons = liaisons;
        this.pendingSocieties = requests.pending(Actor.SYSTEM).stream().map(PendingRequest::societyIds).flatMap(List::stream)
                .collect(Collectors.toUnmodifiableSet());
        this.life = life == null ? LifeSources.NONE : life;
    }

    Context of(Campaign campaign, Society society) {
        LocalDate from = LocalDate.of(campaign.year(), 1, 1);
        LocalDate end = LocalDate.of(campaign.year(), 12, 31);
        LocalDate to = campaign.asOf().isBefore(end) ? campaign.asOf() : end;
        long id = society.id();
        MeetingService meetings = life.meetings();
        AppraisalService appraisals = life.appraisals();
        MajorMatterService matters = life.matters();
        return new Context(campaign.year(), campaign.kind(), campaign.asOf(), society,
                ledgers.asOf(Actor.SYSTEM, id, campaign.asOf()), organisationsOn(organisations, campaign.asOf(), id),
                pendingSocieties.contains(id), liaisons.bySociety(Actor.SYSTEM, id, campaign.asOf()), budget(id, campaign.year()),
                read("meetings", id, meetings == null ? null : () -> meetings.societyMeetings(Actor.SYSTEM, id, from, to)),
                read("appraisals", id, appraisals == null ? null
                        : () -> appraisalsAsOf(appraisals.list(Actor.SYSTEM, null, id, campaign.year()), campaign.year(), campaign.asOf())),
                read("major matters", id, matters == null ? null : () -> mattersAsOf(matters.list(Actor.SYSTEM, id, null, to), from, to)));
    }

    /**
     * The rounds of the campaign's year as they stood on its day: a round held after the day (early next year, say) was
     * not there yet, and a round of another year never counts.
     */
    static List<AppraisalRound> appraisalsAsOf(List<AppraisalRound> rounds, int year, LocalDate asOf) {
        return rounds.stream().filter(r -> r.year() == year && !r.heldOn().isAfter(asOf)).toList();
    }

    /**
     * The matters raised up to the period's end as they stood on its last day, {@code to}: an opinion given after it is
     * not there yet, a decision after it is not taken yet (nor its breach); of them, those raised in the period or,
     * raised earlier, decided in it. A matter decided after the period therefore counts as undecided, or not at all.
     */
    static List<MajorMatter> mattersAsOf(List<MajorMatter> raisedUntilEnd, LocalDate from, LocalDate to) {
        List<MajorMatter> asOf = new ArrayList<>();
        for (MajorMatter m : raisedUntilEnd) {
            if (m.raisedOn().isAfter(to)) {
                continue;
            }
            Opinion opinion = m.opinion() != null && !m.opinion().givenOn().isAfter(to) ? m.opinion() : null;
            boolean decided = m.decidedOn() != null && !m.decidedOn().isAfter(to);
            if (m.raisedOn().isBefore(from) && !(decided && !m.decidedOn().isBefore(from))) {
                continue;
            }
            asOf.add(opinion == m.opinion() && decided == (m.decidedOn() != null) ? m
                    : new MajorMatter(m.id(), m.societyId(), m.societyName(), m.category(), m.title(), m.raisedOn(), m.amount(),
                            m.ruleSetVersion(), m.threshold(), opinion, decided ? m.decidedOn() : null, decided ? m.breach() : null,
                            m.version(), m.updatedAt(), m.updatedBy()));
        }
        return asOf;
    }

    /** What a source says, or not recorded when it is not installed or fails (logged: the campaign goes on without it). */
    private static <T> Optional<List<T>> read(String what, long societyId, Supplier<List<T>> source) {
        if (source == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(source.get());
        } catch (RuntimeException e) {
            LOG.warn("castpb evaluation: the {} of society {} could not be read and are handed to modules as not recorded: {}",
                    what, societyId, e.toString());
            return Optional.empty();
        }
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
