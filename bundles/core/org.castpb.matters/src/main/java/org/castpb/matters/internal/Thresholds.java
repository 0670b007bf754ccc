package org.castpb.matters.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.castpb.api.matters.MatterThresholds;
import org.castpb.api.rules.DatedVersions;

/**
 * The threshold versions in force, each from its effective date until the next one's; immutable. The built-in
 * version carries castpb's defaults; configuration adds versions or replaces one by name, giving only what differs.
 */
final class Thresholds {

    /** castpb's defaults, "always": an expenditure from 100,000 yuan and a donation from 50,000 yuan are major matters. */
    static final MatterThresholds V1 = new MatterThresholds("v1", LocalDate.of(1900, 1, 1), new BigDecimal("100000"), new BigDecimal("50000"));

    private static final DatedVersions<MatterThresholds> BUILT_IN = new DatedVersions<>("threshold version", List.of(V1),
            MatterThresholds::version, MatterThresholds::effectiveFrom);

    private final DatedVersions<MatterThresholds> versions;

    private Thresholds(DatedVersions<MatterThresholds> versions) {
        this.versions = versions;
    }

    List<MatterThresholds> versions() {
        return versions.versions();
    }

    /** The version in force on {@code date}; a date before the first version gets the first. */
    MatterThresholds at(LocalDate date) {
        return versions.at(date);
    }

    /**
     * The built-in version with the configured entries applied in order. An entry reads
     * {@code VERSION EFFECTIVE_FROM [largeExpenditure=YUAN] [largeDonation=YUAN]}, e.g. {@code v2 2024-01-01 largeExpenditure=200000}.
     *
     * @throws IllegalArgumentException naming the entry and what is wrong with it
     */
    static Thresholds of(String... entries) {
        // a .cfg file gives the list as one comma-separated value
        List<String> all = new ArrayList<>();
        for (String value : entries == null ? new String[0] : entries) {
            all.addAll(List.of(value == null ? new String[0] : value.split(",")));
        }
        return new Thresholds(BUILT_IN.with(Thresholds::derive, all.toArray(String[]::new)));
    }

    private static MatterThresholds derive(MatterThresholds base, String version, LocalDate from, Map<String, String> settings,
            DatedVersions.Entry entry) {
        BigDecimal expenditure = base.largeExpenditure();
        BigDecimal donation = base.largeDonation();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            if ("largeExpenditure".equals(setting.getKey())) {
                expenditure = amount(entry, setting.getValue());
            } else if ("largeDonation".equals(setting.getKey())) {
                donation = amount(entry, setting.getValue());
            } else {
                throw entry.refuse("unknown threshold '" + setting.getKey() + "=" + setting.getValue() + "' (known: largeExpenditure, largeDonation)");
            }
        }
        return new MatterThresholds(version, from, expenditure, donation);
    }

    private static BigDecimal amount(DatedVersions.Entry entry, String text) {
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() > 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw entry.refuse("'" + text + "' is not an amount of yuan above 0");
    }
}
