package org.castpb.records.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.Discipline;
import org.castpb.api.FieldError;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.ImportError;
import org.castpb.api.InspectionResult;
import org.castpb.api.Leader;
import org.castpb.api.LeaderRole;
import org.castpb.api.LedgerDraft;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.RunningState;
import org.castpb.api.Society;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.ValidationException;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.text.Labels;

/**
 * The society CSV: one row per society, its record and its current ledger, under Chinese headers.
 * The same columns are written by exports and read by imports, so an export re-imports unchanged.
 */
final class SocietyCsv {

    /** A column: its Chinese header, the API field it holds, and what its cells are in a workbook. */
    record Column(String header, String field, boolean required, Xlsx.CellKind kind) {
        Column(String header, String field, boolean required) {
            this(header, field, required, Xlsx.CellKind.TEXT);
        }
    }

    static final List<Column> COLUMNS = List.of(
            new Column("名称", "name", true),
            new Column("英文名称", "nameEn", false),
            new Column("统一社会信用代码", "uscc", true),
            new Column("信用代码校验豁免原因", "usccOverrideReason", false),
            new Column("类型", "kind", true),
            new Column("级别", "level", true),
            new Column("行政区划代码", "regionCode", true),
            new Column("学科", "discipline", true),
            new Column("业务主管单位", "supervisingUnit", false),
            new Column("团体会员状态", "groupMemberStatus", true),
            new Column("申请入会日期", "groupMemberAppliedOn", false, Xlsx.CellKind.DATE),
            new Column("入会日期", "groupMemberAdmittedOn", false, Xlsx.CellKind.DATE),
            new Column("登记状态", "registrationStatus", false),
            new Column("成立年份", "foundingYear", false, Xlsx.CellKind.INTEGER),
            new Column("联系人", "contactName", false),
            new Column("联系电话", "contactPhone", false),
            new Column("电子邮箱", "contactEmail", false),
            new Column("章程写入党建", "partyBuildingInCharter", false),
            new Column("运行状态", "runningState", false),
            new Column("最近年检结果", "lastInspectionResult", false),
            new Column("最近年检年度", "lastInspectionYear", false, Xlsx.CellKind.INTEGER),
            new Column("年度活动次数", "activitiesInYear", false, Xlsx.CellKind.INTEGER),
            new Column("专职工作人员数", "fullTimeStaff", false, Xlsx.CellKind.INTEGER),
            new Column("其中党员数", "staffPartyMembers", false, Xlsx.CellKind.INTEGER),
            new Column("正式党员数", "formalMembers", false, Xlsx.CellKind.INTEGER),
            new Column("预备党员数", "probationaryMembers", false, Xlsx.CellKind.INTEGER),
            new Column("组织关系在本会党员数", "relationshipsHere", false, Xlsx.CellKind.INTEGER),
            new Column("组织关系在外党员数", "relationshipsElsewhere", false, Xlsx.CellKind.INTEGER),
            new Column("负责人", "leaders", false),
            new Column("已建立党组织", "partyOrganisationEstablished", false),
            new Column("未建党组织原因", "noOrganisationReason", false),
            new Column("未建原因说明", "noOrganisationText", false));

    /** The ledger's columns start here; a row whose ledger cells are all empty leaves the ledger alone. */
    static final int FIRST_LEDGER_COLUMN = 18;

    private static final Map<String, String> HEADER_OF_FIELD = new HashMap<>();

    static {
        COLUMNS.forEach(c -> HEADER_OF_FIELD.put(c.field(), c.header()));
    }

    private SocietyCsv() {
    }

    /** A parsed data row: the society, and its ledger when the row holds one. */
    record Parsed(int line, SocietyDraft society, LedgerDraft ledger) {
    }

    /**
     * Reads one data row and validates it as a whole: every problem of the row is reported at once, a cell that
     * cannot be read (a date, a number, a word) beside what the rules find in the other cells, each named by its
     * column header. Returns the row normalised, or null when it has any problem.
     */
    static Parsed read(Csv.Row row, Map<String, Integer> index, List<ImportError> errors) {
        // this row's problems apart: the report may keep only the first problems of the file, but counts them all
        List<ImportError> found = new ArrayList<>();
        Parsed parsed = parse(row, index, found);
        java.util.Set<String> unreadable = new java.util.HashSet<>();
        found.forEach(e -> unreadable.add(e.column()));
        SocietyDraft society = null;
        LedgerDraft ledger = null;
        try {
            society = SocietyValidator.validate(parsed.society());
            if (parsed.ledger() != null) {
                ledger = LedgerRules.validate(parsed.ledger());
            }
        } catch (ValidationException e) {
            // an unreadable cell is read as empty: the rules' "is required" for it would only repeat the first error
            report(row.line(), e.errors().stream().filter(f -> !unreadable.contains(headerOf(f.field()))).toList(), found);
        }
        errors.addAll(found);
        return found.isEmpty() ? new Parsed(row.line(), society, ledger) : null;
    }

    static List<String> header() {
        return COLUMNS.stream().map(Column::header).toList();
    }

    static List<Xlsx.CellKind> cellKinds() {
        return COLUMNS.stream().map(Column::kind).toList();
    }

    static String headerOf(String field) {
        String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        return HEADER_OF_FIELD.getOrDefault(base, field);
    }

    /** Column positions by header; refuses a header row that lacks required columns or has unknown ones. */
    static Map<String, Integer> index(Csv.Row header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        // unknown headers are named by position, never quoted: an error must not echo a file's content
        // (a console import of any server file would otherwise print its first line)
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String h = header.cells().get(i).strip();
            if (HEADER_OF_FIELD.containsValue(h)) {
                if (index.put(h, i) != null) {
                    throw Csv.fileError("NOT_CSV", "column " + h + " appears twice in the header row");
                }
            } else if (!h.isEmpty()) {
                unknown.add((i + 1) + " (" + columnLetters(i) + ")");
            }
        }
        List<String> missing = COLUMNS.stream().filter(Column::required).map(Column::header).filter(h -> !index.containsKey(h)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw Csv.fileError("BAD_HEADER", "the first row must hold the column headers"
                    + (missing.isEmpty() ? "" : "; missing required columns: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; the headers of columns " + String.join(", ", unknown) + " are not castpb's")
                    + "; the columns are: " + String.join(", ", header()));
        }
        return index;
    }

    /** A column's letters as spreadsheets show them: A for the first, AA for the 27th. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** Reads one data row's cells; a cell that cannot be read goes to {@code errors} and is read as empty. */
    static Parsed parse(Csv.Row row, Map<String, Integer> index, List<ImportError> errors) {
        Cells c = new Cells(row, index, errors);
        if (row.cells().size() > index.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1
                && row.cells().subList(index.size(), row.cells().size()).stream().anyMatch(s -> !s.isBlank())) {
            errors.add(new ImportError(row.line(), null, "the row has more cells than the header has columns", "TOO_MANY_CELLS"));
        }
        SocietyDraft society = new SocietyDraft(c.text("名称"), c.text("英文名称"), c.text("统一社会信用代码"), c.text("信用代码校验豁免原因"),
                c.choice("类型", SocietyKind.class), c.choice("级别", SocietyLevel.class), c.text("行政区划代码"),
                c.choice("学科", Discipline.class), c.text("业务主管单位"), c.choice("团体会员状态", GroupMemberStatus.class),
                c.date("申请入会日期"), c.date("入会日期"), c.choice("登记状态", RegistrationStatus.class), c.integer("成立年份"),
                c.text("联系人"), c.text("联系电话"), c.text("电子邮箱"), c.bool("章程写入党建"));
        boolean hasLedger = COLUMNS.subList(FIRST_LEDGER_COLUMN, COLUMNS.size()).stream().anyMatch(col -> c.text(col.header()) != null);
        LedgerDraft ledger = !hasLedger ? null : new LedgerDraft(c.choice("运行状态", RunningState.class),
                c.choice("最近年检结果", InspectionResult.class), c.integer("最近年检年度"), c.integer("年度活动次数"),
                c.integer("专职工作人员数"), c.integer("其中党员数"), c.integer("正式党员数"), c.integer("预备党员数"),
                c.integer("组织关系在本会党员数"), c.integer("组织关系在外党员数"), c.leaders("负责人"), c.bool("已建立党组织"),
                c.choice("未建党组织原因", NoOrganisationReason.class), c.text("未建原因说明"), "imported");
        return new Parsed(row.line(), society, ledger);
    }

    /** Turns a service's field errors into import errors of a row. */
    static void report(int line, List<FieldError> fieldErrors, List<ImportError> errors) {
        fieldErrors.forEach(e -> errors.add(new ImportError(line, headerOf(e.field()), e.message(), e.code())));
    }

    static List<String> exportRow(Society s, LedgerDraft l) {
        List<String> cells = new ArrayList<>(List.of(
                s.name(), nz(s.nameEn()), s.uscc(), s.usccCheckOverridden() ? "已核准豁免" : "", Labels.of(s.kind()), Labels.of(s.level()),
                s.regionCode(), Labels.of(s.discipline()), nz(s.supervisingUnit()), Labels.of(s.groupMemberStatus()),
                date(s.groupMemberAppliedOn()), date(s.groupMemberAdmittedOn()), Labels.of(s.registrationStatus()), num(s.foundingYear()),
                nz(s.contactName()), nz(s.contactPhone()), nz(s.contactEmail()), bool(s.partyBuildingInCharter())));
        if (l == null) {
            l = LedgerDraft.empty();
        }
        cells.addAll(List.of(Labels.of(l.runningState()), Labels.of(l.lastInspectionResult()), num(l.lastInspectionYear()),
                num(l.activitiesInYear()), num(l.fullTimeStaff()), num(l.staffPartyMembers()), num(l.formalMembers()),
                num(l.probationaryMembers()), num(l.relationshipsHere()), num(l.relationshipsElsewhere()), leaders(l.leaders()),
                bool(l.partyOrganisationEstablished()), Labels.of(l.noOrganisationReason()), nz(l.noOrganisationText())));
        return cells;
    }

    static String leaders(List<Leader> leaders) {
        StringBuilder b = new StringBuilder();
        for (Leader l : leaders) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(l.name()).append('|').append(Labels.of(l.role())).append('|').append(l.principal() ? "是" : "否")
                    .append('|').append(l.partyMember() ? "是" : "否");
        }
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String num(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String bool(Boolean b) {
        return b == null ? "" : b ? "是" : "否";
    }

    /** The cells of one row, read by header, with parse errors collected. */
    private static final class Cells {
        private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

        private final Csv.Row row;
        private final Map<String, Integer> index;
        private final List<ImportError> errors;
        boolean failed;

        Cells(Csv.Row row, Map<String, Integer> index, List<ImportError> errors) {
            this.row = row;
            this.index = index;
            this.errors = errors;
        }

        String text(String header) {
            Integer i = index.get(header);
            if (i == null || i >= row.cells().size()) {
                return null;
            }
            // the apostrophe an export puts before a formula-like cell goes again; everything else is kept as typed
            String t = CsvCells.restore(row.cells().get(i)).strip();
            return t.isEmpty() ? null : t;
        }

        <E extends Enum<E>> E choice(String header, Class<E> type) {
            String t = text(header);
            if (t == null) {
                return null;
            }
            E value = Labels.parse(type, t);
            if (value == null) {
                fail(header, "'" + t + "' is not one of " + Labels.allowed(type));
            }
            return value;
        }

        Integer integer(String header) {
            String t = text(header);
            if (t == null) {
                return null;
            }
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                fail(header, "'" + t + "' is not a whole number");
                return null;
            }
        }

        LocalDate date(String header) {
            String t = text(header);
            if (t == null) {
                return null;
            }
            try {
                return t.contains("/") ? LocalDate.parse(t, SLASHED) : LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                fail(header, "'" + t + "' is not a date; write it as 2016-12-31");
                return null;
            }
        }

        Boolean bool(String header) {
            String t = text(header);
            if (t == null) {
                return null;
            }
            Boolean b = yesNo(t);
            if (b == null) {
                fail(header, "'" + t + "' is neither 是 nor 否");
            }
            return b;
        }

        List<Leader> leaders(String header) {
            String t = text(header);
            List<Leader> leaders = new ArrayList<>();
            if (t == null) {
                return leaders;
            }
            for (String entry : t.split("[;；]")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.split("\\|", -1);
                LeaderRole role = parts.length == 4 ? Labels.parse(LeaderRole.class, parts[1]) : null;
                Boolean principal = parts.length == 4 ? yesNo(parts[2].strip()) : null;
                Boolean member = parts.length == 4 ? yesNo(parts[3].strip()) : null;
                if (role == null || principal == null || member == null || parts[0].isBlank()) {
                    fail(header, "'" + entry.strip() + "' is not 姓名|职务|主要负责人(是/否)|党员(是/否), e.g. 王小明|理事长|是|是; leaders are separated by ;");
                    continue;
                }
                leaders.add(new Leader(parts[0].strip(), role, principal, member));
            }
            return leaders;
        }

        private static Boolean yesNo(String t) {
            return switch (t.toLowerCase(java.util.Locale.ROOT)) {
                case "是", "true", "y", "yes", "1" -> Boolean.TRUE;
                case "否", "false", "n", "no", "0" -> Boolean.FALSE;
                default -> null;
            };
        }

        private void fail(String header, String reason) {
            failed = true;
            errors.add(new ImportError(row.line(), header, reason));
        }
    }
}
