package org.castpb.organisations.internal;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.organisation.RuleSet;
import org.castpb.api.rules.DatedVersions;

/**
 * The rule-set versions in force, each from its effective date until the next one's. Immutable.
 * The built-in versions carry the defaults of the party rules; configuration adds versions or
 * replaces one by name, giving only the thresholds that differ.
 */
final class RuleSets {

    /** Every version before 2018: committee terms of 3 to 5 years. Its start stands for "always". */
    static final RuleSet V1 = new RuleSet("v1", LocalDate.of(1900, 1, 1),
            3, 50, 50, 100, 100, 7, 3, 7, 5, 3, 3, 3, 5);
    /** From 2018-01-01: committee terms of 5 years. */
    static final RuleSet V2 = new RuleSet("v2", LocalDate.of(2018, 1, 1),
            3, 50, 50, 100, 100, 7, 3, 7, 5, 3, 3, 5, 5);

    static final RuleSets DEFAULTS = new RuleSets(List.of(V1, V2));

    private final DatedVersions<RuleSet> versions;

    RuleSets(List<RuleSet> versions) {
        this(new DatedVersions<>("rule set", versions, RuleSet::version, RuleSet::effectiveFrom));
    }

    private RuleSets(DatedVersions<RuleSet> versions) {
        versions.versions().forEach(RuleSets::check);
        this.versions = versions;
    }

    /** All versions, oldest first. */
    List<RuleSet> versions() {
        return versions.versions();
    }

    /** The version in force on {@code date}; a date before the first version gets the first. */
    RuleSet at(LocalDate date) {
        return versions.at(date);
    }

    /**
     * These versions with the configured entries applied, in order. An entry reads
     * {@code VERSION EFFECTIVE_FROM [threshold=value ...]}, e.g. {@code v3 2024-01-01 branchMaxMembers=60};
     * the thresholds are named as in {@link RuleSet}. An entry naming an existing version replaces it and
     * starts from its values; a new version starts from the version in force the day before it.
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    RuleSets with(String... entries) {
        return new RuleSets(versions.with(RuleSets::derive, entries));
    }

    private static RuleSet derive(RuleSet base, String version, LocalDate from, Map<String, String> settings, DatedVersions.Entry entry) {
        Map<String, Object> values = values(base);
        values.put("version", version);
        values.put("effectiveFrom", from);
        settings.forEach((name, value) -> {
            if (!values.containsKey(name) || "version".equals(name) || "effectiveFrom".equals(name)) {
                throw entry.refuse("unknown threshold '" + name + "=" + value + "' (known: "
                        + String.join(", ", values.keySet().stream().skip(2).toList()) + ")");
            }
            try {
                values.put(name, Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw entry.refuse(name + " must be a whole number, got '" + value + "'");
            }
        });
        return build(values);
    }

    private static Map<String, Object> values(RuleSet r) {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            for (RecordComponent c : RuleSet.class.getRecordComponents()) {
                values.put(c.getName(), c.getAccessor().invoke(r));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static RuleSet build(Map<String, Object> values) {
        RecordComponent[] components = RuleSet.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = values.get(components[i].getName());
        }
        try {
            return RuleSet.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(RuleSet r) {
        Map<String, Object> values = values(r);
        values.forEach((name, value) -> {
            if (value instanceof Integer i && i < 1) {
                throw new IllegalArgumentException("rule set " + r.version() + ": " + name + " must be at least 1, got " + i);
            }
        });
        order(r, "generalBranchMinMembers", r.generalBranchMinMembers(), "generalBranchMaxMembers", r.generalBranchMaxMembers());
        order(r, "committeeSizeMin", r.committeeSizeMin(), "committeeSizeMax", r.committeeSizeMax());
        order(r, "committeeTermMinYears", r.committeeTermMinYears(), "committeeTermMaxYears", r.committeeTermMaxYears());
    }

    private static void order(RuleSet r, String lowName, int low, String highName, int high) {
        if (low > high) {
            throw new IllegalArgumentException("rule set " + r.version() + ": " + lowName + " (" + low + ") exceeds " + highName + " (" + high + ")");
        }
    }
}
