package org.castpb.members.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.castpb.api.pipeline.PipelineRuleSet;
import org.castpb.api.rules.DatedVersions;

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

    private final DatedVersions<PipelineRuleSet> versions;

    PipelineRuleSets(List<PipelineRuleSet> versions) {
        this(new DatedVersions<>("pipeline rule set", versions, PipelineRuleSet::version, PipelineRuleSet::effectiveFrom));
    }

    private PipelineRuleSets(DatedVersions<PipelineRuleSet> versions) {
        this.versions = versions;
    }

    List<PipelineRuleSet> versions() {
        return versions.versions();
    }

    /** The version in force on {@code date}; before the first, the first. */
    PipelineRuleSet at(LocalDate date) {
        return versions.at(date);
    }

    /**
     * These versions with the configured entries applied, each {@code VERSION EFFECTIVE_FROM [name=value ...]}; a known
     * version is replaced starting from its values, a new one starts from the version in force the day before. Versions in one string are separated by {@code ;}.
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    PipelineRuleSets with(String... entries) {
        // a .cfg file gives one string: there, versions are separated by ';'
        List<String> all = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            all.addAll(List.of(entry == null ? new String[0] : entry.split(";")));
        }
        return new PipelineRuleSets(versions.with(PipelineRuleSets::derive, all.toArray(String[]::new)));
    }

    private static PipelineRuleSet derive(PipelineRuleSet base, String version, LocalDate from, Map<String, String> settings,
            DatedVersions.Entry entry) {
        int[] v = {base.minAgeYears(), base.activistMinMonths(), base.minTrainingHours(), base.probationMonths(),
                base.maxExtensionMonths(), base.maxExtensions()};
        settings.forEach((name, value) -> {
            int at = NAMES.indexOf(name);
            if (at < 0) {
                throw entry.refuse("'" + name + "=" + value + "' is not one of " + NAMES + "=value");
            }
            v[at] = entry.wholeNumber(name, value, 0);
        });
        return new PipelineRuleSet(version, from, v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
