package org.castpb.matters.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.matters.MatterThresholds;

/**
 * The threshold versions in force, each from its effective date until the next one's; immutable. The built-in
 * version carries castpb's defaults; configuration adds versions or replaces one by name, giving only what differs.
 */
final class Thresholds {

    /** castpb's defaults, "always": an expenditure from 100,000 yuan and a donation from 50,000 yuan are major matters. */
    static final MatterThresholds V1 = new MatterThresholds("v1", LocalDate.of(1900, 1, 1), new BigDecimal("100000"), new BigDecimal("50000"));

    private final List<MatterThresholds> versions;

    Thresholds(List<MatterThresholds> versions) {
        List<MatterThresholds> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(MatterThresholds::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("threshold versions " + sorted.get(i - 1).version() + " and " + sorted.get(i).version()
                        + " take effect on the same day " + sorted.get(i).effectiveFrom());
            }
        }
        this.versions = List.copyOf(sorted);
    }

    List<MatterThresholds> versions() {
        return versions;
    }

    /** The version in force on {@code date}; a date before the first version gets the first. */
    MatterThresholds at(LocalDate date) {
        MatterThresholds found = versions.get(0);
        for (MatterThresholds t : versions) {
            if (!t.effectiveFrom().isAfter(date)) {
                found = t;
            }
        }
        return found;
    }

    /**
     * The built-in version with the configured entries applied in order. An entry reads
     * {@code VERSION EFFECTIVE_FROM [largeExpenditure=YUAN] [largeDonation=YUAN]}, e.g. {@code v2 2024-01-01 largeExpenditure=200000}.
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    static Thresholds of(String... entries) {
        Map<String, MatterThresholds> byName = new LinkedHashMap<>();
        byName.put(V1.version(), V1);
        // a .cfg file gives the list as one comma-separated value
        List<String> all = new ArrayList<>();
        for (String value : entries == null ? new String[0] : entries) {
            all.addAll(List.of(value == null ? new String[0] : value.split(",")));
        }
        for (String entry : all) {
            if (entry.isBlank()) {
                continue;
            }
            String[] words = entry.trim().split("\\s+");
            if (words.length < 2) {
                throw new IllegalArgumentException("threshold version '" + entry + "': expected 'VERSION EFFECTIVE_FROM [name=yuan ...]'");
            }
            LocalDate from;
            try {
                from = LocalDate.parse(words[1]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("threshold version '" + entry + "': effective date '" + words[1] + "' is not YYYY-MM-DD");
            }
            MatterThresholds base = byName.containsKey(words[0]) ? byName.get(words[0])
                    : new Thresholds(List.copyOf(byName.values())).at(from.minusDays(1));
            BigDecimal expenditure = base.largeExpenditure();
            BigDecimal donation = base.largeDonation();
            for (int i = 2; i < words.length; i++) {
                String[] pair = words[i].split("=", 2);
                BigDecimal amount = pair.length == 2 ? amount(entry, pair[1]) : null;
                if (pair.length == 2 && "largeExpenditure".equals(pair[0])) {
                    expenditure = amount;
                } else if (pair.length == 2 && "largeDonation".equals(pair[0])) {
                    donation = amount;
                } else {
                    throw new IllegalArgumentException("threshold version '" + entry + "': unknown threshold '" + words[i]
                            + "' (known: largeExpenditure, largeDonation)");
                }
            }
            byName.put(words[0], new MatterThresholds(words[0], from, expenditure, donation));
        }
        return new Thresholds(List.copyOf(byName.values()));
    }

    private static BigDecimal amount(String entry, String text) {
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() > 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("threshold version '" + entry + "': '" + text + "' is not an amount of yuan above 0");
    }
}
