package org.castpb.workers.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.castpb.api.rules.DatedVersions;
import org.castpb.api.workers.TrainingRule;
import org.castpb.api.workers.WorkerKind;

/**
 * The training target versions, each in force from its effective date until the next one's. Immutable. The built-in
 * versions follow the party's education rules: v1 (always) 32 class hours a year for full-time workers and 16 for
 * part-time ones; v2 from 2019-01-01 (the 2019 rules on cadre and member education) 40 and 32.
 */
final class TrainingRules {

    static final TrainingRule V1 = new TrainingRule("v1", LocalDate.of(1900, 1, 1), 32, 16);
    static final TrainingRule V2 = new TrainingRule("v2", LocalDate.of(2019, 1, 1), 40, 32);
    static final TrainingRules DEFAULTS = new TrainingRules(List.of(V1, V2));

    private final DatedVersions<TrainingRule> versions;

    TrainingRules(List<TrainingRule> versions) {
        this(new DatedVersions<>("training rule", versions, TrainingRule::version, TrainingRule::effectiveFrom));
    }

    private TrainingRules(DatedVersions<TrainingRule> versions) {
        for (TrainingRule r : versions.versions()) {
            if (r.fullTimeHours() < 0 || r.partTimeHours() < 0) {
                throw new IllegalArgumentException("training rule " + r.version() + ": hours must be 0 or more");
            }
        }
        this.versions = versions;
    }

    List<TrainingRule> versions() {
        return versions.versions();
    }

    /** The version in force on {@code date}; a date before the first version gets the first. */
    TrainingRule at(LocalDate date) {
        return versions.at(date);
    }

    /**
     * A worker's target for {@code year}: the hours of the version in force on the year's first day, in proportion to the
     * days the worker was in post that year (start to end, both included), rounded up to half hours; 0 when not in post.
     */
    BigDecimal target(int year, WorkerKind kind, LocalDate start, LocalDate end) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate from = start.isAfter(first) ? start : first;
        LocalDate to = end == null || end.isAfter(last) ? last : end;
        if (to.isBefore(from)) {
            return BigDecimal.ZERO.setScale(1);
        }
        long inPost = ChronoUnit.DAYS.between(from, to) + 1;
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        BigDecimal hours = BigDecimal.valueOf(at(first).hours(kind));
        BigDecimal halves = hours.multiply(BigDecimal.valueOf(2 * inPost)).divide(BigDecimal.valueOf(days), 0, RoundingMode.CEILING);
        return halves.divide(BigDecimal.valueOf(2)).setScale(1, RoundingMode.UNNECESSARY);
    }

    /**
     * These versions with the configured entries applied, in order: {@code VERSION EFFECTIVE_FROM [name=value ...]} with
     * the names fullTimeHours and partTimeHours. An entry naming an existing version replaces it and starts from its
     * values; a new version starts from the version in force the day before it.
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    TrainingRules with(String... entries) {
        return new TrainingRules(versions.with(TrainingRules::derive, entries));
    }

    private static TrainingRule derive(TrainingRule base, String version, LocalDate from, Map<String, String> settings,
            DatedVersions.Entry entry) {
        int fullTime = base.fullTimeHours();
        int partTime = base.partTimeHours();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            if ("fullTimeHours".equals(setting.getKey())) {
                fullTime = hours(entry, setting.getValue());
            } else if ("partTimeHours".equals(setting.getKey())) {
                partTime = hours(entry, setting.getValue());
            } else {
                throw entry.refuse("unknown setting '" + setting.getKey() + "=" + setting.getValue() + "' (known: fullTimeHours, partTimeHours)");
            }
        }
        return new TrainingRule(version, from, fullTime, partTime);
    }

    private static int hours(DatedVersions.Entry entry, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw entry.refuse("hours must be a whole number, got '" + text + "'");
        }
    }
}
