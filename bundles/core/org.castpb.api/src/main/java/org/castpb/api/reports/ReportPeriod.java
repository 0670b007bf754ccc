package org.castpb.api.reports;

import java.time.LocalDate;

/**
 * One reporting period: a year, or a half of it.
 *
 * @param kind  half-yearly or yearly
 * @param year  the year reported on
 * @param half  1 or 2 for a half-yearly period, 0 for a yearly one
 */
public record ReportPeriod(ReportKind kind, int year, int half) {

    public ReportPeriod {
        if (kind == null) {
            throw new IllegalArgumentException("a period needs its kind");
        }
        if (kind == ReportKind.HALF_YEARLY ? half != 1 && half != 2 : half != 0) {
            throw new IllegalArgumentException(kind == ReportKind.HALF_YEARLY ? "a half-yearly period is half 1 or 2, not " + half
                    : "a yearly period has no half, got " + half);
        }
    }

    /** Parses {@code 2026}, {@code 2026-H1} or {@code 2026-H2}; refuses anything else with IllegalArgumentException. */
    public static ReportPeriod parse(String text) {
        if (text != null && text.matches("\\d{4}")) {
            return new ReportPeriod(ReportKind.YEARLY, Integer.parseInt(text), 0);
        }
        if (text != null && text.matches("\\d{4}-H[12]")) {
            return new ReportPeriod(ReportKind.HALF_YEARLY, Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
        }
        throw new IllegalArgumentException("a period is written 2026, 2026-H1 or 2026-H2, not '" + text + "'");
    }

    /** The last day reported on. */
    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    @Override
    public String toString() {
        return kind == ReportKind.YEARLY ? Integer.toString(year) : year + "-H" + half;
    }
}
