package org.castpb.coverage.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageSnapshot;
import org.castpb.api.coverage.SnapshotService;
import org.castpb.api.coverage.TrendPoint;
import org.castpb.api.sql.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SnapshotService} on COV_SNAPSHOT: the figures are {@link CoverageQueries}' totals, counted in the database,
 * so no society row is ever loaded. A month's figures count as of its last day; the current month's as of today.
 * Each snapshot belongs to the actor scope it was counted for (SCOPE_KEY), so every scope reads its own figures.
 */
@Component(service = SnapshotService.class, configurationPid = SqlCoverageService.PID)
public class SqlSnapshotService implements SnapshotService {

    /** A trend longer than twenty years is almost certainly a mistake, and each missing month costs a count. */
    static final int MAX_MONTHS = 240;
    private static final Logger LOG = LoggerFactory.getLogger(SqlSnapshotService.class);
    /** SCOPE_KEY's width; a longer scope (many named societies) is stored by its digest. */
    static final int KEY_MAX = 200;

    private final DataSource dataSource;
    private final CoverageQueries queries;
    private final Clock clock;

    /** Takes the schema migrator only to start once the COV_* tables exist. */
    @Activate
    public SqlSnapshotService(SqlCoverageService.Config config,
                              @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                              @Reference(target = "(osgi.condition.id=castpb.schema.coverage)") Condition schemaIsReady) {
        this(dataSource, new CoverageQueries(dataSource, CoverageSettings.scope(config.scopeLevels(),
                config.scopeGroupMemberStatuses(), config.scopeRegistrationStatuses())), Clock.system(CoverageSettings.BEIJING));
    }

    SqlSnapshotService(DataSource dataSource, CoverageQueries queries, Clock clock) {
        this.dataSource = dataSource;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public CoverageSnapshot take(Actor actor, LocalDate month) {
        Writers.require(actor, "take coverage snapshots");
        CoverageQueries.requireDate("month", month);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = month.withDayOfMonth(1);
        if (first.isAfter(today.withDayOfMonth(1))) {
            throw new ValidationException(new FieldError("month", "IN_FUTURE", "a snapshot can only be taken of a month up to the current one ("
                    + today.withDayOfMonth(1) + "), got " + first));
        }
        LocalDate asOf = asOf(first, today);
        Scope access = Scope.of(actor);
        String key = key(access);
        CoverageFigures figures = queries.report(access, asOf, null).totals();
        Instant takenAt = clock.instant();
        Transactions.write(dataSource, "storing the coverage snapshot of " + first, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM COV_SNAPSHOT WHERE SCOPE_KEY = ? AND SNAPSHOT_MONTH = ?")) {
                ps.setString(1, key);
                ps.setDate(2, Date.valueOf(first));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO COV_SNAPSHOT (SNAPSHOT_MONTH, AS_OF, IN_SCOPE,"
                    + " ORGANISATION_COVERED, WORK_COVERED, TAKEN_AT, SCOPE_KEY) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setDate(1, Date.valueOf(first));
                ps.setDate(2, Date.valueOf(asOf));
                ps.setLong(3, figures.inScope());
                ps.setLong(4, figures.organisationCovered());
                ps.setLong(5, figures.workCovered());
                ps.setTimestamp(6, Timestamp.from(takenAt));
                ps.setString(7, key);
                return ps.executeUpdate();
            }
        });
        LOG.info("coverage snapshot of {} as of {} for scope {}: {}", first, asOf, key, figures);
        return new CoverageSnapshot(first, asOf, figures, takenAt);
    }

    @Override
    public List<CoverageSnapshot> snapshots(Actor actor, LocalDate fromMonth, LocalDate toMonth) {
        LocalDate from = range(fromMonth, toMonth, false);
        return stored(Scope.of(actor), from, toMonth.withDayOfMonth(1));
    }

    @Override
    public List<TrendPoint> trend(Actor actor, LocalDate fromMonth, LocalDate toMonth) {
        LocalDate from = range(fromMonth, toMonth, true);
        LocalDate to = toMonth.withDayOfMonth(1);
        Scope access = Scope.of(actor);
        Map<LocalDate, CoverageSnapshot> stored = new HashMap<>();
        for (CoverageSnapshot snapshot : stored(access, from, to)) {
            stored.put(snapshot.month(), snapshot);
        }
        LocalDate today = LocalDate.now(clock);
        List<TrendPoint> points = new ArrayList<>();
        for (LocalDate month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            CoverageSnapshot snapshot = stored.get(month);
            if (snapshot != null) {
                points.add(TrendPoint.of(month, snapshot.asOf(), snapshot.figures(), true));
            } else {
                LocalDate asOf = asOf(month, today);
                points.add(TrendPoint.of(month, asOf, queries.report(access, asOf, null).totals(), false));
            }
        }
        return points;
    }

    private List<CoverageSnapshot> stored(Scope access, LocalDate from, LocalDate to) {
        return Transactions.read(dataSource, "reading coverage snapshots", c -> {
            List<CoverageSnapshot> snapshots = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT SNAPSHOT_MONTH, AS_OF, IN_SCOPE, ORGANISATION_COVERED, WORK_COVERED,"
                    + " TAKEN_AT FROM COV_SNAPSHOT WHERE SCOPE_KEY = ? AND SNAPSHOT_MONTH >= ? AND SNAPSHOT_MONTH <= ?"
                    + " ORDER BY SNAPSHOT_MONTH")) {
                ps.setString(1, key(access));
                ps.setDate(2, Date.valueOf(from));
                ps.setDate(3, Date.valueOf(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        snapshots.add(new CoverageSnapshot(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(),
                                CoverageFigures.of(rs.getLong(3), rs.getLong(4), rs.getLong(5)), rs.getTimestamp(6).toInstant()));
                    }
                }
            }
            return snapshots;
        });
    }

    /** The SCOPE_KEY of a scope: its readable form ("all", "region 33"), or its SHA-256 when that is too long. */
    static String key(Scope access) {
        String text = access.toString();
        if (text.length() <= KEY_MAX) {
            return text;
        }
        try {
            return "sha256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The month's last day, or today for the current month. */
    private static LocalDate asOf(LocalDate first, LocalDate today) {
        LocalDate last = first.plusMonths(1).minusDays(1);
        return last.isAfter(today) ? today : last;
    }

    /** Checks a range of months and returns the first day of its first month. */
    private LocalDate range(LocalDate fromMonth, LocalDate toMonth, boolean upToNow) {
        CoverageQueries.requireDate("fromMonth", fromMonth);
        CoverageQueries.requireDate("toMonth", toMonth);
        LocalDate from = fromMonth.withDayOfMonth(1);
        LocalDate to = toMonth.withDayOfMonth(1);
        if (from.isAfter(to)) {
            throw new ValidationException(new FieldError("toMonth", "BEFORE_FROM", "toMonth " + to + " is before fromMonth " + from));
        }
        LocalDate current = LocalDate.now(clock).withDayOfMonth(1);
        if (upToNow && to.isAfter(current)) {
            throw new ValidationException(new FieldError("toMonth", "IN_FUTURE", "a trend reaches at most the current month ("
                    + current + "), got " + to));
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new ValidationException(new FieldError("toMonth", "OUT_OF_RANGE", "a range spans at most " + MAX_MONTHS + " months"));
        }
        return from;
    }
}
