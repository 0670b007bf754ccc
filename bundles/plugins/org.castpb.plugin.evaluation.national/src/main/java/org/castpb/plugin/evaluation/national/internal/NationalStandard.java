package org.castpb.plugin.evaluation.national.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
import org.castpb.api.text.Bilingual;
import org.castpb.api.text.Labels;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;

/**
 * The criteria of CAST's national standard and its one-vote veto. Immutable and without a clock: the context is all
 * it reads, so the same context gives the same evaluation, from any number of threads.
 */
final class NationalStandard {

    /** The standard's texts in English and Chinese ({@code evidence_en}, {@code evidence_zh}). */
    private static final Bilingual.Texts TEXTS = Bilingual.texts(NationalStandard.class, "evidence");

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
        Bilingual veto = veto(context, organisations);
        if (veto != null) {
            return Evaluation.vetoed(findings, veto);
        }
        int points = findings.stream().mapToInt(Finding::points).sum();
        int maxPoints = findings.stream().mapToInt(Finding::maxPoints).sum();
        return Evaluation.of(rules.grade(points, maxPoints), findings);
    }

    private Finding ledger(EvaluationContext context) {
        Bilingual title = TEXTS.of("title.LEDGER_FIVE_CLEARS");
        Ledger ledger = context.ledger();
        int weight = rules.ledgerWeight();
        if (ledger.clear()) {
            return Finding.worded(LEDGER_FIVE_CLEARS, title, weight, weight,
                    TEXTS.of("ledger.clear", ledger.revision(), context.asOf()));
        }
        if (ledger.revision() == 0) {
            return Finding.worded(LEDGER_FIVE_CLEARS, title, 0, weight, TEXTS.of("ledger.none", context.asOf()));
        }
        Map<LedgerSection, SectionStatus> bySection = new EnumMap<>(LedgerSection.class);
        ledger.sections().forEach(s -> bySection.put(s.section(), s));
        List<Bilingual> unclear = new ArrayList<>();
        int clear = 0;
        for (LedgerSection section : LedgerSection.values()) {
            SectionStatus status = bySection.get(section);
            if (status != null && status.clear()) {
                clear++;
            } else if (status == null || status.missing().isEmpty()) {
                unclear.add(TEXTS.of("ledger.section.unrecorded", sectionName(section)));
            } else {
                // the ledger names what is missing by its field; people read the field's label
                unclear.add(TEXTS.of("ledger.section.missing", sectionName(section),
                        TEXTS.join("separator.list", status.missing().stream().map(Bilingual::field).toList())));
            }
        }
        int sections = LedgerSection.values().length;
        int points = weight * clear / sections;
        return Finding.worded(LEDGER_FIVE_CLEARS, title, points, weight, TEXTS.of("ledger.partly", ledger.revision(),
                context.asOf(), clear, sections, points, weight, TEXTS.join("separator.items", unclear)));
    }

    private Finding organisationEstablished(EvaluationContext context, List<PartyOrganisation> organisations) {
        Bilingual title = TEXTS.of("title.ORGANISATION_ESTABLISHED");
        int weight = rules.organisationWeight();
        LocalDate deadline = rules.organisationDeadline();
        if (!organisations.isEmpty()) {
            PartyOrganisation earliest = organisations.stream()
                    .min(Comparator.comparing(PartyOrganisation::establishedOn).thenComparingLong(PartyOrganisation::id)).get();
            if (!earliest.establishedOn().isAfter(deadline)) {
                return Finding.worded(ORGANISATION_ESTABLISHED, title, weight, weight,
                        TEXTS.of("organisation.onTime", describe(earliest), earliest.establishedOn(), deadline));
            }
            // A reorganisation (a branch replaced by a committee, say) keeps the coverage the society had on the deadline.
            Optional<PartyOrganisation> predecessor = context.organisations().stream()
                    .filter(NationalStandard::ownOrJoint)
                    .filter(o -> coveredOn(o, deadline))
                    .min(Comparator.comparing(PartyOrganisation::establishedOn).thenComparingLong(PartyOrganisation::id));
            if (predecessor.isPresent()) {
                PartyOrganisation p = predecessor.get();
                return Finding.worded(ORGANISATION_ESTABLISHED, title, weight, weight, TEXTS.of("organisation.successor",
                        describe(earliest), earliest.establishedOn(), describe(p), p.establishedOn(), p.dissolvedOn(), deadline));
            }
            return Finding.worded(ORGANISATION_ESTABLISHED, title, rules.organisationLatePoints(), weight,
                    TEXTS.of("organisation.late", describe(earliest), earliest.establishedOn(), deadline));
        }
        List<Bilingual> workCoverage = workCoverage(context);
        if (!workCoverage.isEmpty()) {
            return Finding.worded(ORGANISATION_ESTABLISHED, title, rules.workCoveragePoints(), weight,
                    TEXTS.of("organisation.workCoverage", context.asOf(), TEXTS.join("separator.list", workCoverage)));
        }
        if (context.establishmentRequestPending()) {
            return Finding.worded(ORGANISATION_ESTABLISHED, title, rules.pendingRequestPoints(), weight,
                    TEXTS.of("organisation.pending", context.asOf()));
        }
        return Finding.worded(ORGANISATION_ESTABLISHED, title, 0, weight, TEXTS.of("organisation.none", context.asOf()));
    }

    private Finding charter(EvaluationContext context) {
        Bilingual title = TEXTS.of("title.CHARTER_PARTY_BUILDING");
        Boolean inCharter = context.society().partyBuildingInCharter();
        int weight = rules.charterWeight();
        if (inCharter == null) {
            return Finding.worded(CHARTER_PARTY_BUILDING, title, 0, weight, TEXTS.of("charter.unknown"));
        }
        return inCharter
                ? Finding.worded(CHARTER_PARTY_BUILDING, title, weight, weight, TEXTS.of("charter.yes"))
                : Finding.worded(CHARTER_PARTY_BUILDING, title, 0, weight, TEXTS.of("charter.no"));
    }

    private Finding term(EvaluationContext context, Optional<PartyOrganisation> principal) {
        Bilingual title = TEXTS.of("title.ORGANISATION_TERM");
        int weight = rules.termWeight();
        if (principal.isEmpty()) {
            return Finding.worded(ORGANISATION_TERM, title, 0, weight, TEXTS.of("term.none", context.asOf()));
        }
        PartyOrganisation o = principal.get();
        if (o.termEndsOn() == null) {
            return Finding.worded(ORGANISATION_TERM, title, weight, weight, TEXTS.of("term.noEnd", describe(o)));
        }
        if (!o.termEndsOn().isBefore(context.asOf())) {
            return Finding.worded(ORGANISATION_TERM, title, weight, weight, TEXTS.of("term.running", describe(o), o.termEndsOn()));
        }
        return Finding.worded(ORGANISATION_TERM, title, 0, weight,
                TEXTS.of("term.overdue", describe(o), o.termEndsOn(), o.termEndsOn().plusDays(1)));
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
    private Bilingual veto(EvaluationContext context, List<PartyOrganisation> organisations) {
        LocalDate deadline = rules.organisationDeadline();
        if (context.society().groupMemberStatus() != GroupMemberStatus.MEMBER || !context.asOf().isAfter(deadline)
                || !organisations.isEmpty()) {
            return null;
        }
        return TEXTS.of("veto", context.asOf(), deadline);
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

    private static List<Bilingual> workCoverage(EvaluationContext context) {
        List<Bilingual> coverage = new ArrayList<>();
        context.organisations().stream()
                .filter(o -> o.type() == OrganisationType.WORK_GROUP && o.status() == OrganisationStatus.ACTIVE)
                .sorted(Comparator.comparingLong(PartyOrganisation::id))
                .forEach(o -> coverage.add(describe(o)));
        context.liaisons().stream()
                .filter(l -> l.servesOn(context.asOf()))
                .sorted(Comparator.comparingLong(LiaisonAssignment::id))
                .forEach(l -> coverage.add(TEXTS.of("liaison", new Bilingual(words(l.kind()), Labels.of(l.kind(), Locale.CHINESE)),
                        l.name(), l.fromDate())));
        return coverage;
    }

    /** An organisation by its type and name: "branch 某学会党支部", "党支部“某学会党支部”". */
    static Bilingual describe(PartyOrganisation o) {
        return TEXTS.of("organisation", new Bilingual(words(o.type()), Labels.of(o.type(), Locale.CHINESE)), o.name());
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Bilingual sectionName(LedgerSection section) {
        return TEXTS.of("section." + section.name());
    }
}
