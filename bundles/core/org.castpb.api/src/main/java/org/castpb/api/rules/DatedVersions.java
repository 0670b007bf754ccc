package org.castpb.api.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The versions of a set of rules, each in force from its effective date until the next one's. Immutable. No two
 * versions take effect on the same day; a date before the first version gets the first.
 *
 * <p>Configuration adds versions or replaces one by name with entries that read
 * {@code VERSION EFFECTIVE_FROM [name=value ...]}, e.g. {@code v3 2024-01-01 branchMaxMembers=60}, giving only what
 * differs: an entry naming an existing version starts from that version's values, a new version from the version in
 * force the day before it. What the names mean is the rules' own business ({@link Derivation}); this class reads the
 * entries, dates them and keeps the versions in order.
 *
 * @param <T> one version of the rules
 */
public final class DatedVersions<T> {

    /**
     * Makes a version from the one it starts from and an entry's settings.
     *
     * @param <T> one version of the rules
     */
    @FunctionalInterface
    public interface Derivation<T> {

        /**
         * The version {@code version} in force from {@code from}: {@code base} with {@code settings} applied.
         *
         * @param settings the entry's {@code name=value} words, in order (a word without {@code =} has an empty value)
         * @throws IllegalArgumentException through {@link Entry#refuse} when a setting is unknown or its value wrong
         */
        T derive(T base, String version, LocalDate from, Map<String, String> settings, Entry entry);
    }

    /** The configuration entry being read, to name it in a refusal. */
    public static final class Entry {

        private final String what;
        private final String text;

        Entry(String what, String text) {
            this.what = what;
            this.text = text;
        }

        /** The entry as configured. */
        public String text() {
            return text;
        }

        /** A refusal naming the rules and this entry, then {@code problem}. */
        public IllegalArgumentException refuse(String problem) {
            return new IllegalArgumentException(what + " '" + text + "': " + problem);
        }

        /** {@code value} as a whole number of at least {@code min}, or a refusal naming {@code name}. */
        public int wholeNumber(String name, String value, int min) {
            try {
                int n = Integer.parseInt(value);
                if (n >= min) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw refuse(name + " must be a whole number of at least " + min + ", got '" + value + "'");
        }
    }

    private final String what;
    private final Function<T, String> version;
    private final Function<T, LocalDate> effectiveFrom;
    private final List<T> versions;

    /**
     * @param what the rules' name in refusals, e.g. {@code "rule set"} or {@code "training rule"}
     * @param version a version's name
     * @param effectiveFrom the day a version takes effect
     * @throws IllegalArgumentException when there is no version or two take effect on the same day
     */
    public DatedVersions(String what, List<T> versions, Function<T, String> version, Function<T, LocalDate> effectiveFrom) {
        this.what = Objects.requireNonNull(what, "what");
        this.version = Objects.requireNonNull(version, "version");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one " + what + " version is needed");
        }
        List<T> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate day = effectiveFrom.apply(sorted.get(i));
            if (day.equals(effectiveFrom.apply(sorted.get(i - 1)))) {
                throw new IllegalArgumentException(what + " versions " + version.apply(sorted.get(i - 1)) + " and "
                        + version.apply(sorted.get(i)) + " take effect on the same day " + day);
            }
        }
        this.versions = List.copyOf(sorted);
    }

    /** All versions, oldest first. */
    public List<T> versions() {
        return versions;
    }

    /** The version in force on {@code date}; a date before the first version gets the first. */
    public T at(LocalDate date) {
        T found = versions.get(0);
        for (T r : versions) {
            if (!effectiveFrom.apply(r).isAfter(date)) {
                found = r;
            }
        }
        return found;
    }

    /**
     * These versions with the configured entries applied, in order; blank entries are skipped.
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    public DatedVersions<T> with(Derivation<T> derivation, String... entries) {
        Map<String, T> byName = new LinkedHashMap<>();
        versions.forEach(r -> byName.put(version.apply(r), r));
        for (String text : entries == null ? new String[0] : entries) {
            if (text == null || text.isBlank()) {
                continue;
            }
            Entry entry = new Entry(what, text);
            String[] words = text.trim().split("\\s+");
            if (words.length < 2) {
                throw entry.refuse("expected 'VERSION EFFECTIVE_FROM [name=value ...]'");
            }
            LocalDate from;
            try {
                from = LocalDate.parse(words[1]);
            } catch (DateTimeParseException e) {
                throw entry.refuse("effective date '" + words[1] + "' is not YYYY-MM-DD");
            }
            T base = byName.containsKey(words[0]) ? byName.get(words[0]) : rebuilt(byName).at(from.minusDays(1));
            Map<String, String> settings = new LinkedHashMap<>();
            for (int i = 2; i < words.length; i++) {
                String[] pair = words[i].split("=", 2);
                settings.put(pair[0], pair.length == 2 ? pair[1] : "");
            }
            byName.put(words[0], Objects.requireNonNull(derivation.derive(base, words[0], from, settings, entry), "derived version"));
        }
        return rebuilt(byName);
    }

    private DatedVersions<T> rebuilt(Map<String, T> byName) {
        return new DatedVersions<>(what, List.copyOf(byName.values()), version, effectiveFrom);
    }
}
