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
import org.castpb.api.text.Bilingual;
import org.castpb.api.text.Labels;
import org.castpb.spi.Evaluation;
import org.castpb.spi.EvaluationContext;

/**
 * The Zhejiang association's criteria. Like the national standard it checks the ledger, the organisation, the charter
 * and the term, with its own weights; unlike it, dispatched liaison officers and instructors earn a criterion of their
 * own (and so do not also count as work coverage), and it never vetoes. Stateless and clock-free.
 */
final class ZhejiangStandard {

    /** The standard's texts in English and Chinese ({@code evidence_en}, {@code evidence_zh}). */
    private static final Bilingual.Texts TEXTS = Bilingual.texts(ZhejiangStandard.class, "evidence");

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
        Bilingual title = TEXTS.of("title.LEDGER_FIVE_CLEARS");
        Ledger ledger = context.ledger();
        int weight = rules.ledgerWeight();
        if (ledger.clear()) {
            return Finding.worded(LEDGER_FIVE_CLEARS, title, weight, weight, TEXTS.of("ledger.clear", ledger.revision()));
        }
        List<Bilingual> unclear = new ArrayList<>();
        for (LedgerSection section : LedgerSection.values()) {
            Optional<SectionStatus> status = ledger.sections().stream().filter(s -> s.section() == section).findFirst();
            if (status.isEmpty() || !status.get().clear()) {
                Bilingual name = TEXTS.of("section." + section.name());
                // the ledger names what is missing by its field; people read the field's label
                unclear.add(status.filter(s -> !s.missing().isEmpty())
                        .map(s -> TEXTS.of("ledger.section.missing", name,
                                TEXTS.join("separator.list", s.missing().stream().map(Bilingual::field).toList())))
                        .orElse(name));
            }
        }
        int sections = LedgerSection.values().length;
        int clear = ledger.revision() == 0 ? 0 : sections - unclear.size();
        int points = weight * clear / sections;
        Bilingual kept = ledger.revision() == 0 ? TEXTS.of("ledger.none") : TEXTS.of("ledger.revision", ledger.revision());
        return Finding.worded(LEDGER_FIVE_CLEARS, title, points, weight, TEXTS.of("ledger.partly", kept, context.asOf(), clear,
                sections, points, weight, TEXTS.join("separator.items", unclear)));
    }

    private Finding organisation(EvaluationContext context, List<PartyOrganisation> active) {
        Bilingual title = TEXTS.of("title.ORGANISATION_ESTABLISHED");
        int weight = rules.organisationWeight();
        LocalDate deadline = rules.organisationDeadline();
        Optional<PartyOrganisation> earliest = active.stream().min(EARLIEST);
        if (earliest.isPresent()) {
            PartyOrganisation o = earliest.get();
            // coverage held on the deadline by an organisation since replaced (a branch become a committee) still counts
            boolean coveredOnDeadline = context.organisations().stream().anyMatch(p -> p.type() != OrganisationType.WORK_GROUP
                    && !p.establishedOn().isAfter(deadline) && (p.dissolvedOn() == null || p.dissolvedOn().isAfter(deadline)));
            return coveredOnDeadline
                    ? Finding.worded(ORGANISATION_ESTABLISHED, title, weight, weight,
                            TEXTS.of("organisation.covered", describe(o), o.establishedOn(), deadline))
                    : Finding.worded(ORGANISATION_ESTABLISHED, title, rules.organisationLatePoints(), weight,
                            TEXTS.of("organisation.late", describe(o), o.establishedOn(), deadline));
        }
        Optional<PartyOrganisation> workGroup = context.organisations().stream()
                .filter(o -> o.type() == OrganisationType.WORK_GROUP && o.status() == OrganisationStatus.ACTIVE).min(EARLIEST);
        if (workGroup.isPresent()) {
            return Finding.worded(ORGANISATION_ESTABLISHED, title, rules.workGroupPoints(), weight,
                    TEXTS.of("organisation.workGroup", context.asOf(), describe(workGroup.get())));
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
        if (Boolean.TRUE.equals(inCharter)) {
            return Finding.worded(CHARTER_PARTY_BUILDING, title, rules.charterWeight(), rules.charterWeight(), TEXTS.of("charter.yes"));
        }
        return Finding.worded(CHARTER_PARTY_BUILDING, title, 0, rules.charterWeight(),
                TEXTS.of(inCharter == null ? "charter.unknown" : "charter.no"));
    }

    /** The term of the principal organisation: a committee before a general branch, a branch, a joint branch. */
    private Finding term(EvaluationContext context, List<PartyOrganisation> active) {
        Bilingual title = TEXTS.of("title.ORGANISATION_TERM");
        Optional<PartyOrganisation> principal = active.stream()
                .min(Comparator.comparing(PartyOrganisation::type).thenComparing(EARLIEST));
        int weight = rules.termWeight();
        if (principal.isEmpty()) {
            return Finding.worded(ORGANISATION_TERM, title, 0, weight, TEXTS.of("term.none", context.asOf()));
        }
        PartyOrganisation o = principal.get();
        if (o.termEndsOn() == null || !o.termEndsOn().isBefore(context.asOf())) {
            return Finding.worded(ORGANISATION_TERM, title, weight, weight, o.termEndsOn() == null
                    ? TEXTS.of("term.noEnd", describe(o)) : TEXTS.of("term.running", describe(o), o.termEndsOn()));
        }
        return Finding.worded(ORGANISATION_TERM, title, 0, weight,
                TEXTS.of("term.overdue", describe(o), o.termEndsOn(), o.termEndsOn().plusDays(1)));
    }

    /** Zhejiang's own criterion: a liaison officer or instructor dispatched to the society serves it on the day. */
    private Finding instructor(EvaluationContext context) {
        Bilingual title = TEXTS.of("title.INSTRUCTOR_DISPATCHED");
        List<Bilingual> serving = context.liaisons().stream()
                .filter(l -> l.servesOn(context.asOf()))
                .sorted(Comparator.comparingLong(LiaisonAssignment::id))
                .map(l -> TEXTS.of("liaison", new Bilingual(words(l.kind()), Labels.of(l.kind(), Locale.CHINESE)), l.name(),
                        l.fromDate(), l.dispatchedBy() == null ? Bilingual.same("") : TEXTS.of("liaison.dispatchedBy", l.dispatchedBy())))
                .toList();
        if (serving.isEmpty()) {
            return Finding.worded(INSTRUCTOR_DISPATCHED, title, 0, rules.instructorWeight(), TEXTS.of("instructor.none", context.asOf()));
        }
        return Finding.worded(INSTRUCTOR_DISPATCHED, title, rules.instructorWeight(), rules.instructorWeight(),
                TEXTS.of("instructor.serving", context.asOf(), TEXTS.join("separator.list", serving)));
    }

    private static Bilingual breach(String code) {
        return "NO_PRIOR_OPINION".equals(code) || "DECIDED_AGAINST_OPINION".equals(code) ? TEXTS.of("matters." + code)
                : Bilingual.same(code);
    }

    /** An organisation by its type and name: "branch 某学会党支部", "党支部“某学会党支部”". */
    private static Bilingual describe(PartyOrganisation o) {
        return TEXTS.of("organisation", new Bilingual(words(o.type()), Labels.of(o.type(), Locale.CHINESE)), o.name());
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Zhejiang's own criterion from castpb's organisational-life records: the party organisation studies every major
     * matter first (三重一大 前置研究). Each matter the society decided in the period counts; one decided without an
     * earlier opinion, or against a disagreeing one, costs its share.
     */
    private Finding majorMatters(EvaluationContext context) {
        Bilingual title = TEXTS.of("title.MAJOR_MATTERS_OPINION_FIRST");
        Optional<List<MajorMatter>> recorded = context.majorMatters();
        if (recorded.isEmpty()) {
            return Finding.worded(MAJOR_MATTERS_OPINION_FIRST, title, 0, 0, TEXTS.of("matters.notRecorded"));
        }
        List<MajorMatter> decided = recorded.get().stream()
                .filter(m -> m.decidedOn() != null && !m.decidedOn().isBefore(context.periodFrom()) && !m.decidedOn().isAfter(context.periodTo()))
                .sorted(Comparator.comparingLong(MajorMatter::id)).toList();
        if (decided.isEmpty()) {
            return Finding.worded(MAJOR_MATTERS_OPINION_FIRST, title, 0, 0,
                    TEXTS.of("matters.noneDecided", context.periodFrom(), context.periodTo()));
        }
        List<Bilingual> breaches = decided.stream().filter(m -> m.breach() != null)
                .map(m -> TEXTS.of("matters.breach", m.id(), m.title(), breach(m.breach()), m.decidedOn())).toList();
        int weight = rules.majorMattersWeight();
        int points = weight * (decided.size() - breaches.size()) / decided.size();
        return Finding.worded(MAJOR_MATTERS_OPINION_FIRST, title, points, weight, TEXTS.of("matters.decided", decided.size(),
                context.periodFrom(), context.periodTo(), breaches.size(), breaches.isEmpty() ? TEXTS.of("matters.noBreach")
                        : TEXTS.of("matters.breaches", TEXTS.join("separator.items", breaches))));
    }
}
