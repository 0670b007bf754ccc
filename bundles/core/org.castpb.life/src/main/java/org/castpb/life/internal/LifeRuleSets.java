package org.castpb.life.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.life.Frequency;
import org.castpb.api.life.LifeRuleSet;
import org.castpb.api.life.MeetingType;
import org.castpb.api.rules.DatedVersions;

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

    private final DatedVersions<LifeRuleSet> versions;

    LifeRuleSets(List<LifeRuleSet> versions) {
        this(new DatedVersions<>("rule set", versions, LifeRuleSet::version, LifeRuleSet::effectiveFrom));
    }

    private LifeRuleSets(DatedVersions<LifeRuleSet> versions) {
        this.versions = versions;
    }

    List<LifeRuleSet> versions() {
        return versions.versions();
    }

    /** The version in force on {@code date}; a date before the first version gets the first. */
    LifeRuleSet at(LocalDate date) {
        return versions.at(date);
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
        return new LifeRuleSets(versions.with(LifeRuleSets::derive, entries));
    }

    private static LifeRuleSet derive(LifeRuleSet base, String version, LocalDate from, Map<String, String> settings,
            DatedVersions.Entry entry) {
        Map<MeetingType, Frequency> frequencies = new EnumMap<>(MeetingType.class);
        frequencies.putAll(base.frequencies());
        int committeeFrom = base.committeeFromFormalMembers();
        int absenceMonths = base.absenceMonths();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String name = setting.getKey();
            String value = setting.getValue();
            if (COMMITTEE_FROM.equals(name)) {
                committeeFrom = entry.wholeNumber(name, value, 1);
            } else if (ABSENCE_MONTHS.equals(name)) {
                absenceMonths = entry.wholeNumber(name, value, 1);
            } else {
                frequencies.put(constant(entry, MeetingType.class, name, "name"), constant(entry, Frequency.class, value, name));
            }
        }
        return new LifeRuleSet(version, from, frequencies, committeeFrom, absenceMonths);
    }

    private static <E extends Enum<E>> E constant(DatedVersions.Entry entry, Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw entry.refuse("unknown " + what + " '" + value + "' (known: "
                    + Arrays.toString(type.getEnumConstants()) + (type == MeetingType.class ? ", " + COMMITTEE_FROM + ", " + ABSENCE_MONTHS : "") + ")");
        }
    }
}
