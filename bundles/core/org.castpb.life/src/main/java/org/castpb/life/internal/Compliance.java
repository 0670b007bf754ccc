package org.castpb.life.internal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.castpb.api.life.Frequency;
import org.castpb.api.life.LifeRuleSet;
import org.castpb.api.life.MeetingType;
import org.castpb.api.life.Obligation;
import org.castpb.api.life.OrganisationCompliance;
import org.castpb.api.life.Period;
import org.castpb.api.organisation.OrganisationType;

/**
 * What an organisation owed and held: the calendar periods of each kind of meeting due under the rule-set version in
 * force, and whether a meeting of that kind was held in each. Pure: the caller reads the rows.
 */
final class Compliance {

    /** An organisation as the report needs it. */
    record Organisation(long id, String name, OrganisationType type, List<Long> societyIds, int formalMembers,
                        LocalDate establishedOn) {
    }

    /** A meeting held: its kind and day. */
    record Held(MeetingType type, LocalDate heldOn) {
    }

    private Compliance() {
    }

    /** Whether {@code type} is due from an organisation of this kind and size under {@code rules}. */
    static boolean applies(MeetingType type, OrganisationType orgType, int formalMembers, LifeRuleSet rules) {
        return switch (type) {
            case COMMITTEE_MEETING -> hasCommittee(orgType, formalMembers, rules);
            case GROUP_MEETING -> orgType == OrganisationType.BRANCH || orgType == OrganisationType.JOINT_BRANCH;
            case DEMOCRATIC_LIFE_MEETING -> orgType == OrganisationType.COMMITTEE;
            default -> true;
        };
    }

    /** A committee, a general branch, or a (joint) branch with enough formal members elects a committee; a work group never. */
    static boolean hasCommittee(OrganisationType orgType, int formalMembers, LifeRuleSet rules) {
        return switch (orgType) {
            case COMMITTEE, GENERAL_BRANCH -> true;
            case BRANCH, JOINT_BRANCH -> formalMembers >= rules.committeeFromFormalMembers();
            case WORK_GROUP -> false;
        };
    }

    /** The calendar period of {@code frequency} containing {@code day}. */
    static Period periodOf(Frequency frequency, LocalDate day) {
        LocalDate start = switch (frequency) {
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEARLY -> day.withDayOfYear(1);
            case NONE -> throw new IllegalArgumentException("no period for a meeting that is never due");
        };
        LocalDate end = switch (frequency) {
            case MONTHLY -> start.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTERLY -> start.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
            default -> start.with(TemporalAdjusters.lastDayOfYear());
        };
        return new Period(start, end);
    }

    /**
     * The periods in which {@code type} was due from the organisation: each ends from {@code from} to {@code to} and
     * before {@code today} (a period still running is not yet owed), starts on or after the organisation was
     * established, and falls under a version that requires the meeting of such an organisation.
     */
    static List<Period> duePeriods(MeetingType type, Organisation org, LifeRuleSets rules, LocalDate from, LocalDate to,
                                   LocalDate today) {
        List<Period> due = new ArrayList<>();
        LocalDate cursor = from.withDayOfMonth(1);
        while (!cursor.isAfter(to)) {
            LifeRuleSet r = rules.at(cursor);
            Frequency f = r.frequency(type);
            if (f == Frequency.NONE) {
                cursor = cursor.plusMonths(1);
                continue;
            }
            Period p = periodOf(f, cursor);
            if (!p.to().isBefore(from) && !p.to().isAfter(to) && p.to().isBefore(today)
                    && (org.establishedOn() == null || !p.from().isBefore(org.establishedOn()))
                    && applies(type, org.type(), org.formalMembers(), rules.at(p.to()))) {
                due.add(p);
            }
            cursor = p.to().plusDays(1);
        }
        return due;
    }

    /** The organisation's report over the periods ending from {@code from} to {@code to}. */
    static OrganisationCompliance of(Organisation org, List<Held> held, LifeRuleSets rules, LocalDate from, LocalDate to,
                                     LocalDate today) {
        Map<MeetingType, TreeSet<LocalDate>> days = new EnumMap<>(MeetingType.class);
        for (Held h : held) {
            days.computeIfAbsent(h.type(), t -> new TreeSet<>()).add(h.heldOn());
        }
        LocalDate last = to.isBefore(today) ? to : today.minusDays(1);
        LifeRuleSet current = rules.at(last.isBefore(from) ? from : last);
        List<Obligation> obligations = new ArrayList<>();
        int due = 0;
        int done = 0;
        for (MeetingType type : MeetingType.values()) {
            List<Period> periods = duePeriods(type, org, rules, from, to, today);
            if (periods.isEmpty()) {
                continue;
            }
            TreeSet<LocalDate> on = days.getOrDefault(type, new TreeSet<>());
            List<Period> missing = new ArrayList<>();
            for (Period p : periods) {
                LocalDate first = on.ceiling(p.from());
                if (first == null || first.isAfter(p.to())) {
                    missing.add(p);
                }
            }
            Frequency f = rules.at(periods.get(periods.size() - 1).to()).frequency(type);
            obligations.add(new Obligation(type, f, periods.size(), periods.size() - missing.size(), missing.size(), missing));
            due += periods.size();
            done += periods.size() - missing.size();
        }
        return new OrganisationCompliance(org.id(), org.name(), org.type(), org.societyIds(), org.formalMembers(),
                hasCommittee(org.type(), org.formalMembers(), current), current.version(), obligations, due, done, due - done);
    }
}
