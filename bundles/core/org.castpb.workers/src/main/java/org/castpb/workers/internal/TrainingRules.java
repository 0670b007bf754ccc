package org.castpb.workers.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final List<TrainingRule> versions;

    TrainingRules(List<TrainingRule> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one training rule version is needed");
        }
        List<TrainingRule> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(TrainingRule::effectiveFrom));
        for (int i = 0; i < sorted.size(); i++) {
            TrainingRule r = sorted.get(i);
            if (i > 0 && r.effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("training rule versions " + sorted.get(i - 1).version() + " and " + r.version()
                        + " take effect on the same day " + r.effectiveFrom());
            }
            if (r.fullTimeHours() < 0 || r.partTimeHours() < 0) {
                throw new IllegalArgumentException("training rule " + r.version() + ": hours must be 0 or more");
            }
        }
        this.versions = List.copyOf(sorted);
    }

    List<TrainingRule> versions() {
        return versions;
    }

    /** The version in force on {@code date}; a date before the first version gets the first. */
    TrainingRule at(LocalDate date) {
        TrainingRule found = versions.get(0);
        for (TrainingRule r : versions) {
            if (!r.effectiveFrom().isAfter(date)) {
                found = r;
            }
        }
        return found;
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
        Map<String, TrainingRule> byName = new LinkedHashMap<>();
        versions.forEach(r -> byName.put(r.version(), r));
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String[] words = entry.trim().split("\\s+");
            if (words.length < 2) {
                throw new IllegalArgumentException("training rule '" + entry + "': expected 'VERSION EFFECTIVE_FROM [name=value ...]'");
            }
            LocalDate from;
            try {
                from = LocalDate.parse(words[1]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("training rule '" + entry + "': effective date '" + words[1] + "' is not YYYY-MM-DD");
            }
            TrainingRule base = byName.containsKey(words[0]) ? byName.get(words[0])
                    : new TrainingRules(List.copyOf(byName.values())).at(from.minusDays(1));
            int fullTime = base.fullTimeHours();
            int partTime = base.partTimeHours();
            for (int i = 2; i < words.length; i++) {
                String[] pair = words[i].split("=", 2);
                int value = pair.length == 2 ? hours(entry, pair[1]) : -1;
                if (pair.length == 2 && "fullTimeHours".equals(pair[0])) {
                    fullTime = value;
                } else if (pair.length == 2 && "partTimeHours".equals(pair[0])) {
                    partTime = value;
                } else {
                    throw new IllegalArgumentException("training rule '" + entry + "': unknown setting '" + words[i]
                            + "' (known: fullTimeHours, partTimeHours)");
                }
            }
            byName.put(words[0], new TrainingRule(words[0], from, fullTime, partTime));
        }
        return new TrainingRules(List.copyOf(byName.values()));
    }

    private static int hours(String entry, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("training rule '" + entry + "': hours must be a whole number, got '" + text + "'");
        }
    }
}
