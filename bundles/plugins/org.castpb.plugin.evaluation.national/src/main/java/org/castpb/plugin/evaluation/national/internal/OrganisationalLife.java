package org.castpb.plugin.evaluation.national.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.life.Meeting;
import org.castpb.api.life.MeetingType;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.text.Bilingual;
import org.castpb.api.text.Labels;
import org.castpb.spi.EvaluationContext;

/**
 * The national standard's criterion on organisational life, scored from what castpb records for the campaign's period:
 * the three meetings and one lecture with the organisational life meeting (half the weight), the year's democratic
 * appraisal (a quarter) and the party organisation's opinion before major matters (a quarter). A part that this
 * instance does not record, or that is not due yet, is not assessed and leaves its points out of the maximum; with no
 * part assessed the criterion is not assessed at all. Expectations are the party rules' defaults (DOMAIN.md): members'
 * assembly and party lecture each quarter, a committee's meeting each month where the organisation has a committee,
 * the organisational life meeting once a year; appraisal yearly. Stateless and clock-free.
 */
final class OrganisationalLife {

    /** The standard's texts in English and Chinese ({@code evidence_en}, {@code evidence_zh}). */
    private static final Bilingual.Texts TEXTS = Bilingual.texts(OrganisationalLife.class, "evidence");

    static final String CODE = "ORGANISATIONAL_LIFE";
    static final String TITLE = "Records of organisational life";

    private OrganisationalLife() {
    }

    /** The finding for a society whose principal organisation is {@code principal} (none: no meetings are expected). */
    static Finding score(EvaluationContext context, Optional<PartyOrganisation> principal, int weight) {
        int meetingsMax = weight / 2;
        int appraisalMax = weight / 4;
        int mattersMax = weight - meetingsMax - appraisalMax;
        List<Part> parts = List.of(meetings(context, principal, meetingsMax), appraisal(context, principal, appraisalMax),
                matters(context, mattersMax));
        int points = parts.stream().mapToInt(Part::points).sum();
        int max = parts.stream().mapToInt(Part::max).sum();
        Bilingual evidence = TEXTS.join("separator.sentences", parts.stream().map(Part::evidence).toList());
        Bilingual title = TEXTS.of("title.ORGANISATIONAL_LIFE");
        if (max == 0) {
            return Finding.worded(CODE, title, 0, 0, TEXTS.of("life.nothingAssessed", evidence));
        }
        return Finding.worded(CODE, title, points, max, TEXTS.of("life.points", points, max, evidence));
    }

    /** One part: its points of its maximum (0 of 0 when not assessed) and why. */
    record Part(int points, int max, Bilingual evidence) {

        static Part notAssessed(Bilingual evidence) {
            return new Part(0, 0, evidence);
        }

        static Part of(double share, int max, Bilingual evidence) {
            int points = (int) Math.round(Math.max(0, Math.min(1, share)) * max);
            return new Part(points, max, TEXTS.of("life.partPoints", evidence, points, max));
        }
    }

    /** Months of the period that have ended: a period to 2026-12-05 has 11. */
    static int completedMonths(LocalDate from, LocalDate to) {
        int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
        return to.getDayOfMonth() == to.lengthOfMonth() ? months + 1 : months;
    }

    static Part meetings(EvaluationContext context, Optional<PartyOrganisation> principal, int max) {
        Optional<List<Meeting>> recorded = context.meetings();
        if (recorded.isEmpty()) {
            return Part.notAssessed(TEXTS.of("life.meetings.notRecorded"));
        }
        if (principal.isEmpty()) {
            return Part.notAssessed(TEXTS.of("life.meetings.noOrganisation"));
        }
        int months = completedMonths(context.periodFrom(), context.periodTo());
        Map<MeetingType, Integer> due = new EnumMap<>(MeetingType.class);
        due.put(MeetingType.MEMBERS_ASSEMBLY, months / 3);
        due.put(MeetingType.PARTY_LECTURE, months / 3);
        Integer committee = principal.get().committeeSize();
        if (committee != null && committee > 0) {
            due.put(MeetingType.COMMITTEE_MEETING, months);
        }
        due.put(MeetingType.ORGANISATIONAL_LIFE_MEETING, months >= 12 ? 1 : 0);
        Map<MeetingType, Integer> held = new EnumMap<>(MeetingType.class);
        recorded.get().forEach(m -> held.merge(m.type(), 1, Integer::sum));
        double share = 0;
        int kinds = 0;
        List<Bilingual> counts = new ArrayList<>();
        for (Map.Entry<MeetingType, Integer> e : due.entrySet()) {
            int h = held.getOrDefault(e.getKey(), 0);
            if (e.getValue() == 0) {
                continue;
            }
            kinds++;
            share += Math.min(1.0, (double) h / e.getValue());
            counts.add(TEXTS.of("life.meetings.count", new Bilingual(words(e.getKey()), Labels.of(e.getKey(), Locale.CHINESE)), h,
                    e.getValue()));
        }
        if (kinds == 0) {
            return Part.notAssessed(TEXTS.of("life.meetings.noneDue", context.periodFrom(), context.periodTo(), months));
        }
        return Part.of(share / kinds, max, TEXTS.of("life.meetings.held", context.periodFrom(), context.periodTo(), months,
                TEXTS.join("separator.list", counts)));
    }

    static Part appraisal(EvaluationContext context, Optional<PartyOrganisation> principal, int max) {
        Optional<List<AppraisalRound>> recorded = context.appraisals();
        if (recorded.isEmpty()) {
            return Part.notAssessed(TEXTS.of("life.appraisal.notRecorded"));
        }
        if (principal.isEmpty()) {
            return Part.notAssessed(TEXTS.of("life.appraisal.noOrganisation"));
        }
        Optional<AppraisalRound> round = recorded.get().stream().filter(r -> r.organisationId() == principal.get().id()).findFirst()
                .or(() -> recorded.get().stream().findFirst());
        if (round.isPresent()) {
            AppraisalRound r = round.get();
            Bilingual warnings = r.warnings().isEmpty() ? Bilingual.same("")
                    : TEXTS.of("life.appraisal.warnings", String.join(", ", r.warnings()));
            return Part.of(1, max, TEXTS.of("life.appraisal.held", context.year(), r.id(), r.heldOn(), r.grades().size(),
                    r.count(AppraisalGrade.EXCELLENT), r.count(AppraisalGrade.UNQUALIFIED), warnings));
        }
        if (!context.asOf().isAfter(LocalDate.of(context.year(), 12, 31))) {
            return Part.notAssessed(TEXTS.of("life.appraisal.notDue", context.year()));
        }
        return Part.of(0, max, TEXTS.of("life.appraisal.missing", context.year(), context.asOf()));
    }

    static Part matters(EvaluationContext context, int max) {
        Optional<List<MajorMatter>> recorded = context.majorMatters();
        if (recorded.isEmpty()) {
            return Part.notAssessed(TEXTS.of("life.matters.notRecorded"));
        }
        List<MajorMatter> decided = recorded.get().stream().filter(m -> m.decidedOn() != null && !m.decidedOn().isAfter(context.periodTo()))
                .toList();
        if (decided.isEmpty()) {
            return Part.notAssessed(TEXTS.of("life.matters.noneDecided", context.periodFrom(), context.periodTo()));
        }
        List<Bilingual> breaches = decided.stream().filter(m -> m.breach() != null).map(m -> TEXTS.of("life.matters.breach",
                m.id(), m.title(), m.decidedOn(), breachWords(m.breach()))).toList();
        Bilingual listed = breaches.isEmpty() ? Bilingual.same("")
                : TEXTS.of("life.matters.breaches", TEXTS.join("separator.items", breaches));
        return Part.of((double) (decided.size() - breaches.size()) / decided.size(), max,
                TEXTS.of("life.matters.decided", decided.size(), breaches.size(), listed));
    }

    private static Bilingual breachWords(String code) {
        return "NO_PRIOR_OPINION".equals(code) || "DECIDED_AGAINST_OPINION".equals(code) ? TEXTS.of("life.matters." + code)
                : Bilingual.same(code);
    }

    private static String words(MeetingType type) {
        return switch (type) {
            case MEMBERS_ASSEMBLY -> "members' assemblies";
            case COMMITTEE_MEETING -> "committee meetings";
            case GROUP_MEETING -> "group meetings";
            case PARTY_LECTURE -> "party lectures";
            case ORGANISATIONAL_LIFE_MEETING -> "organisational life meetings";
            case DEMOCRATIC_LIFE_MEETING -> "democratic life meetings";
        };
    }
}
