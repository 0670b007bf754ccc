package org.castpb.members.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.pipeline.PipelineRuleSet;

/**
 * The development rule-set versions, each in force from its effective date until the next one's. Immutable. The
 * built-in version carries the party rules' defaults; configuration adds versions or replaces one by name, giving
 * only the thresholds that differ ({@code v2 2027-01-01 minTrainingHours=32}).
 */
final class PipelineRuleSets {

    /** The defaults: age 18, one year as activist, 24 class hours, one year of probation extendable once by a year. */
    static final PipelineRuleSet V1 = new PipelineRuleSet("v1", LocalDate.of(1900, 1, 1), 18, 12, 24, 12, 12, 1);
    static final PipelineRuleSets DEFAULTS = new PipelineRuleSets(List.of(V1));
    private static final List<String> NAMES = List.of("minAgeYears", "activistMinMonths", "minTrainingHours", "probationMonths",
            "maxExtensionMonths", "maxExtensions");

    private final List<PipelineRuleSet> versions;

    PipelineRuleSets(List<PipelineRuleSet> versions) {
        List<PipelineRuleSet> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(PipelineRuleSet::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("pipeline rule sets " + sorted.get(i - 1).version() + " and " + sorted.get(i).version()
                        + " take effect on the same day");
            }
        }
        this.versions = List.copyOf(sorted);
    }

    List<PipelineRuleSet> versions() {
        return versions;
    }

    /** The version in force on {@code date}; before the first, the first. */
    PipelineRuleSet at(LocalDate date) {
        PipelineRuleSet found = versions.get(0);
        for (PipelineRuleSet r : versions) {
            if (!r.effectiveFrom().isAfter(date)) {
                found = r;
            }
        }
        return found;
    }

    /**
     * These versions with the configured entries applied, each {@code VERSION EFFECTIVE_FROM [name=value ...]}; a known
     * version is replaced starting from its values, a new one starts from the version in force the day before. Versions in one string are separated by {@code ;}.
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    PipelineRuleSets with(String... entries) {
        Map<String, PipelineRuleSet> byName = new LinkedHashMap<>();
        versions.forEach(r -> byName.put(r.version(), r));
        // a .cfg file gives one string: there, versions are separated by ';'
        List<String> all = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            all.addAll(List.of(entry == null ? new String[0] : entry.split(";")));
        }
        for (String entry : all) {
            if (entry.isBlank()) {
                continue;
            }
            String[] words = entry.trim().split("\\s+");
            if (words.length < 2) {
                throw new IllegalArgumentException("pipeline rule set '" + entry + "': expected 'VERSION EFFECTIVE_FROM [name=value ...]'");
            }
            LocalDate from;
            try {
                from = LocalDate.parse(words[1]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("pipeline rule set '" + entry + "': " + words[1] + " is no ISO date");
            }
            PipelineRuleSet base = byName.containsKey(words[0]) ? byName.get(words[0])
                    : new PipelineRuleSets(List.copyOf(byName.values())).at(from.minusDays(1));
            int[] v = {base.minAgeYears(), base.activistMinMonths(), base.minTrainingHours(), base.probationMonths(),
                    base.maxExtensionMonths(), base.maxExtensions()};
            for (int i = 2; i < words.length; i++) {
                String[] pair = words[i].split("=", 2);
                int at = NAMES.indexOf(pair[0]);
                if (pair.length != 2 || at < 0) {
                    throw new IllegalArgumentException("pipeline rule set '" + entry + "': '" + words[i] + "' is not one of " + NAMES + "=value");
                }
                try {
                    v[at] = Integer.parseInt(pair[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("pipeline rule set '" + entry + "': " + pair[0] + " must be a whole number");
                }
                if (v[at] < 0) {
                    throw new IllegalArgumentException("pipeline rule set '" + entry + "': " + pair[0] + " must not be negative");
                }
            }
            byName.put(words[0], new PipelineRuleSet(words[0], from, v[0], v[1], v[2], v[3], v[4], v[5]));
        }
        return new PipelineRuleSets(List.copyOf(byName.values()));
    }
}
