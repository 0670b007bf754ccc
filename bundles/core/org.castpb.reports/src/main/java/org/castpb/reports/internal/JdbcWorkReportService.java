package org.castpb.reports.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;
import org.castpb.api.Texts;
import org.castpb.api.ValidationException;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.reports.Attachment;
import org.castpb.api.reports.AttachmentContent;
import org.castpb.api.reports.AttachmentUpload;
import org.castpb.api.reports.ReportDraft;
import org.castpb.api.reports.ReportKind;
import org.castpb.api.reports.ReportPeriod;
import org.castpb.api.reports.ReportState;
import org.castpb.api.reports.ReportStatus;
import org.castpb.api.reports.WorkReport;
import org.castpb.api.reports.WorkReportService;
import org.castpb.api.sql.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WorkReportService} in plain JDBC on RPT_REPORT, RPT_ATTACHMENT (the files, as BLOBs) and RPT_HISTORY. The
 * actor's scope is a condition on the report's society (alias S) in every statement, so lists, counts and single
 * reads agree.
 */
@Component(service = WorkReportService.class, configurationPid = ReportConfig.PID)
@Designate(ocd = ReportConfig.class)
public class JdbcWorkReportService implements WorkReportService {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final int TEXT_MAX = 20000;
    static final int COMMENT_MAX = 2000;
    static final int LIMIT_MAX = 500;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcWorkReportService.class);
    private static final String SELECT = "SELECT R.ID, R.SOCIETY_ID, S.NAME, R.PERIOD, R.KIND, R.DUE_ON, R.STATE, R.REPORT_TEXT,"
            + " R.CREATED_BY, R.SUBMITTED_AT, R.SUBMITTED_BY, R.LATE, R.GRADE, R.REVIEW_COMMENT, R.REVIEWED_BY, R.REVIEWED_AT,"
            + " R.VERSION FROM RPT_REPORT R JOIN SOCIETY S ON S.ID = R.SOCIETY_ID";

    private final DataSource dataSource;
    private final Clock clock;
    private volatile Schedule schedule;
    private volatile long maxBytes;
    private volatile int maxAttachments;

    @Activate
    public JdbcWorkReportService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                 @Reference(target = "(osgi.condition.id=castpb.schema.reports)") Condition schemaIsReady, ReportConfig config) {
        this(dataSource, config, Clock.system(BEIJING));
    }

    JdbcWorkReportService(DataSource dataSource, ReportConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(ReportConfig config) {
        schedule = Schedule.of(config);
        maxBytes = config.maxAttachmentKilobytes() * 1024L;
        maxAttachments = config.maxAttachments();
    }

    @Override
    public WorkReport create(Actor actor, ReportDraft draft) {
        Societies.mayWrite(actor, "write work reports");
        if (draft == null) {
            throw new ValidationException(new FieldError("report", "REQUIRED", "a report is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        ReportPeriod period = null;
        try {
            period = ReportPeriod.parse(draft.period());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("period", "INVALID", e.getMessage()));
        }
        String text = draft.text() == null ? null : draft.text().strip();
        if (text == null || text.isEmpty()) {
            errors.add(new FieldError("text", "REQUIRED", "the report's text is required"));
        } else if (text.length() > TEXT_MAX) {
            errors.add(new FieldError("text", "TOO_LONG", "the text has " + text.length() + " characters, at most " + TEXT_MAX));
        } else {
            Texts.checkMultiline(errors, "text", text);
        }
        errors.addAll(Attachments.check(draft.attachments(), maxBytes, maxAttachments));
        ReportPeriod p = period;
        return Transactions.write(dataSource, "writing a work report", c -> {
            Societies.Row society = Societies.writable(c, actor, draft.societyId(), "write a work report of society " + draft.societyId());
            if (p != null && !schedule.owes(society.level(), p)) {
                errors.add(new FieldError("period", NOT_SCHEDULED, society.level() + " societies report "
                        + schedule.kinds().get(society.level()) + ", not " + p.kind() + " (period " + p + ")"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Long existing = existing(c, society.id(), p.toString());
            if (existing != null) {
                throw new ConflictException(REPORT_EXISTS, "society " + society.id() + " has a report for " + p + " already (report "
                        + existing + ")", society.id(), p.toString(), existing);
            }
            Instant now = now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO RPT_REPORT (SOCIETY_ID, PERIOD, KIND, DUE_ON, STATE, REPORT_TEXT,"
                    + " CREATED_AT, CREATED_BY, LATE, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, society.id());
                ps.setString(2, p.toString());
                ps.setString(3, p.kind().name());
                ps.setDate(4, Date.valueOf(schedule.dueOn(p)));
                ps.setString(5, ReportState.DRAFT.name());
                ps.setString(6, text);
                ps.setTimestamp(7, Timestamp.from(now));
                ps.setString(8, actor.name());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO RPT_ATTACHMENT (REPORT_ID, FILE_NAME, MEDIA_TYPE, SIZE_BYTES, CONTENT)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
                for (AttachmentUpload a : draft.attachments()) {
                    ps.setLong(1, id);
                    ps.setString(2, a.fileName());
                    ps.setString(3, Attachments.byName(a.fileName()).mediaType);
                    ps.setLong(4, a.content().length);
                    ps.setBytes(5, a.content());
                    ps.executeUpdate();
                }
            }
            WorkReport created = read(c, Scope.ALL, id);
            history(c, id, actor, "CREATE", null, audited(created));
            LOG.info("{} wrote work report {} of society {} for {}", actor.name(), id, society.id(), p);
            return created;
        });
    }

    @Override
    public WorkReport submit(Actor actor, long reportId) {
        Societies.mayWrite(actor, "submit work reports");
        return Transactions.write(dataSource, "submitting work report " + reportId, c -> {
            WorkReport before = changeable(c, actor, reportId, "submit work report " + reportId);
            if (before.state() != ReportState.DRAFT) {
                throw new ValidationException(new FieldError("state", "NOT_A_DRAFT", "work report " + reportId + " is " + before.state()
                        + "; only a draft is submitted"));
            }
            Instant now = now();
            boolean late = LocalDate.ofInstant(now, BEIJING).isAfter(before.dueOn());
            try (PreparedStatement ps = c.prepareStatement("UPDATE RPT_REPORT SET STATE = ?, SUBMITTED_AT = ?, SUBMITTED_BY = ?, LATE = ?,"
                    + " VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
                ps.setString(1, ReportState.SUBMITTED.name());
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setString(3, actor.name());
                ps.setShort(4, (short) (late ? 1 : 0));
                ps.setLong(5, reportId);
                ps.setLong(6, before.version());
                ps.executeUpdate();
            }
            WorkReport after = read(c, Scope.ALL, reportId);
            history(c, reportId, actor, "SUBMIT", audited(before), audited(after));
            LOG.info("{} submitted work report {}{}", actor.name(), reportId, late ? " (late)" : "");
            return after;
        });
    }

    @Override
    public WorkReport review(Actor actor, long reportId, Grade grade, String comment) {
        if (actor == null || !actor.hasAnyRole(Actor.RECORD_WRITERS)) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name()) + " may not review work reports; the"
                    + " party committee above the society does (" + Actor.RECORD_WRITERS + ")");
        }
        String text = comment == null ? null : comment.strip();
        return Transactions.write(dataSource, "reviewing work report " + reportId, c -> {
            WorkReport before = changeable(c, actor, reportId, "review work report " + reportId);
            Societies.Row society = Societies.find(c, before.societyId());
            if (society.level() == SocietyLevel.NATIONAL && !actor.hasAnyRole(Actor.NATIONAL)) {
                throw new ForbiddenException(actor.name() + " may not review the report of a national society; the Societies Party"
                        + " Committee (a national administrator) does");
            }
            List<FieldError> errors = new ArrayList<>();
            if (before.state() != ReportState.SUBMITTED) {
                errors.add(new FieldError("state", NOT_SUBMITTED, "work report " + reportId + " is " + before.state()
                        + (before.state() == ReportState.DRAFT ? ": it has not been submitted yet" : ": it was reviewed already")));
            }
            if (grade == null) {
                errors.add(new FieldError("grade", "REQUIRED", "a review gives a grade: " + List.of(Grade.values())));
            }
            if (text == null || text.isEmpty()) {
                errors.add(new FieldError("comment", "REQUIRED", "a review gives a comment"));
            } else if (text.length() > COMMENT_MAX) {
                errors.add(new FieldError("comment", "TOO_LONG", "the comment has " + text.length() + " characters, at most " + COMMENT_MAX));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE RPT_REPORT SET STATE = ?, GRADE = ?, REVIEW_COMMENT = ?, REVIEWED_BY = ?,"
                    + " REVIEWED_AT = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) {
                ps.setString(1, ReportState.REVIEWED.name());
                ps.setString(2, grade.name());
                ps.setString(3, text);
                ps.setString(4, actor.name());
                ps.setTimestamp(5, Timestamp.from(now()));
                ps.setLong(6, reportId);
                ps.setLong(7, before.version());
                ps.executeUpdate();
            }
            WorkReport after = read(c, Scope.ALL, reportId);
            history(c, reportId, actor, "REVIEW", audited(before), audited(after));
            LOG.info("{} reviewed work report {}: {}", actor.name(), reportId, grade);
            return after;
        });
    }

    @Override
    public WorkReport get(Actor actor, long reportId) {
        Scope scope = Scope.of(actor);
        return Transactions.write(dataSource, "reading work report " + reportId, c -> read(c, scope, reportId));
    }

    @Override
    public AttachmentContent attachment(Actor actor, long reportId, long attachmentId) {
        Scope scope = Scope.of(actor);
        return Transactions.write(dataSource, "reading an attachment of work report " + reportId, c -> {
            read(c, scope, reportId);
            try (PreparedStatement ps = c.prepareStatement("SELECT ID, FILE_NAME, MEDIA_TYPE, SIZE_BYTES, CONTENT FROM RPT_ATTACHMENT"
                    + " WHERE ID = ? AND REPORT_ID = ?")) {
                ps.setLong(1, attachmentId);
                ps.setLong(2, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("attachment of work report " + reportId, attachmentId);
                    }
                    return new AttachmentContent(new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                            rs.getBytes(5));
                }
            }
        });
    }

    @Override
    public List<WorkReport> bySociety(Actor actor, long societyId) {
        Scope scope = Scope.of(actor);
        return Transactions.write(dataSource, "listing the work reports of society " + societyId, c -> {
            Societies.readable(c, scope, societyId);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM RPT_REPORT WHERE SOCIETY_ID = ? ORDER BY DUE_ON DESC, ID DESC")) {
                ps.setLong(1, societyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<WorkReport> reports = new ArrayList<>();
            for (long id : ids) {
                reports.add(read(c, Scope.ALL, id));
            }
            return reports;
        });
    }

    @Override
    public List<AuditEntry> history(Actor actor, long reportId) {
        Scope scope = Scope.of(actor);
        return Transactions.write(dataSource, "reading the history of work report " + reportId, c -> {
            read(c, scope, reportId);
            return Jdbc.history(c, "SELECT CHANGED_AT, ACTOR, CHANGE_KIND, BEFORE_STATE, AFTER_STATE FROM RPT_HISTORY"
                    + " WHERE REPORT_ID = ? ORDER BY CHANGED_AT, ID", reportId);
        });
    }

    @Override
    public Page<ReportStatus> status(Actor actor, String period, ReportState state, boolean lateOnly, int offset, int limit) {
        Scope scope = Scope.of(actor);
        List<FieldError> errors = new ArrayList<>();
        ReportPeriod p = null;
        try {
            p = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("period", "INVALID", e.getMessage()));
        }
        Jdbc.checkPage(errors, offset, limit, LIMIT_MAX);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Set<SocietyLevel> levels = schedule.levels(p.kind());
        LocalDate dueOn = schedule.dueOn(p);
        boolean overdue = LocalDate.now(clock).isAfter(dueOn);
        // the state of each society: its report's, MISSING without one; late: submitted late, or unsubmitted past the day
        String stateExpr = "COALESCE(R.STATE, '" + ReportState.MISSING.name() + "')";
        String lateExpr = "(R.LATE = 1 OR ((R.STATE IS NULL OR R.STATE = '" + ReportState.DRAFT.name() + "') AND " + (overdue ? "1 = 1" : "1 = 0") + "))";
        String where = " WHERE S.REGISTRATION_STATUS = 'ACTIVE' AND " + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL")
                + " AND S.SOCIETY_LEVEL IN (" + (levels.isEmpty() ? "''" : levels.stream().map(l -> "'" + l.name() + "'")
                .collect(Collectors.joining(", "))) + ")"
                // MISSING as "no report" rather than on the COALESCE: Derby turns the outer join into an inner one otherwise
                + (state == null ? "" : state == ReportState.MISSING ? " AND R.ID IS NULL" : " AND R.STATE = '" + state.name() + "'")
                + (lateOnly ? " AND " + lateExpr : "");
        String from = " FROM SOCIETY S LEFT JOIN RPT_REPORT R ON R.SOCIETY_ID = S.ID AND R.PERIOD = ?";
        ReportPeriod rp = p;
        return Transactions.write(dataSource, "listing the work-report status of " + p, c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from + where)) {
                ps.setString(1, rp.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ReportStatus> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT S.ID, S.NAME, S.SOCIETY_LEVEL, S.REGION_CODE, " + stateExpr + ", R.ID, "
                    + "CASE WHEN " + lateExpr + " THEN 1 ELSE 0 END, R.GRADE" + from + where + " ORDER BY S.ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                ps.setString(1, rp.toString());
                ps.setInt(2, offset);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long reportId = rs.getLong(6);
                        Long report = rs.wasNull() ? null : reportId;
                        String grade = rs.getString(8);
                        rows.add(new ReportStatus(rs.getLong(1), rs.getString(2), SocietyLevel.valueOf(rs.getString(3).trim()),
                                rs.getString(4).trim(), rp.toString(), dueOn, ReportState.valueOf(rs.getString(5).trim()), report,
                                rs.getInt(7) == 1, grade == null ? null : Grade.valueOf(grade.trim())));
                    }
                }
            }
            return new Page<>(rows, total, offset, limit);
        });
    }

    // ---- rules and rows ----

    /** The report if it exists; refused when its society lies outside the actor's scope. */
    private static WorkReport changeable(Connection c, Actor actor, long reportId, String what) throws SQLException {
        WorkReport report = read(c, Scope.ALL, reportId);
        Societies.writable(c, actor, report.societyId(), what);
        return report;
    }

    private static Long existing(Connection c, long societyId, String period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM RPT_REPORT WHERE SOCIETY_ID = ? AND PERIOD = ?")) {
            ps.setLong(1, societyId);
            ps.setString(2, period);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The report if its society is in {@code scope}; NotFoundException otherwise, as if it did not exist. */
    private static WorkReport read(Connection c, Scope scope, long id) throws SQLException {
        WorkReport report;
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE R.ID = ? AND " + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"))) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("work report", id);
                }
                report = report(rs, attachments(c, id));
            }
        }
        return report;
    }

    private static List<Attachment> attachments(Connection c, long reportId) throws SQLException {
        List<Attachment> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, FILE_NAME, MEDIA_TYPE, SIZE_BYTES FROM RPT_ATTACHMENT WHERE REPORT_ID = ?"
                + " ORDER BY ID")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
        }
        return list;
    }

    private static WorkReport report(ResultSet rs, List<Attachment> attachments) throws SQLException {
        String grade = rs.getString(13);
        return new WorkReport(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4).trim(),
                ReportKind.valueOf(rs.getString(5).trim()), rs.getDate(6).toLocalDate(), ReportState.valueOf(rs.getString(7).trim()),
                rs.getString(8), attachments, rs.getString(9), instant(rs.getTimestamp(10)), rs.getString(11), rs.getShort(12) == 1,
                grade == null ? null : Grade.valueOf(grade.trim()), rs.getString(14), rs.getString(15), instant(rs.getTimestamp(16)),
                rs.getLong(17));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void history(Connection c, long reportId, Actor actor, String kind, String before, String after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO RPT_HISTORY (REPORT_ID, CHANGED_AT, ACTOR, CHANGE_KIND, BEFORE_STATE,"
                + " AFTER_STATE) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, reportId);
            ps.setTimestamp(2, Timestamp.from(now()));
            ps.setString(3, actor.name());
            ps.setString(4, kind);
            ps.setString(5, before);
            ps.setString(6, after);
            ps.executeUpdate();
        }
    }

    /** The audited fields of a report, its text and files summarised (their content is in the report). */
    private static String audited(WorkReport r) {
        String text = "society=" + r.societyId() + "; period=" + r.period() + "; state=" + r.state() + "; text=" + r.text().length()
                + " characters; attachments=" + r.attachments().stream().map(a -> a.fileName() + " (" + a.size() + " bytes)").toList()
                + "; late=" + r.late() + "; grade=" + r.grade() + "; comment=" + r.reviewComment();
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }
}
