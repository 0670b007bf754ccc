package org.castpb.reports.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.castpb.api.SocietyLevel;
import org.castpb.api.reports.ReportKind;
import org.castpb.api.reports.ReportPeriod;

/**
 * Which report kinds each level owes and when a period's report is due, read strictly from the configuration: a
 * schedule nobody meant would list societies as missing reports they never owed.
 */
record Schedule(Map<SocietyLevel, Set<ReportKind>> kinds, int dueDays) {

    static Schedule of(ReportConfig config) {
        Map<SocietyLevel, Set<ReportKind>> kinds = new EnumMap<>(SocietyLevel.class);
        kinds.put(SocietyLevel.NATIONAL, kinds("nationalKinds", config.nationalKinds()));
        kinds.put(SocietyLevel.PROVINCIAL, kinds("provincialKinds", config.provincialKinds()));
        kinds.put(SocietyLevel.MUNICIPAL, kinds("municipalKinds", config.municipalKinds()));
        if (config.dueDays() < 0) {
            throw new IllegalArgumentException(ReportConfig.PID + ": dueDays must be 0 or more, got " + config.dueDays());
        }
        return new Schedule(Map.copyOf(kinds), config.dueDays());
    }

    /** Whether a society of this level reports on this period. */
    boolean owes(SocietyLevel level, ReportPeriod period) {
        return kinds.getOrDefault(level, Set.of()).contains(period.kind());
    }

    /** The levels that report on periods of this kind. */
    Set<SocietyLevel> levels(ReportKind kind) {
        Set<SocietyLevel> levels = EnumSet.noneOf(SocietyLevel.class);
        kinds.forEach((level, owed) -> {
            if (owed.contains(kind)) {
                levels.add(level);
            }
        });
        return levels;
    }

    LocalDate dueOn(ReportPeriod period) {
        return period.end().plusDays(dueDays);
    }

    private static Set<ReportKind> kinds(String attribute, String[] values) {
        Set<ReportKind> set = EnumSet.noneOf(ReportKind.class);
        // a .cfg file gives a list as one comma-separated value, a .config file as an array
        for (String value : Arrays.stream(values == null ? new String[0] : values).flatMap(v -> Stream.of(v.split(","))).toList()) {
            if (value.isBlank()) {
                continue;
            }
            try {
                set.add(ReportKind.valueOf(value.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ReportConfig.PID + ": " + attribute + " has '" + value.trim()
                        + "', expected some of " + EnumSet.allOf(ReportKind.class));
            }
        }
        return set;
    }
}
