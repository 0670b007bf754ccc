package org.castpb.coverage.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageRow;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.UncoveredSociety;

/**
 * Coverage counted by the database over SOCIETY, PORG_ORGANISATION, PORG_ORGANISATION_SOCIETY, PORG_LIAISON and
 * LEDGER_REVISION: one statement per report, society rows never leave it. Every value is a bound parameter; the
 * SQL text only varies in the number of scope placeholders, the grouping column, both chosen here, and the caller's
 * {@link Scope} condition, whose values the Scope record has validated as digits and numbers. A caller's scope
 * narrows the configured one: the societies counted are those in both.
 *
 * <p>The date rule is the one of the party-organisation service's covered societies: a coverage row runs on day D
 * when FROM_DATE <= D and TO_DATE (inclusive) is null or >= D, and its organisation counts when established on or
 * before D and not dissolved on or before D. Liaison assignments run by the same from/to rule.
 */
final class CoverageQueries {

    /** Organisations that cover a society by themselves; a WORK_GROUP only brings work coverage. */
    private static final String COVERING_TYPES = "'COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH'";

    /** 4 date parameters. */
    private static final String ORGANISATION_RUNNING = "SELECT 1 FROM PORG_ORGANISATION_SOCIETY OS"
            + " JOIN PORG_ORGANISATION O ON O.ID = OS.ORGANISATION_ID"
            + " WHERE OS.SOCIETY_ID = S.ID AND OS.FROM_DATE <= ? AND (OS.TO_DATE IS NULL OR OS.TO_DATE >= ?)"
            + " AND O.ESTABLISHED_ON <= ? AND (O.DISSOLVED_ON IS NULL OR O.DISSOLVED_ON > ?)";

    /** 4 date parameters. */
    static final String ORGANISATION_COVERED = "EXISTS (" + ORGANISATION_RUNNING + " AND O.ORG_TYPE IN (" + COVERING_TYPES + "))";

    /** 6 date parameters: any running organisation, a work group included, or a running liaison assignment. */
    static final String WORK_COVERED = "(EXISTS (" + ORGANISATION_RUNNING + ")"
            + " OR EXISTS (SELECT 1 FROM PORG_LIAISON L WHERE L.SOCIETY_ID = S.ID AND L.FROM_DATE <= ?"
            + " AND (L.TO_DATE IS NULL OR L.TO_DATE >= ?)))";

    /** The largest page handed out: a listing is read page by page, never whole. */
    static final int MAX_LIMIT = 1000;

    /**
     * Each society with its two coverage flags as of a day (ORG, WRK: 1 or 0), selected by {@link #report} and
     * {@link #cells}; its {@value #COVERED_SOCIETIES_DATES} date parameters are bound by {@link #bindDates}. The running
     * organisation links and liaison assignments are grouped once per society and joined, not probed by correlated
     * EXISTS per society: at 100,000 societies the probes cost 2.5 times this.
     */
    private static final String COVERED_SOCIETIES = " CASE WHEN C.ORG = 1 THEN 1 ELSE 0 END AS ORG,"
            + " CASE WHEN C.SID IS NOT NULL OR W.LID IS NOT NULL THEN 1 ELSE 0 END AS WRK"
            + " FROM SOCIETY S"
            + " LEFT JOIN (SELECT OS.SOCIETY_ID AS SID,"
            + " MAX(CASE WHEN O.ORG_TYPE IN (" + COVERING_TYPES + ") THEN 1 ELSE 0 END) AS ORG"
            + " FROM PORG_ORGANISATION_SOCIETY OS JOIN PORG_ORGANISATION O ON O.ID = OS.ORGANISATION_ID"
            + " WHERE OS.FROM_DATE <= ? AND (OS.TO_DATE IS NULL OR OS.TO_DATE >= ?)"
            + " AND O.ESTABLISHED_ON <= ? AND (O.DISSOLVED_ON IS NULL OR O.DISSOLVED_ON > ?)"
            + " GROUP BY OS.SOCIETY_ID) C ON C.SID = S.ID"
            + " LEFT JOIN (SELECT DISTINCT L.SOCIETY_ID AS LID FROM PORG_LIAISON L"
            + " WHERE L.FROM_DATE <= ? AND (L.TO_DATE IS NULL OR L.TO_DATE >= ?)) W ON W.LID = S.ID";
    private static final int COVERED_SOCIETIES_DATES = 4 + 2;

    private final DataSource dataSource;
    private final CoverageScope scope;

    CoverageQueries(DataSource dataSource, CoverageScope scope) {
        this.dataSource = dataSource;
        this.scope = scope;
    }

    CoverageScope scope() {
        return scope;
    }

    /** Totals of the societies in {@code access}, and the breakdown when {@code groupBy} is given, counted in one statement. */
    CoverageReport report(Scope access, LocalDate asOf, GroupBy groupBy) {
        requireDate(asOf);
        String key = groupBy == null ? "'ALL'" : keyColumn(groupBy);
        String sql = "SELECT T.K, COUNT(*), SUM(T.ORG), SUM(T.WRK) FROM (SELECT " + key + " AS K,"
                + COVERED_SOCIETIES
                + " WHERE " + scopeCondition(access) + ") T GROUP BY T.K ORDER BY T.K";
        List<CoverageRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindDates(ps, 1, asOf, COVERED_SOCIETIES_DATES);
            bindScope(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // an organisation-covered society is work-covered too: WORK_COVERED includes every ORGANISATION_COVERED row
                    rows.add(new CoverageRow(rs.getString(1).trim(), CoverageFigures.of(rs.getLong(2), rs.getLong(3), rs.getLong(4))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("coverage as of " + asOf + " could not be counted: " + e.getMessage(), e);
        }
        CoverageFigures totals = rows.stream().map(CoverageRow::figures).reduce(CoverageFigures::plus).orElse(CoverageFigures.of(0, 0, 0));
        return new CoverageReport(asOf, scope, totals, groupBy, groupBy == null ? List.of() : rows);
    }

    /**
     * The figures as of {@code asOf} of every society in the configured scope, counted in one statement by region
     * code, level, discipline and group-member status: every breakdown and every region's totals add up from these
     * cells ({@link CoverageCells}). The statement is {@link #report}'s with a finer key.
     */
    List<CoverageCells.Cell> cells(LocalDate asOf) {
        requireDate(asOf);
        String sql = "SELECT T.R, T.L, T.D, T.G, COUNT(*), SUM(T.ORG), SUM(T.WRK) FROM (SELECT S.REGION_CODE AS R,"
                + " S.SOCIETY_LEVEL AS L, S.DISCIPLINE AS D, S.GROUP_MEMBER_STATUS AS G,"
                + COVERED_SOCIETIES
                + " WHERE " + scopeCondition(Scope.ALL) + ") T GROUP BY T.R, T.L, T.D, T.G";
        List<CoverageCells.Cell> cells = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bindScope(ps, bindDates(ps, 1, asOf, COVERED_SOCIETIES_DATES));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.add(new CoverageCells.Cell(rs.getString(1).trim(), rs.getString(2).trim(), rs.getString(3).trim(),
                            rs.getString(4).trim(), CoverageFigures.of(rs.getLong(5), rs.getLong(6), rs.getLong(7))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("coverage as of " + asOf + " could not be counted: " + e.getMessage(), e);
        }
        return cells;
    }

    /**
     * The number of committed changes to what coverage counts (COV_CHANGE, raised by triggers on SOCIETY,
     * PORG_ORGANISATION, PORG_ORGANISATION_SOCIETY and PORG_LIAISON in the changing transaction itself).
     */
    long generation() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT GENERATION FROM COV_CHANGE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("COV_CHANGE has no row: the coverage change log has not run");
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the coverage change count could not be read: " + e.getMessage(), e);
        }
    }

    /** The societies in scope and in {@code access} lacking a coverage as of {@code asOf}, by id, with their current ledger's reason. */
    Page<UncoveredSociety> uncovered(Scope access, LocalDate asOf, CoverageKind lacking, int offset, int limit) {
        requireDate(asOf);
        checkPage(offset, limit);
        String lacks = "NOT " + covered(lacking);
        int dates = dates(lacking);
        String filter = scopeCondition(access) + " AND " + lacks;
        String count = "SELECT COUNT(*) FROM SOCIETY S WHERE " + filter;
        String page = "SELECT S.ID, S.NAME, S.USCC, S.REGION_CODE, R.NO_ORGANISATION_REASON, R.NO_ORGANISATION_TEXT"
                + " FROM SOCIETY S LEFT JOIN LEDGER_REVISION R ON R.SOCIETY_ID = S.ID AND R.IS_CURRENT = 1"
                + " WHERE " + filter + " ORDER BY S.ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement(count)) {
                bindDates(ps, bindScope(ps, 1), asOf, dates);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            if (total <= offset) {
                return new Page<>(List.of(), total, offset, limit);
            }
            List<UncoveredSociety> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(page)) {
                int i = bindDates(ps, bindScope(ps, 1), asOf, dates);
                ps.setInt(i, offset);
                ps.setInt(i + 1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String reason = rs.getString(5);
                        items.add(new UncoveredSociety(rs.getLong(1), rs.getString(2), rs.getString(3).trim(), rs.getString(4).trim(),
                                lacking, reason == null ? null : NoOrganisationReason.valueOf(reason.trim()), rs.getString(6)));
                    }
                }
            }
            return new Page<>(items, total, offset, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("uncovered societies as of " + asOf + " could not be listed: " + e.getMessage(), e);
        }
    }

    private static String keyColumn(GroupBy groupBy) {
        return switch (groupBy) {
            case LEVEL -> "S.SOCIETY_LEVEL";
            // the province of a region code is its first two digits followed by 0000
            case REGION -> "SUBSTR(S.REGION_CODE, 1, 2) || '0000'";
            // the city (prefecture) of a region code is its first four digits followed by 00
            case CITY -> "SUBSTR(S.REGION_CODE, 1, 4) || '00'";
            case DISCIPLINE -> "S.DISCIPLINE";
            case GROUP_MEMBER_STATUS -> "S.GROUP_MEMBER_STATUS";
        };
    }

    /** The condition, on society alias S, that it has the coverage as of the date bound {@link #dates} times. */
    static String covered(CoverageKind kind) {
        return kind == CoverageKind.WORK ? WORK_COVERED : ORGANISATION_COVERED;
    }

    /** How many date parameters {@link #covered} takes. */
    static int dates(CoverageKind kind) {
        return kind == CoverageKind.WORK ? 6 : 4;
    }

    /** Refuses a page outside the listing limits. */
    static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new ValidationException(new FieldError("offset", "OUT_OF_RANGE", "offset must be 0 or more, got " + offset));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(new FieldError("limit", "OUT_OF_RANGE", "limit must be 1 to " + MAX_LIMIT + ", got " + limit));
        }
    }

    /** The condition, on society alias S, that it is in the configured scope and in {@code access}; bound by {@link #bindScope}. */
    String scopeCondition(Scope access) {
        return "S.SOCIETY_LEVEL IN (" + placeholders(scope.levels()) + ")"
                + " AND S.GROUP_MEMBER_STATUS IN (" + placeholders(scope.groupMemberStatuses()) + ")"
                + " AND S.REGISTRATION_STATUS IN (" + placeholders(scope.registrationStatuses()) + ")"
                + (access.all() ? "" : " AND " + access(access));
    }

    /** The condition, on society alias S, that it is in {@code access} (no parameters). */
    static String access(Scope access) {
        return access.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL");
    }

    private static String placeholders(Set<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    /** Binds the scope's values in scopeCondition's order (sorted, so the statement text and bindings are stable). */
    int bindScope(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Set<? extends Enum<?>> set : List.of(scope.levels(), scope.groupMemberStatuses(), scope.registrationStatuses())) {
            for (String name : set.stream().map(Enum::name).sorted().toList()) {
                ps.setString(i++, name);
            }
        }
        return i;
    }

    static int bindDates(PreparedStatement ps, int first, LocalDate date, int count) throws SQLException {
        Date d = Date.valueOf(date);
        for (int i = 0; i < count; i++) {
            ps.setDate(first + i, d);
        }
        return first + count;
    }

    private static void requireDate(LocalDate asOf) {
        if (asOf == null) {
            throw new ValidationException(new FieldError("asOf", "REQUIRED", "coverage needs an as-of date"));
        }
        Dates.require("asOf", asOf);
    }

    /** A date the caller must give, within the range castpb accepts ({@link Dates}). */
    static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw new ValidationException(new FieldError(field, "REQUIRED", field + " is required"));
        }
        Dates.require(field, date);
    }
}
