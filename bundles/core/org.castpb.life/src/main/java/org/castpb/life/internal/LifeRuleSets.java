package org.castpb.life.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.life.Frequency;
import org.castpb.api.life.LifeRuleSet;
import org.castpb.api.life.MeetingType;

/**
 * The versions of the rules of organisational life, each in force from its effective date until the next one's.
 * Immutable. The built-in version carries the defaults of the party rules; configuration adds versions or replaces one
 * by name, giving only what differs.
 */
final class LifeRuleSets {

    /** The defaults: committee and group meetings monthly, assembly and lecture quarterly, the life meetings yearly. */
    static final LifeRuleSet V1 = new LifeRuleSet("v1", LocalDate.of(1900, 1, 1), Map.of(
            MeetingType.COMMITTEE_MEETING, Frequency.MONTHLY,
            MeetingType.GROUP_MEETING, Frequency.MONTHLY,
            MeetingType.MEMBERS_ASSEMBLY, Frequency.QUARTERLY,
            MeetingType.PARTY_LECTURE, Frequency.QUARTERLY,
            MeetingType.ORGANISATIONAL_LIFE_MEETING, Frequency.YEARLY,
            MeetingType.DEMOCRATIC_LIFE_MEETING, Frequency.YEARLY), 7, 6);

    static final LifeRuleSets DEFAULTS = new LifeRuleSets(List.of(V1));

    static final String COMMITTEE_FROM = "committeeFromFormalMembers";
    static final String ABSENCE_MONTHS = "absenceMonths";

    private final List<LifeRuleSet> versions;

    LifeRuleSets(List<LifeRuleSet> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one rule-set version is needed");
        }
        List<LifeRuleSet> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(LifeRuleSet::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("rule-set versions " + sorted.get(i - 1).version() + " and "
                        + sorted.get(i).version() + " take effect on the same day " + sorted.get(i).effectiveFrom());
            }
        }
        this.versions = List.copyOf(sorted);
    }

    List<LifeRuleSet> versions() {
        return versions;
    }

    /** The version in force on {@code date}; a date before the first version gets the first. */
    LifeRuleSet at(LocalDate date) {
        LifeRuleSet found = versions.get(0);
        for (LifeRuleSet r : versions) {
            if (!r.effectiveFrom().isAfter(date)) {
                found = r;
            }
        }
        return found;
    }

    /**
     * These versions with the configured entries applied, in order. An entry reads
     * {@code VERSION EFFECTIVE_FROM [name=value ...]}, e.g. {@code v2 2027-01-01 PARTY_LECTURE=MONTHLY absenceMonths=3}:
     * a meeting type's name with a {@link Frequency}, or {@value #COMMITTEE_FROM} or {@value #ABSENCE_MONTHS} with a
     * whole number of at least 1. An entry naming an existing version replaces it and starts from its values; a new
     * version starts from the version in force the day before it.
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    LifeRuleSets with(String... entries) {
        Map<String, LifeRuleSet> byName = new LinkedHashMap<>();
        versions.forEach(r -> byName.put(r.version(), r));
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String[] words = entry.trim().split("\\s+");
            if (words.length < 2) {
                throw new IllegalArgumentException("rule set '" + entry + "': expected 'VERSION EFFECTIVE_FROM [name=value ...]'");
            }
            LocalDate from;
            try {
                from = LocalDate.parse(words[1]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("rule set '" + entry + "': effective date '" + words[1] + "' is not YYYY-MM-DD");
            }
            LifeRuleSet base = byName.containsKey(words[0]) ? byName.get(words[0])
                    : new LifeRuleSets(List.copyOf(byName.values())).at(from.minusDays(1));
            Map<MeetingType, Frequency> frequencies = new EnumMap<>(MeetingType.class);
            frequencies.putAll(base.frequencies());
            int committeeFrom = base.committeeFromFormalMembers();
            int absenceMonths = base.absenceMonths();
            for (int i = 2; i < words.length; i++) {
                String[] pair = words[i].split("=", 2);
                String name = pair[0];
                String value = pair.length == 2 ? pair[1] : "";
                if (COMMITTEE_FROM.equals(name) || ABSENCE_MONTHS.equals(name)) {
                    int n = positive(entry, name, value);
                    committeeFrom = COMMITTEE_FROM.equals(name) ? n : committeeFrom;
                    absenceMonths = ABSENCE_MONTHS.equals(name) ? n : absenceMonths;
                } else {
                    frequencies.put(constant(entry, MeetingType.class, name, "name"), constant(entry, Frequency.class, value, name));
                }
            }
            byName.put(words[0], new LifeRuleSet(words[0], from, frequencies, committeeFrom, absenceMonths));
        }
        return new LifeRuleSets(List.copyOf(byName.values()));
    }

    private static int positive(String entry, String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("rule set '" + entry + "': " + name + " must be a whole number of at least 1, got '" + value + "'");
    }

    private static <E extends Enum<E>> E constant(String entry, Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule set '" + entry + "': unknown " + what + " '" + value + "' (known: "
                    + Arrays.toString(type.getEnumConstants()) + (type == MeetingType.class ? ", " + COMMITTEE_FROM + ", " + ABSENCE_MONTHS : "") + ")");
        }
    }
}
