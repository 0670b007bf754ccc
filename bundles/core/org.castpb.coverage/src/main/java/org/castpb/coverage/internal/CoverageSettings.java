package org.castpb.coverage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyLevel;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageTarget;

/**
 * Reads the configured scope and targets strictly: a wrong entry is refused with a message naming it,
 * because figures counted against a scope or target nobody meant are worse than none.
 */
final class CoverageSettings {

    /** castpb counts days in Beijing time, like the party-organisation service. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private CoverageSettings() {
    }

    /** The configured days a rectification task is given, refused when negative. */
    static int dueDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException(SqlCoverageService.PID + ": rectificationDueDays must be 0 or more, got " + days);
        }
        return days;
    }

    /** The scope from the configured names of levels, group-member statuses and registration statuses. */
    static CoverageScope scope(String[] levels, String[] groupMemberStatuses, String[] registrationStatuses) {
        return new CoverageScope(names(SocietyLevel.class, "scopeLevels", levels),
                names(GroupMemberStatus.class, "scopeGroupMemberStatuses", groupMemberStatuses),
                names(RegistrationStatus.class, "scopeRegistrationStatuses", registrationStatuses));
    }

    /** Targets from entries like {@code 2016-12-31 organisation=80 work=100}, the earliest first; one per date. */
    static List<CoverageTarget> targets(String[] entries) {
        List<CoverageTarget> targets = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        for (String entry : entries == null ? new String[0] : entries) {
            CoverageTarget target = target(entry);
            if (!dates.add(target.date())) {
                throw refused(entry, "another target has the same date");
            }
            targets.add(target);
        }
        targets.sort(Comparator.comparing(CoverageTarget::date));
        return List.copyOf(targets);
    }

    private static CoverageTarget target(String entry) {
        String[] parts = entry == null ? new String[0] : entry.trim().split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
            throw refused(entry, "expected 'YYYY-MM-DD organisation=N work=N' with one or both minimums");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(parts[0]);
        } catch (DateTimeParseException e) {
            throw refused(entry, "'" + parts[0] + "' is not a date YYYY-MM-DD");
        }
        BigDecimal organisation = null;
        BigDecimal work = null;
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", -1);
            BigDecimal value = pair.length == 2 ? percent(entry, pair[1]) : null;
            if (value == null) {
                throw refused(entry, "'" + parts[i] + "' is not name=percent");
            } else if (pair[0].equals("organisation") && organisation == null) {
                organisation = value;
            } else if (pair[0].equals("work") && work == null) {
                work = value;
            } else {
                throw refused(entry, "'" + pair[0] + "' is unknown or repeated; expected organisation and work at most once each");
            }
        }
        return new CoverageTarget(date, organisation, work);
    }

    private static BigDecimal percent(String entry, String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw refused(entry, "minimum " + text + " is outside 0-100");
        }
        return value;
    }

    private static <E extends Enum<E>> Set<E> names(Class<E> type, String attribute, String[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(SqlCoverageService.PID + ": " + attribute + " must name at least one value");
        }
        Set<E> set = EnumSet.noneOf(type);
        // a .cfg file gives a list as one comma-separated value ("PROVINCIAL, MUNICIPAL"), a .config file as an array
        for (String value : Arrays.stream(values).flatMap(v -> v == null ? Stream.of((String) null) : Arrays.stream(v.split(","))).toList()) {
            try {
                set.add(Enum.valueOf(type, value.trim()));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(SqlCoverageService.PID + ": " + attribute + " has '" + value
                        + "', expected one of " + EnumSet.allOf(type));
            }
        }
        return set;
    }

    private static IllegalArgumentException refused(String entry, String why) {
        return new IllegalArgumentException(SqlCoverageService.PID + ": target '" + entry + "' refused: " + why);
    }
}
