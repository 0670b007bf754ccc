package org.castpb.matters.internal;

import java.math.BigDecimal;
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
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.AuditTexts;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.sql.Sql;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.matters.MatterCategory;
import org.castpb.api.matters.MatterDraft;
import org.castpb.api.matters.MatterThresholds;
import org.castpb.api.matters.Opinion;
import org.castpb.api.matters.OpinionKind;
import org.castpb.api.text.Labels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@link MajorMatterService} on JDBC: each call one transaction, every read and write confined to the societies in
 * the actor's scope, in SQL; breaches are a condition in SQL too, so a list and a count agree.
 */
@Component(service = MajorMatterService.class, configurationPid = JdbcMajorMatterService.PID)
@Designate(ocd = JdbcMajorMatterService.Config.class)
public class JdbcMajorMatterService implements MajorMatterService {

    static final String PID = "org.castpb.matters";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String WHAT = "major matters";
    /** The breach condition of {@link MatterRules#breach} in SQL (an opinion after the decision is never stored). */
    static final String BREACH = "M.DECIDED_ON IS NOT NULL AND (M.OPINION_KIND IS NULL OR M.OPINION_KIND = 'DISAGREE')";
    private static final String SELECT = "SELECT M.*, S.NAME AS SOCIETY_NAME FROM MATTER M JOIN SOCIETY S ON S.ID = M.SOCIETY_ID";
    private static final Set<String> KEEPERS;

    static {
        Set<String> keepers = new TreeSet<>(Actor.RECORD_WRITERS);
        keepers.add("society-secretary");
        KEEPERS = Set.copyOf(keepers);
    }

    @ObjectClassDefinition(name = "castpb major matters", description = "Versioned thresholds from which an expenditure or a donation is a major matter")
    public @interface Config {

        @AttributeDefinition(name = "Threshold versions", description = "Versions added to or replacing the built-in v1 (from 1900-01-01: "
                + "largeExpenditure=100000 largeDonation=50000 yuan), one per entry: 'VERSION EFFECTIVE_FROM name=yuan ...', "
                + "e.g. 'v2 2024-01-01 largeExpenditure=200000'. Values not given are those of the version in force the day before.")
        String[] ruleSets() default {};
    }

    private final DataSource dataSource;
    private final Thresholds thresholds;
    private final Clock clock;

    @Activate
    public JdbcMajorMatterService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                  @Reference(target = "(osgi.condition.id=castpb.schema.matters)") Condition schemaIsReady, Config config) {
        this(dataSource, Thresholds.of(config.ruleSets()), Clock.systemUTC());
    }

    JdbcMajorMatterService(DataSource dataSource, Thresholds thresholds, Clock clock) {
        this.dataSource = dataSource;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    @Override
    public MajorMatter record(Actor actor, MatterDraft draft) {
        mayKeep(actor, "record major matters");
        List<FieldError> errors = MatterRules.check(draft, today(), thresholds);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        MatterThresholds rules = thresholds.at(draft.raisedOn());
        Opinion o = draft.opinion();
        return Sql.transaction(dataSource, WHAT, sql -> {
            requireWritable(sql, actor, draft.societyId(), "record major matters of society " + draft.societyId());
            Instant now = now();
            long id = sql.insert("INSERT INTO MATTER (SOCIETY_ID, CATEGORY, TITLE, RAISED_ON, AMOUNT, RULE_VERSION, THRESHOLD, OPINION_KIND,"
                            + " OPINION_TEXT, OPINION_ON, DECIDED_ON, VERSION, UPDATED_AT, UPDATED_BY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                    draft.societyId(), draft.category().name(), draft.title().strip(), draft.raisedOn(), draft.amount(), rules.version(),
                    rules.of(draft.category()), o == null ? null : o.kind().name(), o == null ? null : o.text().strip(),
                    o == null ? null : o.givenOn(), draft.decidedOn(), now, actor.name());
            MajorMatter created = matter(sql, id);
            audit(sql, id, now, actor, "CREATE", null, AuditTexts.text(flatten(created)));
            return created;
        });
    }

    @Override
    public MajorMatter giveOpinion(Actor actor, long id, long expectedVersion, Opinion opinion) {
        mayKeep(actor, "record party organisations' opinions");
        List<FieldError> errors = new ArrayList<>();
        if (opinion == null) {
            errors.add(new FieldError("opinion", "REQUIRED", "the opinion is required"));
        } else {
            MatterRules.opinion(errors, opinion, today());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return change(actor, id, expectedVersion, "OPINION", before -> {
            MatterRules.order(errors, before.raisedOn(), opinion, before.decidedOn(), "opinion.givenOn");
            return new Object[] {"OPINION_KIND = ?, OPINION_TEXT = ?, OPINION_ON = ?", opinion.kind().name(), opinion.text().strip(), opinion.givenOn()};
        }, errors);
    }

    @Override
    public MajorMatter decide(Actor actor, long id, long expectedVersion, LocalDate decidedOn) {
        mayKeep(actor, "record societies' decisions");
        List<FieldError> errors = new ArrayList<>();
        if (decidedOn == null) {
            errors.add(new FieldError("decidedOn", "REQUIRED", "the day of the decision is required"));
        } else {
            org.castpb.api.Dates.check(errors, "decidedOn", decidedOn);
            if (decidedOn.isAfter(today())) {
                errors.add(new FieldError("decidedOn", "IN_FUTURE", "decidedOn " + decidedOn + " is after today " + today()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return change(actor, id, expectedVersion, "DECISION", before -> {
            MatterRules.order(errors, before.raisedOn(), before.opinion(), decidedOn, "decidedOn");
            return new Object[] {"DECIDED_ON = ?", decidedOn};
        }, errors);
    }

    private interface Assignment {
        /** The SET clause and its parameters, after adding to the errors what the change breaks. */
        Object[] of(MajorMatter before);
    }

    private MajorMatter change(Actor actor, long id, long expectedVersion, String kind, Assignment assignment, List<FieldError> errors) {
        return Sql.transaction(dataSource, WHAT, sql -> {
            MajorMatter before = visible(sql, actor, id);
            requireWritable(sql, actor, before.societyId(), "change major matter " + id);
            if (before.version() != expectedVersion) {
                throw new StaleVersionException(expectedVersion, before.version());
            }
            Object[] set = assignment.of(before);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Instant now = now();
            Object[] parameters = Arrays.copyOf(Arrays.copyOfRange(set, 1, set.length), set.length + 3);
            parameters[set.length - 1] = now;
            parameters[set.length] = actor.name();
            parameters[set.length + 1] = id;
            parameters[set.length + 2] = expectedVersion;
            if (sql.update("UPDATE MATTER SET " + set[0] + ", VERSION = VERSION + 1, UPDATED_AT = ?, UPDATED_BY = ? WHERE ID = ? AND VERSION = ?",
                    parameters) != 1) {
                throw StaleVersionException.concurrentChange();
            }
            MajorMatter after = matter(sql, id);
            String[] diff = AuditTexts.diff(flatten(before), flatten(after));
            audit(sql, id, now, actor, kind, diff[0], diff[1]);
            return after;
        });
    }

    @Override
    public MajorMatter get(Actor actor, long id) {
        return Sql.transaction(dataSource, WHAT, sql -> visible(sql, actor, id));
    }

    @Override
    public List<MajorMatter> list(Actor actor, Long societyId, LocalDate from, LocalDate to) {
        return query(actor, societyId, "M.RAISED_ON", from, to, null, " ORDER BY M.RAISED_ON DESC, M.ID DESC");
    }

    @Override
    public List<MajorMatter> breaches(Actor actor, LocalDate from, LocalDate to) {
        return query(actor, null, "M.DECIDED_ON", from, to, BREACH, " ORDER BY M.DECIDED_ON, M.ID");
    }

    private List<MajorMatter> query(Actor actor, Long societyId, String dateColumn, LocalDate from, LocalDate to, String condition, String order) {
        mayRead(actor);
        List<FieldError> errors = new ArrayList<>();
        org.castpb.api.Dates.check(errors, "from", from);
        org.castpb.api.Dates.check(errors, "to", to);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        StringBuilder where = new StringBuilder(" WHERE ").append(Scope.of(actor).sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"));
        List<Object> parameters = new ArrayList<>();
        if (societyId != null) {
            where.append(" AND M.SOCIETY_ID = ?");
            parameters.add(societyId);
        }
        if (from != null) {
            where.append(" AND ").append(dateColumn).append(" >= ?");
            parameters.add(from);
        }
        if (to != null) {
            where.append(" AND ").append(dateColumn).append(" <= ?");
            parameters.add(to);
        }
        if (condition != null) {
            where.append(" AND ").append(condition);
        }
        return Sql.transaction(dataSource, WHAT, sql -> sql.list(SELECT + where + order, JdbcMajorMatterService::matter, parameters.toArray()));
    }

    @Override
    public List<AuditEntry> history(Actor actor, long id) {
        return Sql.transaction(dataSource, WHAT, sql -> {
            visible(sql, actor, id);
            return sql.list("SELECT CHANGED_AT, CHANGED_BY, CHANGE_KIND, BEFORE_STATE, AFTER_STATE FROM MATTER_HISTORY WHERE MATTER_ID = ? ORDER BY ID",
                    rs -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), id);
        });
    }

    @Override
    public List<MatterThresholds> ruleSets() {
        return thresholds.versions();
    }

    @Override
    public String exportBreachesCsv(Actor actor, LocalDate from, LocalDate to) {
        StringBuilder out = new StringBuilder();
        CsvCells.record(out, List.of("事项编号", "社团编号", "社团名称", "类别", "事项", "金额（元）", "提出日期", "党组织意见", "意见日期", "决策日期", "问题"));
        for (MajorMatter m : breaches(actor, from, to)) {
            Opinion o = m.opinion();
            CsvCells.record(out, Arrays.asList(m.id(), m.societyId(), m.societyName(), Labels.of(m.category()), m.title(),
                    m.amount() == null ? null : m.amount().toPlainString(), m.raisedOn(), o == null ? "无" : Labels.of(o.kind()),
                    o == null ? null : o.givenOn(), m.decidedOn(), MajorMatterService.NO_PRIOR_OPINION.equals(m.breach())
                            ? "决策前未听取党组织意见" : "党组织不同意仍作决策"));
        }
        return out.toString();
    }

    private static MajorMatter visible(Sql sql, Actor actor, long id) throws SQLException {
        mayRead(actor);
        MajorMatter m = sql.one(SELECT + " WHERE M.ID = ? AND " + Scope.of(actor).sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"),
                JdbcMajorMatterService::matter, id);
        if (m == null) {
            throw new NotFoundException("major matter", id);
        }
        return m;
    }

    private static MajorMatter matter(Sql sql, long id) throws SQLException {
        return sql.one(SELECT + " WHERE M.ID = ?", JdbcMajorMatterService::matter, id);
    }

    private static MajorMatter matter(ResultSet rs) throws SQLException {
        String kind = rs.getString("OPINION_KIND");
        OpinionKind opinionKind = kind == null ? null : OpinionKind.valueOf(kind);
        LocalDate opinionOn = Sql.date(rs, "OPINION_ON");
        LocalDate decidedOn = Sql.date(rs, "DECIDED_ON");
        BigDecimal amount = rs.getBigDecimal("AMOUNT");
        BigDecimal threshold = rs.getBigDecimal("THRESHOLD");
        return new MajorMatter(rs.getLong("ID"), rs.getLong("SOCIETY_ID"), rs.getString("SOCIETY_NAME"),
                MatterCategory.valueOf(rs.getString("CATEGORY")), rs.getString("TITLE"), Sql.date(rs, "RAISED_ON"),
                amount == null ? null : amount.stripTrailingZeros(), rs.getString("RULE_VERSION"),
                threshold == null ? null : threshold.stripTrailingZeros(),
                opinionKind == null ? null : new Opinion(opinionKind, rs.getString("OPINION_TEXT"), opinionOn), decidedOn,
                MatterRules.breach(opinionKind, opinionOn, decidedOn), rs.getLong("VERSION"), rs.getTimestamp("UPDATED_AT").toInstant(),
                rs.getString("UPDATED_BY"));
    }

    static Map<String, String> flatten(MajorMatter m) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("societyId", Long.toString(m.societyId()));
        fields.put("category", m.category().name());
        fields.put("title", m.title());
        fields.put("raisedOn", String.valueOf(m.raisedOn()));
        fields.put("amount", m.amount() == null ? "" : m.amount().toPlainString());
        fields.put("ruleSetVersion", m.ruleSetVersion());
        fields.put("opinion", m.opinion() == null ? "" : m.opinion().kind() + " " + m.opinion().givenOn() + " " + m.opinion().text());
        fields.put("decidedOn", String.valueOf(m.decidedOn()));
        fields.put("breach", String.valueOf(m.breach()));
        return fields;
    }

    private static void audit(Sql sql, long matterId, Instant at, Actor actor, String kind, String before, String after) throws SQLException {
        sql.update("INSERT INTO MATTER_HISTORY (MATTER_ID, CHANGED_AT, CHANGED_BY, CHANGE_KIND, BEFORE_STATE, AFTER_STATE) VALUES (?, ?, ?, ?, ?, ?)",
                matterId, at, actor.name(), kind, clip(before), clip(after));
    }

    private static String clip(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
    }

    /** Not found when there is no such society, {@code OUT_OF_SCOPE} when it lies outside the actor's scope. */
    private static void requireWritable(Sql sql, Actor actor, long societyId, String what) throws SQLException {
        if (sql.one("SELECT 1 FROM SOCIETY WHERE ID = ?", rs -> 1, societyId) == null) {
            throw new NotFoundException("society", societyId);
        }
        if (sql.one("SELECT 1 FROM SOCIETY S WHERE S.ID = ? AND " + Scope.of(actor).sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"),
                rs -> 1, societyId) == null) {
            throw ForbiddenException.outOfScope(actor, what);
        }
    }

    private static void mayRead(Actor actor) {
        if (actor == null || !actor.hasCastpbRole()) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name()) + " holds no castpb role and may not read major matters");
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
