package org.castpb.appraisal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.AuditTexts;
import org.castpb.api.ConflictException;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.StaleVersionException;
import org.castpb.api.Texts;
import org.castpb.api.ValidationException;
import org.castpb.api.appraisal.AppraisalDraft;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.AppraisedMember;
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.CaseStep;
import org.castpb.api.appraisal.CaseStepDraft;
import org.castpb.api.appraisal.GradeEntry;
import org.castpb.api.appraisal.HandlingStep;
import org.castpb.api.appraisal.UnqualifiedCase;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.sql.Sql;
import org.castpb.api.Page;
import org.castpb.api.life.Alert;
import org.castpb.api.life.AlertKind;
import org.castpb.api.life.AlertQuery;
import org.castpb.api.life.AlertService;
import org.castpb.api.life.AlertStatus;
import org.castpb.api.life.ComplianceQuery;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.text.Labels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.condition.Condition;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@link AppraisalService} on JDBC: each call one transaction, every read and write confined to the organisations
 * covering a society in the actor's scope, in SQL. Members are checked through the {@link MemberService}.
 */
@Component(service = AppraisalService.class, configurationPid = JdbcAppraisalService.PID)
@Designate(ocd = JdbcAppraisalService.Config.class)
public class JdbcAppraisalService implements AppraisalService {

    static final String PID = "org.castpb.appraisal";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String WHAT = "democratic appraisal";
    private static final Set<String> KEEPERS;

    static {
        Set<String> keepers = new TreeSet<>(Actor.RECORD_WRITERS);
        keepers.add("society-secretary");
        KEEPERS = Set.copyOf(keepers);
    }

    @ObjectClassDefinition(name = "castpb democratic appraisal", description = "The share of EXCELLENT grades a round may give without a justification")
    public @interface Config {

        @AttributeDefinition(name = "EXCELLENT at most", description = "The most EXCELLENT grades may be of those appraised, as a fraction "
                + "(party rules: normally a third); above it a round is recorded only with a justification")
        String excellentMaxShare() default "1/3";
    }

    private final DataSource dataSource;
    private final MemberService members;
    /** Organisational life's alerts, where this instance runs them; bound while the appraisal runs, as life starts after it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AlertService alerts;
    private final AppraisalRules.Share share;
    private final Clock clock;

    @Activate
    public JdbcAppraisalService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                @Reference(target = "(osgi.condition.id=castpb.schema.appraisal)") Condition schemaIsReady, @Reference MemberService members,
                                Config config) {
        this(dataSource, members, null, AppraisalRules.Share.parse(config.excellentMaxShare()), Clock.systemUTC());
    }

    JdbcAppraisalService(DataSource dataSource, MemberService members, AlertService alerts, AppraisalRules.Share share, Clock clock) {
        this.dataSource = dataSource;
        this.members = members;
        this.alerts = alerts;
        this.share = share;
        this.clock = clock;
    }

    @Override
    public AppraisalRound record(Actor actor, AppraisalDraft draft) {
        mayKeep(actor, "record democratic appraisals");
        List<FieldError> errors = AppraisalRules.check(draft, today(), share);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> warnings = AppraisalRules.warnings(draft.grades(), share);
        String justification = draft.justification() == null || draft.justification().isBlank() ? null : draft.justification().strip();
        return Sql.transaction(dataSource, WHAT, sql -> {
            String organisation = requireWritable(sql, actor, draft.organisationId());
            Map<Long, String> names = new LinkedHashMap<>();
            for (int i = 0; i < draft.grades().size(); i++) {
                long memberId = draft.grades().get(i).memberId();
                Member m = member(memberId);
                if (m == null || m.organisationId() != draft.organisationId() || !m.status().onRoll()) {
                    errors.add(new FieldError("grades[" + i + "].memberId", NOT_A_MEMBER, "member " + memberId + " is not on the roll of "
                            + "party organisation " + draft.organisationId() + " " + organisation));
                } else {
                    names.put(memberId, m.name());
                }
            }
            Long existing = sql.one("SELECT ID FROM APPRAISAL_ROUND WHERE ORGANISATION_ID = ? AND APPRAISAL_YEAR = ?", rs -> rs.getLong(1),
                    draft.organisationId(), draft.year());
            if (existing != null) {
                errors.add(new FieldError("year", ROUND_EXISTS, "party organisation " + draft.organisationId() + " already recorded its "
                        + "appraisal of " + draft.year() + " as round " + existing));
            }
            String ids = draft.grades().stream().map(g -> Long.toString(g.memberId())).collect(Collectors.joining(","));
            for (long[] earlier : sql.list("SELECT MEMBER_ID, ROUND_ID FROM APPRAISAL_GRADE WHERE APPRAISAL_YEAR = ? AND MEMBER_ID IN (" + ids + ")",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)}, draft.year())) {
                int index = indexOf(draft.grades(), earlier[0]);
                errors.add(new FieldError("grades[" + index + "].memberId", APPRAISED_TWICE, "member " + earlier[0] + " was already appraised for "
                        + draft.year() + " in round " + earlier[1]));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Instant now = now();
            long id = sql.insert("INSERT INTO APPRAISAL_ROUND (ORGANISATION_ID, APPRAISAL_YEAR, HELD_ON, WARNINGS, JUSTIFICATION, RULE_VERSION,"
                            + " VERSION, UPDATED_AT, UPDATED_BY) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", draft.organisationId(), draft.year(),
                    draft.heldOn(), warnings.isEmpty() ? null : String.join(",", warnings), justification, share.rule(), now, actor.name());
            for (GradeEntry g : draft.grades()) {
                sql.update("INSERT INTO APPRAISAL_GRADE (ROUND_ID, MEMBER_ID, MEMBER_NAME, APPRAISAL_YEAR, GRADE) VALUES (?, ?, ?, ?, ?)",
                        id, g.memberId(), names.get(g.memberId()), draft.year(), g.grade().name());
            }
            AppraisalRound round = round(sql, id);
            audit(sql, id, now, actor, "CREATE", null, AuditTexts.text(flatten(round)));
            for (GradeEntry g : draft.grades()) {
                if (g.grade() == AppraisalGrade.UNQUALIFIED) {
                    long caseId = sql.insert("INSERT INTO APPRAISAL_CASE (MEMBER_ID, MEMBER_NAME, ORGANISATION_ID, ROUND_ID, APPRAISAL_YEAR,"
                                    + " OPENED_ON, CASE_STATE, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", g.memberId(), names.get(g.memberId()),
                            draft.organisationId(), id, draft.year(), draft.heldOn(), CaseState.OPEN.name());
                    audit(sql, id, caseId, now, actor, "CASE_OPENED", null, "case=" + caseId + "; member=" + g.memberId() + " " + names.get(g.memberId()));
                }
            }
            return round;
        });
    }

    private Member member(long id) {
        try {
            return members.get(Actor.SYSTEM, id);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static int indexOf(List<GradeEntry> grades, long memberId) {
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).memberId() == memberId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public AppraisalRound get(Actor actor, long id) {
        mayRead(actor);
        return Sql.transaction(dataSource, WHAT, sql -> {
            Long found = sql.one("SELECT R.ID FROM APPRAISAL_ROUND R WHERE R.ID = ? AND " + inScope(Scope.of(actor), "R.ORGANISATION_ID"),
                    rs -> rs.getLong(1), id);
            if (found == null) {
                throw new NotFoundException("appraisal round", id);
            }
            return round(sql, id);
        });
    }

    @Override
    public List<AppraisalRound> list(Actor actor, Long organisationId, Long societyId, Integer year) {
        mayRead(actor);
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(inScope(Scope.of(actor), "R.ORGANISATION_ID"));
        if (organisationId != null) {
            where.append(" AND R.ORGANISATION_ID = ?");
            parameters.add(organisationId);
        }
        if (societyId != null) {
            where.append(" AND EXISTS (SELECT 1 FROM PORG_ORGANISATION_SOCIETY OS WHERE OS.ORGANISATION_ID = R.ORGANISATION_ID AND OS.SOCIETY_ID = ?)");
            parameters.add(societyId);
        }
        if (year != null) {
            where.append(" AND R.APPRAISAL_YEAR = ?");
            parameters.add(year);
        }
        return Sql.transaction(dataSource, WHAT, sql -> {
            List<Long> ids = sql.list("SELECT R.ID FROM APPRAISAL_ROUND R WHERE " + where + " ORDER BY R.APPRAISAL_YEAR DESC, R.ORGANISATION_ID, R.ID",
                    rs -> rs.getLong(1), parameters.toArray());
            List<AppraisalRound> rounds = new ArrayList<>();
            for (long id : ids) {
                rounds.add(round(sql, id));
            }
            return rounds;
        });
    }

    @Override
    public List<AuditEntry> history(Actor actor, long roundId) {
        get(actor, roundId);
        return trail("ROUND_ID", roundId);
    }

    /** The history entries whose {@code column} (ROUND_ID or CASE_ID) is {@code id}, oldest first. */
    private List<AuditEntry> trail(String column, long id) {
        return Sql.transaction(dataSource, WHAT, sql -> sql.list("SELECT CHANGED_AT, CHANGED_BY, CHANGE_KIND, BEFORE_STATE, AFTER_STATE FROM "
                        + "APPRAISAL_HISTORY WHERE " + column + " = ? ORDER BY ID",
                rs -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), id));
    }

    @Override
    public List<UnqualifiedCase> cases(Actor actor, CaseState state) {
        mayRead(actor);
        return Sql.transaction(dataSource, WHAT, sql -> {
            List<UnqualifiedCase> cases = sql.list("SELECT * FROM APPRAISAL_CASE C WHERE " + inScope(Scope.of(actor), "C.ORGANISATION_ID")
                    + (state == null ? "" : " AND C.CASE_STATE = '" + state.name() + "'") + " ORDER BY C.OPENED_ON, C.ID", JdbcAppraisalService::bareCase);
            List<UnqualifiedCase> out = new ArrayList<>();
            for (UnqualifiedCase c : cases) {
                out.add(withSteps(sql, c));
            }
            return out;
        });
    }

    @Override
    public UnqualifiedCase getCase(Actor actor, long id) {
        mayRead(actor);
        return Sql.transaction(dataSource, WHAT, sql -> visibleCase(sql, actor, id));
    }

    @Override
    public List<AuditEntry> caseHistory(Actor actor, long id) {
        getCase(actor, id);
        return trail("CASE_ID", id);
    }

    @Override
    public UnqualifiedCase openCase(Actor actor, long memberId, LocalDate on, String reason) {
        mayKeep(actor, "open unqualified-member cases");
        List<FieldError> errors = openingDay(on);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            errors.add(new FieldError("reason", "REQUIRED", "say why the case is opened (e.g. absent from organisational life for six months without reason)"));
        } else if (why.length() > CaseRules.NOTE_MAX) {
            errors.add(new FieldError("reason", "TOO_LONG", "reason has at most " + CaseRules.NOTE_MAX + " characters"));
        }
        Texts.checkMultiline(errors, "reason", why);
        Member m = member(memberId);
        if (m == null || !m.status().onRoll()) {
            errors.add(new FieldError("memberId", NOT_A_MEMBER, "member " + memberId + " is not on the roll of a party organisation"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return Sql.transaction(dataSource, WHAT, sql -> {
            requireWritable(sql, actor, m.organisationId());
            Long open = sql.one("SELECT ID FROM APPRAISAL_CASE WHERE MEMBER_ID = ? AND CASE_STATE = ?", rs -> rs.getLong(1), memberId, CaseState.OPEN.name());
            if (open != null) {
                throw new ValidationException(new FieldError("memberId", CASE_EXISTS, "member " + memberId + " has case " + open + " open"));
            }
            long caseId = sql.insert("INSERT INTO APPRAISAL_CASE (MEMBER_ID, MEMBER_NAME, ORGANISATION_ID, ROUND_ID, APPRAISAL_YEAR, OPENED_ON,"
                            + " CASE_STATE, VERSION, OPEN_REASON) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)", memberId, m.name(), m.organisationId(), null,
                    on.getYear(), on, CaseState.OPEN.name(), why);
            audit(sql, null, caseId, now(), actor, "CASE_OPENED", null, "case=" + caseId + "; member=" + memberId + " " + m.name()
                    + "; openedOn=" + on + "; reason=" + why);
            return withSteps(sql, sql.one("SELECT * FROM APPRAISAL_CASE WHERE ID = ?", JdbcAppraisalService::bareCase, caseId));
        });
    }

    /** The problems of the day a case is opened: required, not in the future. */
    private List<FieldError> openingDay(LocalDate on) {
        List<FieldError> errors = new ArrayList<>();
        if (on == null) {
            errors.add(new FieldError("on", "REQUIRED", "the day the case is opened is required"));
        } else {
            Dates.check(errors, "on", on);
            if (on.isAfter(today())) {
                errors.add(new FieldError("on", "IN_FUTURE", "on " + on + " is after today " + today()));
            }
        }
        return errors;
    }

    @Override
    public List<UnqualifiedCase> openCasesForCandidates(Actor actor, LocalDate on) {
        mayKeep(actor, "open unqualified-member cases");
        List<FieldError> errors = openingDay(on);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AlertService life = alerts;
        if (life == null) {
            return List.of();
        }
        Map<Long, Alert> candidates = new LinkedHashMap<>();
        for (int offset = 0; ; offset += ComplianceQuery.MAX_LIMIT) {
            Page<Alert> page = life.list(actor, new AlertQuery(null, AlertKind.UNQUALIFIED_CANDIDATE, AlertStatus.OPEN, offset, ComplianceQuery.MAX_LIMIT));
            page.items().stream().filter(a -> a.memberId() != null).forEach(a -> candidates.putIfAbsent(a.memberId(), a));
            if (offset + ComplianceQuery.MAX_LIMIT >= page.total()) {
                break;
            }
        }
        List<Long> open = Sql.transaction(dataSource, WHAT, sql -> sql.list("SELECT MEMBER_ID FROM APPRAISAL_CASE WHERE CASE_STATE = ?",
                rs -> rs.getLong(1), CaseState.OPEN.name()));
        Set<Long> withCase = new TreeSet<>(open);
        List<UnqualifiedCase> opened = new ArrayList<>();
        for (Alert a : candidates.values()) {
            Member m = member(a.memberId());
            if (withCase.contains(a.memberId()) || m == null || !m.status().onRoll() || a.openedOn().isAfter(on)) {
                continue;
            }
            opened.add(openCase(actor, a.memberId(), on, "alert " + a.id() + " of " + a.openedOn() + ": " + a.message()));
        }
        return opened;
    }

    @Override
    public UnqualifiedCase recordStep(Actor actor, long id, long expectedVersion, CaseStepDraft step) {
        mayKeep(actor, "record the handling of unqualified-member cases");
        UnqualifiedCase c = changeable(actor, id, expectedVersion);
        List<FieldError> errors = CaseRules.checkStep(c.steps(), step, c.openedOn(), today());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String note = step.note().strip();
        Sql.Work<Void> write = sql -> {
            UnqualifiedCase now = visibleCase(sql, actor, id);
            if (now.version() != expectedVersion || now.state() != CaseState.OPEN) {
                throw StaleVersionException.concurrentChange();
            }
            Instant at = now();
            int number = c.steps().size() + 1;
            sql.update("INSERT INTO APPRAISAL_CASE_STEP (CASE_ID, STEP_NO, STEP_KIND, STEP_ON, DEADLINE, NOTE, RECORDED_AT, RECORDED_BY)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, number, step.kind().name(), step.on(), step.deadline(), note, at, actor.name());
            String after = "case=" + id + "; step=" + number + " " + step.kind() + "; on=" + step.on()
                    + (step.deadline() == null ? "" : "; deadline=" + step.deadline()) + "; note=" + note;
            if (step.kind() == HandlingStep.REMOVAL) {
                close(sql, id, expectedVersion, step.on(), CaseResult.REMOVED, note);
                after += "; state=CLOSED; result=REMOVED";
            } else {
                sql.update("UPDATE APPRAISAL_CASE SET VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?", id, expectedVersion);
            }
            audit(sql, now.roundId() == 0 ? null : now.roundId(), id, at, actor, "CASE_STEP", null, after);
            return null;
        };
        if (step.kind() == HandlingStep.REMOVAL) {
            takeOffTheRoll(actor, c, step.on(), "除名 removed: unqualified-member case " + id + ", " + note, write);
        } else {
            Sql.transaction(dataSource, WHAT, write);
        }
        return getCase(actor, id);
    }

    @Override
    public UnqualifiedCase closeCase(Actor actor, long id, long expectedVersion, LocalDate on, CaseResult result, String note) {
        mayKeep(actor, "close unqualified-member cases");
        UnqualifiedCase c = changeable(actor, id, expectedVersion);
        List<FieldError> errors = CaseRules.checkClose(c.steps(), on, result, note, c.openedOn(), today());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String text = note.strip();
        Sql.Work<Void> write = sql -> {
            UnqualifiedCase now = visibleCase(sql, actor, id);
            if (now.version() != expectedVersion || now.state() != CaseState.OPEN) {
                throw StaleVersionException.concurrentChange();
            }
            close(sql, id, expectedVersion, on, result, text);
            audit(sql, now.roundId() == 0 ? null : now.roundId(), id, now(), actor, "CASE_CLOSED", "case=" + id + "; state=OPEN",
                    "case=" + id + "; state=CLOSED; closedOn=" + on + "; result=" + result + "; outcome=" + text);
            return null;
        };
        if (result == CaseResult.PERSUADED_TO_LEAVE) {
            takeOffTheRoll(actor, c, on, "劝退 left the party when persuaded: unqualified-member case " + id + ", " + text, write);
        } else {
            Sql.transaction(dataSource, WHAT, write);
        }
        return getCase(actor, id);
    }

    /** The member leaves the roll as REMOVED and {@code write} records the case's side, in one transaction of the registry's. */
    private void takeOffTheRoll(Actor actor, UnqualifiedCase c, LocalDate on, String reason, Sql.Work<Void> write) {
        Member m = member(c.memberId());
        if (m == null || !m.status().onRoll()) {
            throw new ValidationException(new FieldError("memberId", NOT_A_MEMBER, "member " + c.memberId() + " is no longer on the roll ("
                    + (m == null ? "not registered" : m.status()) + "): close the case with result OTHER"));
        }
        String line = reason.replaceAll("\\s+", " ");
        members.leave(actor, m.id(), m.version(), MemberStatus.REMOVED, on, line.length() > 500 ? line.substring(0, 500) : line, write);
    }

    private static void close(Sql sql, long id, long expectedVersion, LocalDate on, CaseResult result, String note) throws SQLException {
        if (sql.update("UPDATE APPRAISAL_CASE SET CASE_STATE = ?, CLOSED_ON = ?, OUTCOME = ?, RESULT = ?, VERSION = VERSION + 1 WHERE ID = ?"
                + " AND VERSION = ?", CaseState.CLOSED.name(), on, note, result.name(), id, expectedVersion) != 1) {
            throw StaleVersionException.concurrentChange();
        }
    }

    /** The case to change: in scope and writable, at the expected version, open. */
    private UnqualifiedCase changeable(Actor actor, long id, long expectedVersion) {
        return Sql.transaction(dataSource, WHAT, sql -> {
            UnqualifiedCase c = visibleCase(sql, actor, id);
            requireWritable(sql, actor, c.organisationId());
            if (c.version() != expectedVersion) {
                throw new StaleVersionException(expectedVersion, c.version());
            }
            if (c.state() == CaseState.CLOSED) {
                throw new ConflictException("CASE_CLOSED", "case " + id + " was closed on " + c.closedOn(), id, c.closedOn());
            }
            return c;
        });
    }

    private static UnqualifiedCase visibleCase(Sql sql, Actor actor, long id) throws SQLException {
        UnqualifiedCase c = sql.one("SELECT * FROM APPRAISAL_CASE C WHERE C.ID = ? AND " + inScope(Scope.of(actor), "C.ORGANISATION_ID"),
                JdbcAppraisalService::bareCase, id);
        if (c == null) {
            throw new NotFoundException("unqualified-member case", id);
        }
        return withSteps(sql, c);
    }

    private static UnqualifiedCase withSteps(Sql sql, UnqualifiedCase c) throws SQLException {
        List<CaseStep> steps = sql.list("SELECT * FROM APPRAISAL_CASE_STEP WHERE CASE_ID = ? ORDER BY STEP_NO", rs -> new CaseStep(rs.getInt("STEP_NO"),
                HandlingStep.valueOf(rs.getString("STEP_KIND")), Sql.date(rs, "STEP_ON"), Sql.date(rs, "DEADLINE"), rs.getString("NOTE"),
                rs.getTimestamp("RECORDED_AT").toInstant(), rs.getString("RECORDED_BY")), c.id());
        return new UnqualifiedCase(c.id(), c.memberId(), c.memberName(), c.organisationId(), c.roundId(), c.year(), c.openedOn(), c.state(),
                c.closedOn(), c.outcome(), c.version(), c.openReason(), c.result(), steps);
    }

    @Override
    public String exportCsv(Actor actor, Integer year) {
        StringBuilder out = new StringBuilder();
        CsvCells.record(out, List.of("年度", "党组织编号", "党组织", "评议日期", "党员编号", "姓名", "评议等次", "预警", "说明"));
        for (AppraisalRound r : list(actor, null, null, year)) {
            for (AppraisedMember m : r.grades()) {
                CsvCells.record(out, Arrays.asList(r.year(), r.organisationId(), r.organisationName(), r.heldOn(), m.memberId(), m.name(),
                        Labels.of(m.grade()), r.warnings().stream().map(JdbcAppraisalService::warning).collect(Collectors.joining("；")),
                        r.justification()));
            }
        }
        return out.toString();
    }

    /** A round's warning as the export's readers read it: in Chinese, the code itself for one castpb has no words for. */
    static String warning(String code) {
        return AppraisalService.EXCELLENT_ABOVE_SHARE.equals(code) ? "“优秀”比例超出规定" : code;
    }

    private AppraisalRound round(Sql sql, long id) throws SQLException {
        List<AppraisedMember> grades = sql.list("SELECT MEMBER_ID, MEMBER_NAME, GRADE FROM APPRAISAL_GRADE WHERE ROUND_ID = ? ORDER BY MEMBER_NAME, MEMBER_ID",
                rs -> new AppraisedMember(rs.getLong(1), rs.getString(2), AppraisalGrade.valueOf(rs.getString(3))), id);
        return sql.one("SELECT R.*, O.NAME AS ORGANISATION_NAME FROM APPRAISAL_ROUND R LEFT JOIN PORG_ORGANISATION O ON O.ID = R.ORGANISATION_ID"
                + " WHERE R.ID = ?", rs -> new AppraisalRound(rs.getLong("ID"), rs.getLong("ORGANISATION_ID"), rs.getString("ORGANISATION_NAME"),
                rs.getInt("APPRAISAL_YEAR"), Sql.date(rs, "HELD_ON"), grades,
                rs.getString("WARNINGS") == null ? List.of() : List.of(rs.getString("WARNINGS").split(",")), rs.getString("JUSTIFICATION"),
                rs.getString("RULE_VERSION"), rs.getLong("VERSION"), rs.getTimestamp("UPDATED_AT").toInstant(), rs.getString("UPDATED_BY")), id);
    }

    /** A case's row, without its steps. */
    private static UnqualifiedCase bareCase(ResultSet rs) throws SQLException {
        String result = rs.getString("RESULT");
        return new UnqualifiedCase(rs.getLong("ID"), rs.getLong("MEMBER_ID"), rs.getString("MEMBER_NAME"), rs.getLong("ORGANISATION_ID"),
                rs.getLong("ROUND_ID"), rs.getInt("APPRAISAL_YEAR"), Sql.date(rs, "OPENED_ON"), CaseState.valueOf(rs.getString("CASE_STATE")),
                Sql.date(rs, "CLOSED_ON"), rs.getString("OUTCOME"), rs.getLong("VERSION"), rs.getString("OPEN_REASON"),
                result == null ? null : CaseResult.valueOf(result), List.of());
    }

    static Map<String, String> flatten(AppraisalRound r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisationId", Long.toString(r.organisationId()));
        fields.put("year", Integer.toString(r.year()));
        fields.put("heldOn", String.valueOf(r.heldOn()));
        fields.put("grades", r.grades().stream().map(g -> g.memberId() + ":" + g.grade()).collect(Collectors.joining(",")));
        fields.put("warnings", String.join(",", r.warnings()));
        fields.put("justification", String.valueOf(r.justification()));
        return fields;
    }

    private static void audit(Sql sql, long roundId, Instant at, Actor actor, String kind, String before, String after) throws SQLException {
        audit(sql, roundId, null, at, actor, kind, before, after);
    }

    /** An entry of the round's trail ({@code roundId}), the case's ({@code caseId}), or both. */
    private static void audit(Sql sql, Long roundId, Long caseId, Instant at, Actor actor, String kind, String before, String after) throws SQLException {
        sql.update("INSERT INTO APPRAISAL_HISTORY (ROUND_ID, CASE_ID, CHANGED_AT, CHANGED_BY, CHANGE_KIND, BEFORE_STATE, AFTER_STATE)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", roundId, caseId, at, actor.name(), kind, clip(before), clip(after));
    }

    private static String clip(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
    }

    /**
     * The organisation's name if it exists and covers now a society in the actor's scope; not found when there is
     * no such organisation, {@code OUT_OF_SCOPE} when it lies outside the scope.
     */
    private static String requireWritable(Sql sql, Actor actor, long organisationId) throws SQLException {
        String name = sql.one("SELECT NAME FROM PORG_ORGANISATION WHERE ID = ?", rs -> rs.getString(1), organisationId);
        if (name == null) {
            throw new NotFoundException("party organisation", organisationId);
        }
        if (sql.one("SELECT 1 FROM PORG_ORGANISATION O WHERE O.ID = ? AND " + inScope(Scope.of(actor), "O.ID"), rs -> 1, organisationId) == null) {
            throw ForbiddenException.outOfScope(actor, "record the appraisal of party organisation " + organisationId);
        }
        return name;
    }

    /** The scope as a condition on an organisation id column: it covers now a society in the scope. */
    static String inScope(Scope scope, String organisationColumn) {
        if (scope.all()) {
            return "1 = 1";
        }
        return "EXISTS (SELECT 1 FROM PORG_ORGANISATION_SOCIETY OS JOIN SOCIETY S ON S.ID = OS.SOCIETY_ID WHERE OS.ORGANISATION_ID = "
                + organisationColumn + " AND OS.TO_DATE IS NULL AND " + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL") + ")";
    }

    private static void mayRead(Actor actor) {
        if (actor == null || !actor.hasCastpbRole()) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name())
                    + " holds no castpb role and may not read democratic appraisals");
        }
    }

    private static void mayKeep(Actor actor, String what) {
        if (actor == null || !actor.hasAnyRole(KEEPERS)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name()) + " may not " + what + " (needs one of the roles " + KEEPERS + ")");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
