package org.castpb.plugin.evaluation.national.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerSection;
import org.castpb.api.SectionStatus;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;

/**
 * The criteria of CAST's national standard and its one-vote veto. Immutable and without a clock: the context is all
 * it reads, so the same context gives the same evaluation, from any number of threads.
 */
final class NationalStandard {

    static final String LEDGER_FIVE_CLEARS = "LEDGER_FIVE_CLEARS";
    static final String ORGANISATION_ESTABLISHED = "ORGANISATION_ESTABLISHED";
    static final String CHARTER_PARTY_BUILDING = "CHARTER_PARTY_BUILDING";
    static final String ORGANISATION_TERM = "ORGANISATION_TERM";
    static final String ORGANISATIONAL_LIFE = "ORGANISATIONAL_LIFE";

    /** A committee speaks for a society before a general branch, a branch or a joint branch (enum order). */
    private static final Comparator<PartyOrganisation> PRINCIPAL_FIRST = Comparator
            .comparing(PartyOrganisation::type)
            .thenComparing(PartyOrganisation::establishedOn)
            .thenComparingLong(PartyOrganisation::id);

    private final NationalRules rules;

    NationalStandard(NationalRules rules) {
        this.rules = rules;
    }

    Evaluation evaluate(EvaluationContext context) {
        List<PartyOrganisation> organisations = activeOrganisations(context);
        List<Finding> findings = List.of(
                ledger(context),
                organisationEstablished(context, organisations),
                charter(context),
                term(context, organisations.stream().min(PRINCIPAL_FIRST)),
                organisationalLife(context, organisations.stream().min(PRINCIPAL_FIRST)));
        String veto = veto(context, organisations);
        if (veto != null) {
            return Evaluation.vetoed(findings, veto);
        }
        int points = findings.stream().mapToInt(Finding::points).sum();
        int maxPoints = findings.stream().mapToInt(Finding::maxPoints).sum();
        return Evaluation.of(rules.grade(points, maxPoints), findings);
    }

    private Finding ledger(EvaluationContext context) {
        String title = "Ledger with the five clears";
        Ledger ledger = context.ledger();
        int weight = rules.ledgerWeight();
        if (ledger.clear()) {
            return Finding.met(LEDGER_FIVE_CLEARS, title, weight,
                    "Ledger revision " + ledger.revision() + " is clear in all five sections on " + context.asOf() + ".");
        }
        if (ledger.revision() == 0) {
            return Finding.missed(LEDGER_FIVE_CLEARS, title, weight,
                    "No ledger is kept for the society on " + context.asOf() + ": all five sections are missing.");
        }
        Map<LedgerSection, SectionStatus> bySection = new EnumMap<>(LedgerSection.class);
        ledger.sections().forEach(s -> bySection.put(s.section(), s));
        List<String> unclear = new ArrayList<>();
        int clear = 0;
        for (LedgerSection section : LedgerSection.values()) {
            SectionStatus status = bySection.get(section);
            if (status != null && status.clear()) {
                clear++;
            } else {
                unclear.add(sectionName(section) + " (" + (status == null || status.missing().isEmpty()
                        ? "not recorded" : "missing " + String.join(", ", status.missing())) + ")");
            }
        }
        int sections = LedgerSection.values().length;
        int points = weight * clear / sections;
        return new Finding(LEDGER_FIVE_CLEARS, title, points, weight, "Ledger revision " + ledger.revision() + " on "
                + context.asOf() + ": " + clear + " of " + sections + " sections clear, " + points + " of " + weight
                + " points. Not clear: " + String.join("; ", unclear) + ".");
    }

    private Finding organisationEstablished(EvaluationContext context, List<PartyOrganisation> organisations) {
        String title = "Party organisation established";
        int weight = rules.organisationWeight();
        LocalDate deadline = rules.organisationDeadline();
        if (!organisations.isEmpty()) {
            PartyOrganisation earliest = organisations.stream()
                    .min(Comparator.comparing(PartyOrganisation::establishedOn).thenComparingLong(PartyOrganisation::id)).get();
            if (!earliest.establishedOn().isAfter(deadline)) {
                return Finding.met(ORGANISATION_ESTABLISHED, title, weight, describe(earliest) + " established on "
                        + earliest.establishedOn() + ", on or before the deadline " + deadline + ".");
            }
            // A reorganisation (a branch replaced by a committee, say) keeps the coverage the society had on the deadline.
            Optional<PartyOrganisation> predecessor = context.organisations().stream()
                    .filter(NationalStandard::ownOrJoint)
                    .filter(o -> coveredOn(o, deadline))
                    .min(Comparator.comparing(PartyOrganisation::establishedOn).thenComparingLong(PartyOrganisation::id));
            if (predecessor.isPresent()) {
                PartyOrganisation p = predecessor.get();
                return Finding.met(ORGANISATION_ESTABLISHED, title, weight, describe(earliest) + " established on "
                        + earliest.establishedOn() + " succeeds " + describe(p) + ", established on " + p.establishedOn()
                        + " and dissolved on " + p.dissolvedOn() + ", which covered the society on the deadline " + deadline + ".");
            }
            return new Finding(ORGANISATION_ESTABLISHED, title, rules.organisationLatePoints(), weight, describe(earliest)
                    + " established late: on " + earliest.establishedOn() + ", after the deadline " + deadline + ".");
        }
        List<String> workCoverage = workCoverage(context);
        if (!workCoverage.isEmpty()) {
            return new Finding(ORGANISATION_ESTABLISHED, title, rules.workCoveragePoints(), weight,
                    "No party organisation of its own or joint branch on " + context.asOf() + "; work coverage only, by "
                            + String.join(", ", workCoverage) + ".");
        }
        if (context.establishmentRequestPending()) {
            return new Finding(ORGANISATION_ESTABLISHED, title, rules.pendingRequestPoints(), weight,
                    "No party organisation, work group, liaison officer or instructor on " + context.asOf()
                            + "; an establishment request awaits the party committee's decision.");
        }
        return Finding.missed(ORGANISATION_ESTABLISHED, title, weight, "No party organisation, work group, liaison officer "
                + "or instructor on " + context.asOf() + ", and no establishment request pending.");
    }

    private Finding charter(EvaluationContext context) {
        String title = "Party building written into the charter";
        Boolean inCharter = context.society().partyBuildingInCharter();
        if (inCharter == null) {
            return Finding.missed(CHARTER_PARTY_BUILDING, title, rules.charterWeight(),
                    "Whether party building is written into the society's charter is not recorded.");
        }
        return inCharter
                ? Finding.met(CHARTER_PARTY_BUILDING, title, rules.charterWeight(), "Party building is written into the society's charter.")
                : Finding.missed(CHARTER_PARTY_BUILDING, title, rules.charterWeight(), "Party building is not written into the society's charter.");
    }

    private Finding term(EvaluationContext context, Optional<PartyOrganisation> principal) {
        String title = "Organisation's term current";
        int weight = rules.termWeight();
        if (principal.isEmpty()) {
            return Finding.missed(ORGANISATION_TERM, title, weight,
                    "No party organisation of its own or joint branch on " + context.asOf() + ", so no term to keep.");
        }
        PartyOrganisation o = principal.get();
        if (o.termEndsOn() == null) {
            return Finding.met(ORGANISATION_TERM, title, weight, describe(o) + ": no end of term is recorded.");
        }
        if (!o.termEndsOn().isBefore(context.asOf())) {
            return Finding.met(ORGANISATION_TERM, title, weight, describe(o) + ": the current term runs until "
                    + o.termEndsOn() + ".");
        }
        return Finding.missed(ORGANISATION_TERM, title, weight, describe(o) + ": the term ended on " + o.termEndsOn()
                + "; election overdue since " + o.termEndsOn().plusDays(1) + ".");
    }

    /**
     * Records of organisational life (three meetings and one lecture, organisational life meetings, democratic
     * appraisal, opinions on major matters) where this instance keeps them, out of
     * {@link NationalRules#organisationalLifeWeight()}; see {@link OrganisationalLife}.
     */
    private Finding organisationalLife(EvaluationContext context, Optional<PartyOrganisation> principal) {
        return OrganisationalLife.score(context, principal, rules.organisationalLifeWeight());
    }

    /** One-vote veto: a CAST group member still without a party organisation after the deadline (art. 5(2), 6, 13). */
    private String veto(EvaluationContext context, List<PartyOrganisation> organisations) {
        LocalDate deadline = rules.organisationDeadline();
        if (context.society().groupMemberStatus() != GroupMemberStatus.MEMBER || !context.asOf().isAfter(deadline)
                || !organisations.isEmpty()) {
            return null;
        }
        return "CAST group member without a party organisation of its own or a joint branch on " + context.asOf()
                + ", after the deadline " + deadline + " for group members (a work group, a liaison officer or instructor, "
                + "or a pending establishment request does not count).";
    }

    /** Active organisations that give organisation coverage: own or joint, not a work group. */
    private static List<PartyOrganisation> activeOrganisations(EvaluationContext context) {
        return context.organisations().stream()
                .filter(NationalStandard::ownOrJoint)
                .filter(o -> o.status() == OrganisationStatus.ACTIVE)
                .sorted(Comparator.comparingLong(PartyOrganisation::id))
                .toList();
    }

    private static boolean ownOrJoint(PartyOrganisation o) {
        return o.type() != OrganisationType.WORK_GROUP;
    }

    private static boolean coveredOn(PartyOrganisation o, LocalDate day) {
        return !o.establishedOn().isAfter(day) && (o.dissolvedOn() == null || o.dissolvedOn().isAfter(day));
    }

    private static List<String> workCoverage(EvaluationContext context) {
        List<String> coverage = new ArrayList<>();
        context.organisations().stream()
                .filter(o -> o.type() == OrganisationType.WORK_GROUP && o.status() == OrganisationStatus.ACTIVE)
                .sorted(Comparator.comparingLong(PartyOrganisation::id))
                .forEach(o -> coverage.add(describe(o)));
        context.liaisons().stream()
                .filter(l -> l.servesOn(context.asOf()))
                .sorted(Comparator.comparingLong(LiaisonAssignment::id))
                .forEach(l -> coverage.add(kindName(l) + " " + l.name() + " (since " + l.fromDate() + ")"));
        return coverage;
    }

    private static String describe(PartyOrganisation o) {
        return o.type().name().toLowerCase().replace('_', ' ') + " " + o.name();
    }

    private static String kindName(LiaisonAssignment l) {
        return l.kind().name().toLowerCase().replace('_', ' ');
    }

    private static String sectionName(LedgerSection section) {
        return switch (section) {
            case OPERATIONS -> "operations";
            case STAFF -> "staff";
            case PARTY_MEMBERS -> "party members";
            case LEADERS -> "leaders";
            case NO_ORGANISATION_REASON -> "reason for no party organisation";
        };
    }
}
