package org.castpb.plugin.evaluation.zhejiang.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.castpb.api.Ledger;
import org.castpb.api.LedgerSection;
import org.castpb.api.SectionStatus;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.text.FieldLabels;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;

/**
 * The Zhejiang association's criteria. Like the national standard it checks the ledger, the organisation, the charter
 * and the term, with its own weights; unlike it, dispatched liaison officers and instructors earn a criterion of their
 * own (and so do not also count as work coverage), and it never vetoes. Stateless and clock-free.
 */
final class ZhejiangStandard {

    static final String LEDGER_FIVE_CLEARS = "LEDGER_FIVE_CLEARS";
    static final String ORGANISATION_ESTABLISHED = "ORGANISATION_ESTABLISHED";
    static final String CHARTER_PARTY_BUILDING = "CHARTER_PARTY_BUILDING";
    static final String ORGANISATION_TERM = "ORGANISATION_TERM";
    static final String INSTRUCTOR_DISPATCHED = "INSTRUCTOR_DISPATCHED";
    static final String MAJOR_MATTERS_OPINION_FIRST = "MAJOR_MATTERS_OPINION_FIRST";

    private static final Comparator<PartyOrganisation> EARLIEST =
            Comparator.comparing(PartyOrganisation::establishedOn).thenComparingLong(PartyOrganisation::id);

    private final ZhejiangRules rules;

    ZhejiangStandard(ZhejiangRules rules) {
        this.rules = rules;
    }

    Evaluation evaluate(EvaluationContext context) {
        List<PartyOrganisation> active = context.organisations().stream()
                .filter(o -> o.type() != OrganisationType.WORK_GROUP && o.status() == OrganisationStatus.ACTIVE)
                .toList();
        List<Finding> findings = List.of(ledger(context), organisation(context, active), charter(context),
                term(context, active), instructor(context), majorMatters(context));
        int points = findings.stream().mapToInt(Finding::points).sum();
        int maxPoints = findings.stream().mapToInt(Finding::maxPoints).sum();
        return Evaluation.of(rules.grade(points, maxPoints), findings);
    }

    private Finding ledger(EvaluationContext context) {
        String title = "Ledger with the five clears";
        Ledger ledger = context.ledger();
        int weight = rules.ledgerWeight();
        if (ledger.clear()) {
            return Finding.met(LEDGER_FIVE_CLEARS, title, weight, "Ledger revision " + ledger.revision() + " is clear in all five sections.");
        }
        List<String> unclear = new ArrayList<>();
        for (LedgerSection section : LedgerSection.values()) {
            Optional<SectionStatus> status = ledger.sections().stream().filter(s -> s.section() == section).findFirst();
            if (status.isEmpty() || !status.get().clear()) {
                unclear.add(section.name().toLowerCase().replace('_', ' ') + status.filter(s -> !s.missing().isEmpty())
                        .map(s -> " (missing " + String.join(", ", s.missing().stream()
                                .map(field -> FieldLabels.of(field, Locale.ENGLISH)).toList()) + ")").orElse(""));
            }
        }
        int sections = LedgerSection.values().length;
        int clear = ledger.revision() == 0 ? 0 : sections - unclear.size();
        int points = weight * clear / sections;
        String kept = ledger.revision() == 0 ? "No ledger is kept" : "Ledger revision " + ledger.revision();
        return new Finding(LEDGER_FIVE_CLEARS, title, points, weight, kept + " on " + context.asOf() + ": " + clear + " of "
                + sections + " sections clear, " + points + " of " + weight + " points. Not clear: " + String.join("; ", unclear) + ".");
    }

    private Finding organisation(EvaluationContext context, List<PartyOrganisation> active) {
        String title = "Party organisation established";
        int weight = rules.organisationWeight();
        LocalDate deadline = rules.organisationDeadline();
        Optional<PartyOrganisation> earliest = active.stream().min(EARLIEST);
        if (earliest.isPresent()) {
            PartyOrganisation o = earliest.get();
            // coverage held on the deadline by an organisation since replaced (a branch become a committee) still counts
            boolean coveredOnDeadline = context.organisations().stream().anyMatch(p -> p.type() != OrganisationType.WORK_GROUP
                    && !p.establishedOn().isAfter(deadline) && (p.dissolvedOn() == null || p.dissolvedOn().isAfter(deadline)));
            return coveredOnDeadline
                    ? Finding.met(ORGANISATION_ESTABLISHED, title, weight, describe(o) + " established on " + o.establishedOn()
                            + "; the society had a party organisation on the deadline " + deadline + ".")
                    : new Finding(ORGANISATION_ESTABLISHED, title, rules.organisationLatePoints(), weight, describe(o)
                            + " established late: on " + o.establishedOn() + ", after the deadline " + deadline + ".");
        }
        Optional<PartyOrganisation> workGroup = context.organisations().stream()
                .filter(o -> o.type() == OrganisationType.WORK_GROUP && o.status() == OrganisationStatus.ACTIVE).min(EARLIEST);
        if (workGroup.isPresent()) {
            return new Finding(ORGANISATION_ESTABLISHED, title, rules.workGroupPoints(), weight, "No party organisation of its own "
                    + "or joint branch on " + context.asOf() + "; " + describe(workGroup.get()) + " only.");
        }
        if (context.establishmentRequestPending()) {
            return new Finding(ORGANISATION_ESTABLISHED, title, rules.pendingRequestPoints(), weight, "No party organisation or "
                    + "work group on " + context.asOf() + "; an establishment request awaits the party committee's decision.");
        }
        return Finding.missed(ORGANISATION_ESTABLISHED, title, weight, "No party organisation or work group on " + context.asOf()
                + ", and no establishment request pending.");
    }

    private Finding charter(EvaluationContext context) {
        String title = "Party building written into the charter";
        Boolean inCharter = context.society().partyBuildingInCharter();
        if (Boolean.TRUE.equals(inCharter)) {
            return Finding.met(CHARTER_PARTY_BUILDING, title, rules.charterWeight(), "Party building is written into the society's charter.");
        }
        return Finding.missed(CHARTER_PARTY_BUILDING, title, rules.charterWeight(), inCharter == null
                ? "Whether party building is written into the society's charter is not recorded."
                : "Party building is not written into the society's charter.");
    }

    /** The term of the principal organisation: a committee before a general branch, a branch, a joint branch. */
    private Finding term(EvaluationContext context, List<PartyOrganisation> active) {
        String title = "Organisation's term current";
        Optional<PartyOrganisation> principal = active.stream()
                .min(Comparator.comparing(PartyOrganisation::type).thenComparing(EARLIEST));
        if (principal.isEmpty()) {
            return Finding.missed(ORGANISATION_TERM, title, rules.termWeight(),
                    "No party organisation of its own or joint branch on " + context.asOf() + ", so no term to keep.");
        }
        PartyOrganisation o = principal.get();
        if (o.termEndsOn() == null || !o.termEndsOn().isBefore(context.asOf())) {
            return Finding.met(ORGANISATION_TERM, title, rules.termWeight(), describe(o)
                    + (o.termEndsOn() == null ? ": no end of term is recorded." : ": the current term runs until " + o.termEndsOn() + "."));
        }
        return Finding.missed(ORGANISATION_TERM, title, rules.termWeight(), describe(o) + ": the term ended on " + o.termEndsOn()
                + "; election overdue since " + o.termEndsOn().plusDays(1) + ".");
    }

    /** Zhejiang's own criterion: a liaison officer or instructor dispatched to the society serves it on the day. */
    private Finding instructor(EvaluationContext context) {
        String title = "Liaison officer or instructor dispatched";
        List<String> serving = context.liaisons().stream()
                .filter(l -> l.servesOn(context.asOf()))
                .sorted(Comparator.comparingLong(LiaisonAssignment::id))
                .map(l -> l.kind().name().toLowerCase().replace('_', ' ') + " " + l.name() + " (since " + l.fromDate()
                        + (l.dispatchedBy() == null ? "" : ", dispatched by " + l.dispatchedBy()) + ")")
                .toList();
        if (serving.isEmpty()) {
            return Finding.missed(INSTRUCTOR_DISPATCHED, title, rules.instructorWeight(),
                    "No liaison officer or instructor serves the society on " + context.asOf() + ".");
        }
        return Finding.met(INSTRUCTOR_DISPATCHED, title, rules.instructorWeight(),
                "Serving the society on " + context.asOf() + ": " + String.join(", ", serving) + ".");
    }

    private static String describe(PartyOrganisation o) {
        return o.type().name().toLowerCase().replace('_', ' ') + " " + o.name();
    }

    /**
     * Zhejiang's own criterion from castpb's organisational-life records: the party organisation studies every major
     * matter first (三重一大 前置研究). Each matter the society decided in the period counts; one decided without an
     * earlier opinion, or against a disagreeing one, costs its share.
     */
    private Finding majorMatters(EvaluationContext context) {
        String title = "Party organisation's opinion before major matters";
        Optional<List<MajorMatter>> recorded = context.majorMatters();
        if (recorded.isEmpty()) {
            return Finding.notAssessed(MAJOR_MATTERS_OPINION_FIRST, title, "Major matters are not recorded in this castpb instance.");
        }
        List<MajorMatter> decided = recorded.get().stream()
                .filter(m -> m.decidedOn() != null && !m.decidedOn().isBefore(context.periodFrom()) && !m.decidedOn().isAfter(context.periodTo()))
                .sorted(Comparator.comparingLong(MajorMatter::id)).toList();
        if (decided.isEmpty()) {
            return Finding.notAssessed(MAJOR_MATTERS_OPINION_FIRST, title, "No major matter was decided from " + context.periodFrom() + " to "
                    + context.periodTo() + ".");
        }
        List<String> breaches = decided.stream().filter(m -> m.breach() != null)
                .map(m -> "matter " + m.id() + " " + m.title() + " (" + m.breach() + ", decided on " + m.decidedOn() + ")").toList();
        int weight = rules.majorMattersWeight();
        int points = weight * (decided.size() - breaches.size()) / decided.size();
        return new Finding(MAJOR_MATTERS_OPINION_FIRST, title, points, weight, decided.size() + " major matters decided from "
                + context.periodFrom() + " to " + context.periodTo() + ", " + breaches.size() + " without the party organisation's opinion first"
                + (breaches.isEmpty() ? "." : ": " + String.join("; ", breaches) + "."));
    }
}
