package org.castpb.coverage.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageRow;
import org.castpb.api.coverage.GroupBy;

/**
 * Coverage reports answered from the figures of the configured scope counted once per day and per state of the data:
 * per region code, level, discipline and group-member status ({@link CoverageQueries#cells}). Counted cells are kept
 * with the change count ({@link CoverageQueries#generation}) read before counting them, and used only while that
 * count is unchanged. Every insert, delete and counted-column update of SOCIETY, PORG_ORGANISATION,
 * PORG_ORGANISATION_SOCIETY and PORG_LIAISON raises the count in its own transaction, so kept cells are never older
 * than the data: a change committed while they were counted leaves them with a count already behind, and the next
 * call counts again. A scope naming societies (a secretary's) is counted by {@link CoverageQueries#report} directly:
 * the cells do not name societies.
 */
final class CoverageCells {

    /** The figures of the societies sharing a region code, level, discipline and group-member status. */
    record Cell(String regionCode, String level, String discipline, String groupMemberStatus, CoverageFigures figures) {
    }

    private record Counted(long generation, List<Cell> cells) {
    }

    /** Days kept: today's and each target's are the ones asked for again and again. */
    static final int DAYS_KEPT = 16;

    private final CoverageQueries queries;
    private final Map<LocalDate, Counted> counted = new LinkedHashMap<>(DAYS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Counted> eldest) {
            return size() > DAYS_KEPT;
        }
    };

    CoverageCells(CoverageQueries queries) {
        this.queries = queries;
    }

    /** The same report as {@code queries.report(access, asOf, groupBy)}. */
    CoverageReport report(Scope access, LocalDate asOf, GroupBy groupBy) {
        if (!access.all() && (access.regionPrefix() == null || !access.societyIds().isEmpty())) {
            return queries.report(access, asOf, groupBy);
        }
        CoverageQueries.requireDate("asOf", asOf);
        Function<Cell, String> key = key(groupBy);
        Map<String, CoverageFigures> rows = new TreeMap<>();
        CoverageFigures totals = CoverageFigures.of(0, 0, 0);
        for (Cell cell : cells(asOf)) {
            if (in(access, cell)) {
                rows.merge(key.apply(cell), cell.figures(), CoverageFigures::plus);
                totals = totals.plus(cell.figures());
            }
        }
        List<CoverageRow> breakdown = groupBy == null ? List.of()
                : rows.entrySet().stream().map(e -> new CoverageRow(e.getKey(), e.getValue())).toList();
        return new CoverageReport(asOf, queries.scope(), totals, groupBy, breakdown);
    }

    /** The cells as of {@code asOf} for the data as it is now: the kept ones if nothing changed since, else counted again. */
    List<Cell> cells(LocalDate asOf) {
        long generation = queries.generation();
        synchronized (counted) {
            Counted kept = counted.get(asOf);
            if (kept != null && kept.generation() == generation) {
                return kept.cells();
            }
        }
        // counted outside the lock (a day's count takes seconds at 100,000 societies); two callers may both count
        List<Cell> cells = List.copyOf(queries.cells(asOf));
        synchronized (counted) {
            Counted kept = counted.get(asOf);
            if (kept == null || kept.generation() <= generation) {
                counted.put(asOf, new Counted(generation, cells));
            }
        }
        return cells;
    }

    /** The Scope's SQL condition ({@link Scope#sql}) for a region scope: codes under the prefix, never a national society. */
    private static boolean in(Scope access, Cell cell) {
        return access.all() || (cell.regionCode().startsWith(access.regionPrefix()) && !SocietyLevel.NATIONAL.name().equals(cell.level()));
    }

    private static Function<Cell, String> key(GroupBy groupBy) {
        if (groupBy == null) {
            return cell -> "ALL";
        }
        return switch (groupBy) {
            case LEVEL -> Cell::level;
            case REGION -> cell -> cell.regionCode().substring(0, 2) + "0000";
            case CITY -> cell -> cell.regionCode().substring(0, 4) + "00";
            case DISCIPLINE -> Cell::discipline;
            case GROUP_MEMBER_STATUS -> Cell::groupMemberStatus;
        };
    }
}
