package org.castpb.coverage.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.CoverageTarget;
import org.castpb.api.coverage.EvaluationFailure;
import org.castpb.api.coverage.RectificationOrigin;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.RectificationStatus;
import org.castpb.api.coverage.RectificationTask;
import org.castpb.api.sql.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RectificationService} in plain JDBC on COV_RECTIFICATION, judging coverage with {@link CoverageQueries}'
 * conditions. Ids come from the COV_RECTIFICATION row of ID_SEQUENCE. Nothing runs on its own: whoever calls
 * {@link #generate} and {@link #synchronise} chooses the day, so tests and operators control dates. The actor's scope
 * is a condition on the task's society (alias S) in every statement.
 */
@Component(service = RectificationService.class, configurationPid = SqlCoverageService.PID)
public class SqlRectificationService implements RectificationService {

    private static final Logger LOG = LoggerFactory.getLogger(SqlRectificationService.class);
    private static final String SEQUENCE = "COV_RECTIFICATION";
    private static final int NOTE_MAX = 500;
    private static final int CRITERIA_MAX = 4000;
    private static final String SELECT = "SELECT R.ID, R.SOCIETY_ID, S.NAME, R.TARGET_DATE, R.KIND, R.DUE_ON, R.STATUS,"
            + " R.CLOSED_ON, R.CLOSED_BY, R.CLOSING_NOTE, R.ORIGIN, R.CAMPAIGN_ID, R.VETOED, R.CRITERIA, R.REEVALUATED_IN"
            + " FROM COV_RECTIFICATION R JOIN SOCIETY S ON S.ID = R.SOCIETY_ID";

    private final DataSource dataSource;
    private final CoverageQueries queries;
    private final List<CoverageTarget> targets;
    private final int dueDays;
    private final Clock clock;

    /** Takes the schema migrator only to start once the COV_* tables exist. */
    @Activate
    public SqlRectificationService(SqlCoverageService.Config config,
                                   @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                   @Reference(target = "(osgi.condition.id=castpb.schema.coverage)") Condition schemaIsReady) {
        this(dataSource, new CoverageQueries(dataSource, CoverageSettings.scope(config.scopeLevels(),
                        config.scopeGroupMemberStatuses(), config.scopeRegistrationStatuses())),
                CoverageSettings.targets(config.targets()), CoverageSettings.dueDays(config.rectificationDueDays()),
                Clock.system(CoverageSettings.BEIJING));
    }

    SqlRectificationService(DataSource dataSource, CoverageQueries queries, List<CoverageTarget> targets, int dueDays, Clock clock) {
        this.dataSource = dataSource;
        this.queries = queries;
        this.targets = List.copyOf(targets);
        this.dueDays = dueDays;
        this.clock = clock;
    }

    @Override
    public int generate(Actor actor, LocalDate today) {
        Writers.require(actor, "generate rectification tasks");
        CoverageQueries.requireDate("today", today);
        int created = Transactions.write(dataSource, "generating rectification tasks", c -> {
            // taking the sequence row first makes concurrent generations wait for each other, so the second one
            // sees the first one's tasks instead of failing on the unique key
            reserve(c, 0);
            Timestamp now = Timestamp.from(clock.instant());
            int count = 0;
            for (CoverageTarget target : targets) {
                if (!target.date().isBefore(today)) {
                    continue;
                }
                for (CoverageKind kind : kinds(target)) {
                    List<Long> societies = shortOf(c, Scope.of(actor), target.date(), kind);
                    if (societies.isEmpty()) {
                        continue;
                    }
                    long id = reserve(c, societies.size()) - societies.size() + 1;
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO COV_RECTIFICATION (ID, SOCIETY_ID, TARGET_DATE,"
                            + " KIND, DUE_ON, STATUS, CREATED_AT, CREATED_BY) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (long societyId : societies) {
                            ps.setLong(1, id++);
                            ps.setLong(2, societyId);
                            ps.setDate(3, Date.valueOf(target.date()));
                            ps.setString(4, kind.name());
                            ps.setDate(5, Date.valueOf(target.date().plusDays(dueDays)));
                            ps.setString(6, RectificationStatus.OPEN.name());
                            ps.setTimestamp(7, now);
                            ps.setString(8, actor.name());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    count += societies.size();
                }
            }
            return count;
        });
        LOG.info("{} opened {} rectification tasks for the targets before {}", actor.name(), created, today);
        return created;
    }

    @Override
    public int synchronise(LocalDate today) {
        CoverageQueries.requireDate("today", today);
        int closed = Transactions.write(dataSource, "closing covered rectification tasks", c -> {
            int count = 0;
            for (CoverageKind kind : CoverageKind.values()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE COV_RECTIFICATION SET STATUS = ?, CLOSED_ON = ?,"
                        + " CLOSED_BY = ?, CLOSING_NOTE = ? WHERE STATUS = ? AND KIND = ?"
                        + " AND SOCIETY_ID IN (SELECT S.ID FROM SOCIETY S WHERE " + CoverageQueries.covered(kind) + ")")) {
                    ps.setString(1, RectificationStatus.CLOSED.name());
                    ps.setDate(2, Date.valueOf(today));
                    ps.setString(3, SYSTEM);
                    ps.setString(4, "covered on " + today);
                    ps.setString(5, RectificationStatus.OPEN.name());
                    ps.setString(6, kind.name());
                    CoverageQueries.bindDates(ps, 7, today, CoverageQueries.dates(kind));
                    count += ps.executeUpdate();
                }
            }
            return count;
        });
        if (closed > 0) {
            LOG.info("closed {} rectification tasks whose societies are covered on {}", closed, today);
        }
        return closed;
    }

    @Override
    public RectificationTask close(Actor actor, long id, String note) {
        Writers.require(actor, "close rectification tasks");
        if (note == null || note.isBlank()) {
            throw new ValidationException(new FieldError("note", "REQUIRED", "closing a rectification task by hand needs a note saying why"));
        }
        if (note.length() > NOTE_MAX) {
            throw new ValidationException(new FieldError("note", "TOO_LONG", "note must be at most " + NOTE_MAX + " characters, got " + note.length()));
        }
        LocalDate today = LocalDate.now(clock);
        return Transactions.write(dataSource, "closing rectification task " + id, c -> {
            if (find(c, Scope.ALL, id, today) != null && find(c, Scope.of(actor), id, today) == null) {
                throw ForbiddenException.outOfScope(actor, "close rectification task " + id);
            }
            RectificationTask open = get(c, Scope.ALL, id, today);
            if (open.status() == RectificationStatus.OPEN && open.vetoed() && open.reevaluatedInCampaignId() == null) {
                throw new ConflictException(REEVALUATION_REQUIRED, "rectification task " + id + " follows a veto in campaign "
                        + open.campaignId() + ": it closes only once a campaign completed since has passed the society", id, open.campaignId());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE COV_RECTIFICATION SET STATUS = ?, CLOSED_ON = ?, CLOSED_BY = ?,"
                    + " CLOSING_NOTE = ? WHERE ID = ? AND STATUS = ?")) {
                ps.setString(1, RectificationStatus.CLOSED.name());
                ps.setDate(2, Date.valueOf(today));
                ps.setString(3, actor.name());
                ps.setString(4, note.strip());
                ps.setLong(5, id);
                ps.setString(6, RectificationStatus.OPEN.name());
                if (ps.executeUpdate() == 0) {
                    RectificationTask task = get(c, Scope.ALL, id, today);
                    throw new ConflictException(ALREADY_CLOSED, "rectification task " + id + " was closed on " + task.closedOn()
                            + " by " + task.closedBy(), id, task.closedOn(), task.closedBy());
                }
            }
            LOG.info("{} closed rectification task {} by hand", actor.name(), id);
            return get(c, Scope.ALL, id, today);
        });
    }

    @Override
    public RectificationTask followUp(EvaluationFailure failure) {
        String criteria = clip(String.join("\n", failure.criteria()), CRITERIA_MAX);
        LocalDate today = LocalDate.now(clock);
        return Transactions.write(dataSource, "following up society " + failure.societyId() + " in campaign " + failure.campaignId(), c -> {
            reserve(c, 0); // serialises follow-ups like generation, so a campaign run twice at once still opens one task
            Long existing = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM COV_RECTIFICATION WHERE SOCIETY_ID = ? AND CAMPAIGN_ID = ?")) {
                ps.setLong(1, failure.societyId());
                ps.setLong(2, failure.campaignId());
                try (ResultSet rs = ps.executeQuery()) {
                    existing = rs.next() ? rs.getLong(1) : null;
                }
            }
            if (existing != null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE COV_RECTIFICATION SET CRITERIA = ?, VETOED = ?"
                        + " WHERE ID = ? AND STATUS = ?")) {
                    ps.setString(1, criteria);
                    ps.setShort(2, (short) (failure.vetoed() ? 1 : 0));
                    ps.setLong(3, existing);
                    ps.setString(4, RectificationStatus.OPEN.name());
                    ps.executeUpdate();
                }
                return get(c, Scope.ALL, existing, today);
            }
            long id = reserve(c, 1);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO COV_RECTIFICATION (ID, SOCIETY_ID, DUE_ON, STATUS,"
                    + " CREATED_AT, CREATED_BY, ORIGIN, CAMPAIGN_ID, VETOED, CRITERIA) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, failure.societyId());
                ps.setDate(3, Date.valueOf(failure.dueOn()));
                ps.setString(4, RectificationStatus.OPEN.name());
                ps.setTimestamp(5, Timestamp.from(clock.instant()));
                ps.setString(6, SYSTEM);
                ps.setString(7, RectificationOrigin.EVALUATION.name());
                ps.setLong(8, failure.campaignId());
                ps.setShort(9, (short) (failure.vetoed() ? 1 : 0));
                ps.setString(10, criteria);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    throw new NotFoundException("society", failure.societyId());
                }
                throw e;
            }
            LOG.info("opened rectification task {} for society {} after campaign {}{}", id, failure.societyId(),
                    failure.campaignId(), failure.vetoed() ? " (veto)" : "");
            return get(c, Scope.ALL, id, today);
        });
    }

    @Override
    public int reevaluated(long societyId, long campaignId) {
        int counted = Transactions.write(dataSource, "recording the re-evaluation of society " + societyId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE COV_RECTIFICATION SET REEVALUATED_IN = ?"
                    + " WHERE SOCIETY_ID = ? AND ORIGIN = ? AND STATUS = ?")) {
                ps.setLong(1, campaignId);
                ps.setLong(2, societyId);
                ps.setString(3, RectificationOrigin.EVALUATION.name());
                ps.setString(4, RectificationStatus.OPEN.name());
                return ps.executeUpdate();
            }
        });
        if (counted > 0) {
            LOG.info("society {} passed campaign {}, the re-evaluation of {} open rectification task(s)", societyId, campaignId, counted);
        }
        return counted;
    }

    @Override
    public List<RectificationTask> bySociety(Actor actor, long societyId) {
        Scope access = Scope.of(actor);
        LocalDate today = LocalDate.now(clock);
        return Transactions.read(dataSource, "listing the rectification tasks of society " + societyId, c -> {
            List<RectificationTask> tasks = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE R.SOCIETY_ID = ? AND " + CoverageQueries.access(access)
                    + " ORDER BY R.ID DESC")) {
                ps.setLong(1, societyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tasks.add(task(rs, today));
                    }
                }
            }
            return tasks;
        });
    }

    @Override
    public RectificationTask get(Actor actor, long id) {
        return Transactions.read(dataSource, "reading rectification task " + id, c -> get(c, Scope.of(actor), id, LocalDate.now(clock)));
    }

    @Override
    public Page<RectificationTask> open(Actor actor, int offset, int limit) {
        return page(Scope.of(actor), LocalDate.now(clock), false, offset, limit);
    }

    @Override
    public Page<RectificationTask> overdue(Actor actor, LocalDate today, int offset, int limit) {
        CoverageQueries.requireDate("today", today);
        return page(Scope.of(actor), today, true, offset, limit);
    }

    private Page<RectificationTask> page(Scope access, LocalDate today, boolean overdueOnly, int offset, int limit) {
        CoverageQueries.checkPage(offset, limit);
        String where = " WHERE R.STATUS = ?" + (overdueOnly ? " AND R.DUE_ON < ?" : "") + " AND " + CoverageQueries.access(access);
        return Transactions.read(dataSource, "listing rectification tasks", c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM COV_RECTIFICATION R JOIN SOCIETY S ON S.ID = R.SOCIETY_ID"
                    + where)) {
                bindFilter(ps, today, overdueOnly);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<RectificationTask> items = new ArrayList<>();
            if (total > offset) {
                try (PreparedStatement ps = c.prepareStatement(SELECT + where
                        + " ORDER BY R.DUE_ON, R.ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                    int i = bindFilter(ps, today, overdueOnly);
                    ps.setInt(i, offset);
                    ps.setInt(i + 1, limit);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            items.add(task(rs, today));
                        }
                    }
                }
            }
            return new Page<>(items, total, offset, limit);
        });
    }

    private static int bindFilter(PreparedStatement ps, LocalDate today, boolean overdueOnly) throws SQLException {
        ps.setString(1, RectificationStatus.OPEN.name());
        if (overdueOnly) {
            ps.setDate(2, Date.valueOf(today));
            return 3;
        }
        return 2;
    }

    /** Ids of the societies in scope lacking {@code kind} as of {@code targetDate} that have no task for it yet. */
    private List<Long> shortOf(Connection c, Scope access, LocalDate targetDate, CoverageKind kind) throws SQLException {
        String sql = "SELECT S.ID FROM SOCIETY S WHERE " + queries.scopeCondition(access) + " AND NOT " + CoverageQueries.covered(kind)
                + " AND NOT EXISTS (SELECT 1 FROM COV_RECTIFICATION R WHERE R.SOCIETY_ID = S.ID AND R.TARGET_DATE = ? AND R.KIND = ?)"
                + " ORDER BY S.ID";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = CoverageQueries.bindDates(ps, queries.bindScope(ps, 1), targetDate, CoverageQueries.dates(kind));
            ps.setDate(i, Date.valueOf(targetDate));
            ps.setString(i + 1, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Adds {@code count} to the sequence and returns its new value, the last id reserved. */
    private static long reserve(Connection c, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ID_SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = ?")) {
            ps.setLong(1, count);
            ps.setString(2, SEQUENCE);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("ID_SEQUENCE has no row " + SEQUENCE + ": the coverage change log has not run");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT SEQ_COUNT FROM ID_SEQUENCE WHERE SEQ_NAME = ?")) {
            ps.setString(1, SEQUENCE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The task if its society is in {@code access}, else NotFoundException: outside the scope it does not exist. */
    private static RectificationTask get(Connection c, Scope access, long id, LocalDate today) throws SQLException {
        RectificationTask task = find(c, access, id, today);
        if (task == null) {
            throw new NotFoundException("rectification task", id);
        }
        return task;
    }

    private static RectificationTask find(Connection c, Scope access, long id, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE R.ID = ? AND " + CoverageQueries.access(access))) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? task(rs, today) : null;
            }
        }
    }

    private static RectificationTask task(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate dueOn = rs.getDate(6).toLocalDate();
        RectificationStatus status = RectificationStatus.valueOf(rs.getString(7).trim());
        Date closedOn = rs.getDate(8);
        Date targetDate = rs.getDate(4);
        String kind = rs.getString(5);
        String criteria = rs.getString(14);
        return new RectificationTask(rs.getLong(1), rs.getLong(2), rs.getString(3), targetDate == null ? null : targetDate.toLocalDate(),
                kind == null ? null : CoverageKind.valueOf(kind.trim()), dueOn, status,
                status == RectificationStatus.OPEN && dueOn.isBefore(today),
                closedOn == null ? null : closedOn.toLocalDate(), rs.getString(9), rs.getString(10),
                RectificationOrigin.valueOf(rs.getString(11).trim()), nullable(rs, 12), rs.getShort(13) == 1,
                criteria == null ? List.of() : List.of(criteria.split("\n")), nullable(rs, 15));
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static List<CoverageKind> kinds(CoverageTarget target) {
        List<CoverageKind> kinds = new ArrayList<>();
        if (target.organisationMin() != null) {
            kinds.add(CoverageKind.ORGANISATION);
        }
        if (target.workMin() != null) {
            kinds.add(CoverageKind.WORK);
        }
        return kinds;
    }
}
