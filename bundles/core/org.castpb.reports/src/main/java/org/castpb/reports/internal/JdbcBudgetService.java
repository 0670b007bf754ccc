package org.castpb.reports.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.AuditTexts;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;
import org.castpb.api.StaleVersionException;
import org.castpb.api.Texts;
import org.castpb.api.ValidationException;
import org.castpb.api.budgets.BudgetDraft;
import org.castpb.api.budgets.BudgetService;
import org.castpb.api.budgets.BudgetSheet;
import org.castpb.api.budgets.BudgetSheetRow;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.budgets.SocietyWithoutBudget;
import org.castpb.api.budgets.SpendingCategory;
import org.castpb.api.sheets.SheetFiles;
import org.castpb.api.sql.Transactions;
import org.castpb.api.text.Labels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BudgetService} in plain JDBC on RPT_BUDGET (one row per society and year, a column per spending category) and
 * RPT_BUDGET_HISTORY; the societies without a budget line are counted in SQL, with the actor's scope a condition.
 */
@Component(service = BudgetService.class)
public class JdbcBudgetService implements BudgetService {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    static final int FACILITIES_MAX = 500;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcBudgetService.class);
    private static final String COLUMNS = "B.SOCIETY_ID, S.NAME, B.BUDGET_YEAR, B.BUDGET_LINE, B.SPENT_ACTIVITIES, B.SPENT_EDUCATION,"
            + " B.SPENT_FACILITIES, B.SPENT_ALLOWANCES, B.SPENT_OTHER, B.ACTIVITY_ROOM, B.FACILITIES, B.UPDATED_BY, B.UPDATED_AT, B.VERSION, B.ID";

    private final DataSource dataSource;
    private final Clock clock;

    @Activate
    public JdbcBudgetService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                             @Reference(target = "(osgi.condition.id=castpb.schema.reports)") Condition schemaIsReady) {
        this(dataSource, Clock.system(JdbcWorkReportService.BEIJING));
    }

    JdbcBudgetService(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public PartyWorkBudget record(Actor actor, BudgetDraft draft) {
        Societies.mayWrite(actor, "record party-work budgets");
        if (draft == null) {
            throw new ValidationException(new FieldError("budget", "REQUIRED", "a budget is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.year() < Dates.earliest().getYear() || draft.year() > Dates.latest().getYear()) {
            errors.add(new FieldError("year", Dates.OUT_OF_RANGE, "year " + draft.year() + " is outside " + Dates.earliest().getYear()
                    + "-" + Dates.latest().getYear()));
        }
        amount(errors, "budgetLine", draft.budgetLine());
        draft.spending().forEach((category, value) -> {
            if (category == null) {
                errors.add(new FieldError("spending", "INVALID", "a spending needs its category: " + List.of(SpendingCategory.values())));
            } else if (value == null) {
                errors.add(new FieldError("spending." + category, "REQUIRED", "leave a category out, or give the yuan spent on it"));
            } else {
                amount(errors, "spending." + category, value);
            }
        });
        String facilities = draft.facilities() == null || draft.facilities().isBlank() ? null : draft.facilities().strip();
        if (facilities != null && facilities.length() > FACILITIES_MAX) {
            errors.add(new FieldError("facilities", "TOO_LONG", "facilities has " + facilities.length() + " characters, at most " + FACILITIES_MAX));
        } else if (facilities != null) {
            Texts.checkMultiline(errors, "facilities", facilities);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return Transactions.write(dataSource, "recording the budget of society " + draft.societyId(), c -> {
            Societies.writable(c, actor, draft.societyId(), "record the budget of society " + draft.societyId());
            PartyWorkBudget before = find(c, Scope.ALL, draft.societyId(), draft.year());
            long current = before == null ? 0 : before.version();
            if (current != draft.expectedVersion()) {
                throw new StaleVersionException(draft.expectedVersion(), current);
            }
            Map<SpendingCategory, BigDecimal> spent = spending(draft.spending());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            long id;
            if (before == null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO RPT_BUDGET (SOCIETY_ID, BUDGET_YEAR, BUDGET_LINE, SPENT_ACTIVITIES,"
                        + " SPENT_EDUCATION, SPENT_FACILITIES, SPENT_ALLOWANCES, SPENT_OTHER, ACTIVITY_ROOM, FACILITIES, UPDATED_AT, UPDATED_BY,"
                        + " VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setLong(1, draft.societyId());
                    ps.setInt(2, draft.year());
                    bind(ps, 3, draft, spent, facilities, now, actor);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE RPT_BUDGET SET BUDGET_LINE = ?, SPENT_ACTIVITIES = ?, SPENT_EDUCATION = ?,"
                        + " SPENT_FACILITIES = ?, SPENT_ALLOWANCES = ?, SPENT_OTHER = ?, ACTIVITY_ROOM = ?, FACILITIES = ?, UPDATED_AT = ?,"
                        + " UPDATED_BY = ?, VERSION = VERSION + 1 WHERE SOCIETY_ID = ? AND BUDGET_YEAR = ? AND VERSION = ?")) {
                    int i = bind(ps, 1, draft, spent, facilities, now, actor);
                    ps.setLong(i, draft.societyId());
                    ps.setInt(i + 1, draft.year());
                    ps.setLong(i + 2, current);
                    if (ps.executeUpdate() == 0) {
                        throw new StaleVersionException(draft.expectedVersion(), current + 1);
                    }
                }
                id = rowId(c, draft.societyId(), draft.year());
            }
            PartyWorkBudget after = find(c, Scope.ALL, draft.societyId(), draft.year());
            String[] diff = before == null ? new String[] {null, AuditTexts.text(audited(after))}
                    : AuditTexts.diff(audited(before), audited(after));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO RPT_BUDGET_HISTORY (BUDGET_ID, CHANGED_AT, ACTOR, CHANGE_KIND,"
                    + " BEFORE_STATE, AFTER_STATE) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setString(3, actor.name());
                ps.setString(4, before == null ? "CREATE" : "UPDATE");
                ps.setString(5, diff[0]);
                ps.setString(6, diff[1]);
                ps.executeUpdate();
            }
            LOG.info("{} recorded the {} party-work budget of society {}", actor.name(), draft.year(), draft.societyId());
            return after;
        });
    }

    @Override
    public PartyWorkBudget get(Actor actor, long societyId, int year) {
        Scope scope = Scope.of(actor);
        return Transactions.write(dataSource, "reading a budget of society " + societyId, c -> {
            Societies.readable(c, scope, societyId);
            PartyWorkBudget budget = find(c, scope, societyId, year);
            if (budget == null) {
                throw new NotFoundException("party-work budget " + year + " of society", societyId);
            }
            return budget;
        });
    }

    @Override
    public List<PartyWorkBudget> bySociety(Actor actor, long societyId) {
        Scope scope = Scope.of(actor);
        return Transactions.write(dataSource, "reading the budgets of society " + societyId, c -> {
            Societies.readable(c, scope, societyId);
            List<PartyWorkBudget> budgets = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM RPT_BUDGET B JOIN SOCIETY S ON S.ID = B.SOCIETY_ID"
                    + " WHERE B.SOCIETY_ID = ? ORDER BY B.BUDGET_YEAR DESC")) {
                ps.setLong(1, societyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        budgets.add(budget(rs));
                    }
                }
            }
            return budgets;
        });
    }

    @Override
    public List<AuditEntry> history(Actor actor, long societyId, int year) {
        Scope scope = Scope.of(actor);
        return Transactions.write(dataSource, "reading the budget history of society " + societyId, c -> {
            Societies.readable(c, scope, societyId);
            return Jdbc.history(c, "SELECT H.CHANGED_AT, H.ACTOR, H.CHANGE_KIND, H.BEFORE_STATE, H.AFTER_STATE FROM RPT_BUDGET_HISTORY H"
                    + " JOIN RPT_BUDGET B ON B.ID = H.BUDGET_ID WHERE B.SOCIETY_ID = ? AND B.BUDGET_YEAR = ? ORDER BY H.CHANGED_AT, H.ID",
                    societyId, year);
        });
    }

    @Override
    public Page<SocietyWithoutBudget> withoutBudgetLine(Actor actor, int year, int offset, int limit) {
        Scope scope = Scope.of(actor);
        List<FieldError> errors = new ArrayList<>();
        Jdbc.checkPage(errors, offset, limit, JdbcWorkReportService.LIMIT_MAX);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String from = " FROM SOCIETY S LEFT JOIN RPT_BUDGET B ON B.SOCIETY_ID = S.ID AND B.BUDGET_YEAR = ?"
                + " WHERE S.REGISTRATION_STATUS = 'ACTIVE' AND B.BUDGET_LINE IS NULL AND " + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL");
        return Transactions.write(dataSource, "listing the societies without a budget line", c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from)) {
                ps.setInt(1, year);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<SocietyWithoutBudget> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT S.ID, S.NAME, S.SOCIETY_LEVEL, S.REGION_CODE, B.ID" + from
                    + " ORDER BY S.ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                ps.setInt(1, year);
                ps.setInt(2, offset);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(5);
                        boolean recorded = !rs.wasNull();
                        rows.add(new SocietyWithoutBudget(rs.getLong(1), rs.getString(2), SocietyLevel.valueOf(rs.getString(3).trim()),
                                rs.getString(4).trim(), recorded));
                    }
                }
            }
            return new Page<>(rows, total, offset, limit);
        });
    }

    @Override
    public BudgetSheet sheet(Actor actor, int year, Long societyId) {
        Scope scope = Scope.of(actor);
        return Transactions.write(dataSource, "reading the budget sheet of " + year, c -> {
            if (societyId != null) {
                Societies.readable(c, scope, societyId);
            }
            List<BudgetSheetRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT S.ID, S.USCC, S.NAME, S.SOCIETY_LEVEL, S.REGION_CODE, B.ID, B.BUDGET_LINE,"
                    + " B.SPENT_ACTIVITIES, B.SPENT_EDUCATION, B.SPENT_FACILITIES, B.SPENT_ALLOWANCES, B.SPENT_OTHER, B.ACTIVITY_ROOM, B.FACILITIES"
                    + " FROM SOCIETY S LEFT JOIN RPT_BUDGET B ON B.SOCIETY_ID = S.ID AND B.BUDGET_YEAR = ?"
                    + " WHERE S.REGISTRATION_STATUS = 'ACTIVE' AND " + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL")
                    + (societyId == null ? "" : " AND S.ID = ?") + " ORDER BY S.ID")) {
                ps.setInt(1, year);
                if (societyId != null) {
                    ps.setLong(2, societyId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(sheetRow(rs));
                    }
                }
            }
            return totals(year, rows);
        });
    }

    @Override
    public void exportSheet(Actor actor, int year, Long societyId, boolean xlsx, OutputStream out) {
        BudgetSheet sheet = sheet(actor, year, societyId);
        List<String> header = new ArrayList<>(List.of("编号", "统一社会信用代码", "学会名称", "级别", "行政区划代码", "年度", "党建工作经费预算（元）"));
        for (SpendingCategory category : SpendingCategory.values()) {
            header.add(Labels.of(category) + "（元）");
        }
        header.addAll(List.of("支出合计（元）", "党员活动室", "阵地设施", "已填报", "未列党建工作经费"));
        List<List<Object>> rows = new ArrayList<>();
        for (BudgetSheetRow r : sheet.rows()) {
            List<Object> row = new ArrayList<>(Arrays.asList(r.societyId(), r.uscc(), r.societyName(), Labels.of(r.level()), r.regionCode(),
                    year, r.budgetLine()));
            for (SpendingCategory category : SpendingCategory.values()) {
                row.add(r.spending().get(category));
            }
            row.addAll(Arrays.asList(r.spent(), r.recorded() ? yesNo(r.activityRoom()) : null, r.facilities(), yesNo(r.recorded()),
                    yesNo(r.missingLine())));
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>(Arrays.asList(null, null, "合计（" + sheet.rows().size() + " 个学会）", null, null, year,
                sheet.budgetLines()));
        for (SpendingCategory category : SpendingCategory.values()) {
            totals.add(sheet.spending().get(category));
        }
        totals.addAll(Arrays.asList(sheet.spent(), null, null, null, sheet.missingLines() + " 个学会未列"));
        rows.add(totals);
        SheetFiles.write("党建工作经费" + year, header, rows, xlsx, out);
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private static BudgetSheetRow sheetRow(ResultSet rs) throws SQLException {
        rs.getLong(6);
        boolean recorded = !rs.wasNull();
        Map<SpendingCategory, BigDecimal> spending = new EnumMap<>(SpendingCategory.class);
        BigDecimal spent = null;
        if (recorded) {
            spent = BigDecimal.ZERO.setScale(2);
            int column = 8;
            for (SpendingCategory category : SpendingCategory.values()) {
                BigDecimal value = rs.getBigDecimal(column++);
                spending.put(category, value);
                spent = spent.add(value);
            }
        }
        BigDecimal line = rs.getBigDecimal(7);
        String uscc = rs.getString(2);
        return new BudgetSheetRow(rs.getLong(1), uscc == null ? null : uscc.trim(), rs.getString(3), SocietyLevel.valueOf(rs.getString(4).trim()),
                rs.getString(5).trim(), recorded, line, spending, spent, recorded && rs.getShort(13) == 1, rs.getString(14), line == null);
    }

    private static BudgetSheet totals(int year, List<BudgetSheetRow> rows) {
        BigDecimal lines = BigDecimal.ZERO.setScale(2);
        BigDecimal spent = BigDecimal.ZERO.setScale(2);
        Map<SpendingCategory, BigDecimal> spending = new EnumMap<>(SpendingCategory.class);
        for (SpendingCategory category : SpendingCategory.values()) {
            spending.put(category, BigDecimal.ZERO.setScale(2));
        }
        int missing = 0;
        for (BudgetSheetRow r : rows) {
            if (r.budgetLine() != null) {
                lines = lines.add(r.budgetLine());
            }
            if (r.spent() != null) {
                spent = spent.add(r.spent());
            }
            r.spending().forEach((category, value) -> spending.merge(category, value, BigDecimal::add));
            if (r.missingLine()) {
                missing++;
            }
        }
        return new BudgetSheet(year, rows, lines, spending, spent, missing);
    }

    private static void amount(List<FieldError> errors, String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(field, "NEGATIVE", field + " must be 0 or more yuan"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "TOO_PRECISE", field + " is in yuan with at most 2 decimals, got " + value.toPlainString()));
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError(field, "TOO_LARGE", field + " is at most " + MAX_AMOUNT.toPlainString()));
        }
    }

    private static Map<SpendingCategory, BigDecimal> spending(Map<SpendingCategory, BigDecimal> given) {
        Map<SpendingCategory, BigDecimal> all = new EnumMap<>(SpendingCategory.class);
        for (SpendingCategory c : SpendingCategory.values()) {
            all.put(c, given.getOrDefault(c, BigDecimal.ZERO).setScale(2));
        }
        return all;
    }

    private static int bind(PreparedStatement ps, int first, BudgetDraft draft, Map<SpendingCategory, BigDecimal> spent, String facilities,
                            Instant now, Actor actor) throws SQLException {
        int i = first;
        ps.setBigDecimal(i++, draft.budgetLine() == null ? null : draft.budgetLine().setScale(2));
        for (SpendingCategory c : SpendingCategory.values()) {
            ps.setBigDecimal(i++, spent.get(c));
        }
        ps.setShort(i++, (short) (draft.activityRoom() ? 1 : 0));
        ps.setString(i++, facilities);
        ps.setTimestamp(i++, Timestamp.from(now));
        ps.setString(i++, actor.name());
        return i;
    }

    private static long rowId(Connection c, long societyId, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM RPT_BUDGET WHERE SOCIETY_ID = ? AND BUDGET_YEAR = ?")) {
            ps.setLong(1, societyId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static PartyWorkBudget find(Connection c, Scope scope, long societyId, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM RPT_BUDGET B JOIN SOCIETY S ON S.ID = B.SOCIETY_ID"
                + " WHERE B.SOCIETY_ID = ? AND B.BUDGET_YEAR = ? AND " + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"))) {
            ps.setLong(1, societyId);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? budget(rs) : null;
            }
        }
    }

    private static PartyWorkBudget budget(ResultSet rs) throws SQLException {
        Map<SpendingCategory, BigDecimal> spending = new EnumMap<>(SpendingCategory.class);
        BigDecimal spent = BigDecimal.ZERO.setScale(2);
        int column = 5;
        for (SpendingCategory c : SpendingCategory.values()) {
            BigDecimal value = rs.getBigDecimal(column++);
            spending.put(c, value);
            spent = spent.add(value);
        }
        return new PartyWorkBudget(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), spending, spent,
                rs.getShort(10) == 1, rs.getString(11), rs.getString(12), rs.getTimestamp(13).toInstant(), rs.getLong(14));
    }

    /** The audited fields, in a fixed order. */
    private static Map<String, String> audited(PartyWorkBudget b) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("budgetLine", b.budgetLine() == null ? null : b.budgetLine().toPlainString());
        b.spending().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> fields.put("spending." + e.getKey(), e.getValue().toPlainString()));
        fields.put("activityRoom", Boolean.toString(b.activityRoom()));
        fields.put("facilities", b.facilities());
        return fields;
    }
}
