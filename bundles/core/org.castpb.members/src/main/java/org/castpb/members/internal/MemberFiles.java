package org.castpb.members.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.ImportError;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.LeaderRole;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.csv.CsvText;
import org.castpb.api.csv.Xlsx;
import org.castpb.api.sheets.SheetFiles;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberExchangeService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;
import org.castpb.api.text.Labels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * {@link MemberExchangeService}: CSV, or Excel workbooks (read by {@link Xlsx}, written by {@link SheetFiles}), with Chinese
 * headers and Chinese values, read and written in one transaction each.
 */
@Component(service = MemberExchangeService.class)
public class MemberFiles implements MemberExchangeService {

    static final long MAX_BYTES = 32L * 1024 * 1024;
    /** Rows an import checks and writes at a time: one query for the people on a roll, one JDBC batch per table. */
    static final int CHUNK = 500;
    static final String DOOR = "EXPORT";
    private static final List<String> EXPORT_ONLY = List.of("编号", "状态", "状态日期");

    private final JpaTemplate jpa;

    @Activate
    public MemberFiles(@Reference(target = "(osgi.unit.name=castpb-members)") JpaTemplate jpa, @Reference(target = "(osgi.condition.id=castpb.schema.members)") Condition schemaIsReady) {
        this.jpa = jpa;
    }

    /** The columns of an export: the member's id, {@link #HEADER}, the status and its date. */
    static final List<String> EXPORT_HEADER = java.util.stream.Stream.of(EXPORT_ONLY.subList(0, 1), HEADER, EXPORT_ONLY.subList(1, 3))
            .flatMap(List::stream).toList();

    @Override
    public void exportCsv(Actor actor, Long organisationId, boolean full, OutputStream out) {
        write(members(actor, organisationId, full), false, out);
    }

    @Override
    public void exportXlsx(Actor actor, Long organisationId, boolean full, OutputStream out) {
        write(members(actor, organisationId, full), true, out);
    }

    /** The members in scope as export rows, masked unless {@code full}; a full read writes each member to the disclosure log. */
    private List<List<Object>> members(Actor actor, Long organisationId, boolean full) {
        MemberScope.mayRead(actor);
        if (full) {
            MemberScope.mayKeep(actor, "export members' personal data in full");
        }
        List<MemberEntity> members = JpaMemberService.write(jpa, em -> {
            List<Object> parameters = new ArrayList<>();
            String sql = "SELECT M.* FROM MEMBER M WHERE " + MemberScope.condition(Scope.of(actor), "M.ORGANISATION_ID")
                    + (organisationId == null ? "" : " AND M.ORGANISATION_ID = ?") + " ORDER BY M.ORGANISATION_ID, M.NAME, M.ID";
            if (organisationId != null) {
                parameters.add(organisationId);
            }
            List<MemberEntity> found = new MemberScope(em).entities(MemberEntity.class, sql, parameters);
            if (full) {
                found.forEach(m -> em.persist(new DisclosureEntity(Members.now(), actor.name(), m.getId(), m.getOrganisationId(), DOOR)));
            }
            return found;
        });
        return members.stream().map(entity -> exportRow(entity.toDto(full))).toList();
    }

    /**
     * One member as the cells of {@link #EXPORT_HEADER}, with Chinese labels: the ids numbers and the dates dates (typed
     * cells in a workbook), the ID number and phone text as the DTO holds them.
     */
    static List<Object> exportRow(Member m) {
        return java.util.Arrays.asList(m.id(), m.organisationId(), m.name(), Labels.of(m.gender()), m.ethnicity(), m.birthDate(),
                m.citizenId(), Labels.of(m.education()), Labels.of(m.position()), Labels.of(m.leaderRole()), m.joinedOn(),
                Labels.of(m.kind()), m.phone(), Labels.of(m.affiliation()), m.relationshipHeldBy(), Labels.of(m.status()), m.statusSince());
    }

    /** The rows under {@link #EXPORT_HEADER}: UTF-8 CSV with a byte-order mark, or a workbook of one sheet "members". */
    static void write(List<List<Object>> rows, boolean xlsx, OutputStream out) {
        SheetFiles.write("members", EXPORT_HEADER, rows, xlsx, out);
    }

    /** Thrown inside the import's transaction to roll it back, carrying the report. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ImportReport report;

        Refused(ImportReport report) {
            super("import refused", null, false, false);
            this.report = report;
        }
    }

    @Override
    public ImportReport importCsv(Actor actor, InputStream in, ImportMode mode) {
        MemberScope.mayKeep(actor, "import members");
        // castpb's CSV writes a leading apostrophe before a formula trigger: undone here, as the file was before export
        return importRows(actor, CsvText.read(in, MAX_BYTES, "member").stream()
                .map(r -> new CsvText.Row(r.line(), r.cells().stream().map(CsvCells::restore).toList())).toList(), mode);
    }

    @Override
    public ImportReport importXlsx(Actor actor, InputStream xlsx, ImportMode mode) {
        MemberScope.mayKeep(actor, "import members");
        return importRows(actor, Xlsx.read(xlsx, MAX_BYTES), mode);
    }

    private ImportReport importRows(Actor actor, List<CsvText.Row> rows, ImportMode mode) {
        ImportMode importMode = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        if (rows.isEmpty()) {
            throw CsvText.fileError("EMPTY_FILE", "the file is empty: it needs a header row and at least one member");
        }
        Map<String, Integer> columns = columns(rows.get(0));
        List<CsvText.Row> data = rows.subList(1, rows.size());
        if (data.isEmpty()) {
            throw CsvText.fileError("EMPTY_FILE", "the file has a header row but no members");
        }
        LocalDate today = Members.today();
        try {
            return JpaMemberService.write(jpa, em -> {
                List<ImportError> errors = new ArrayList<>();
                int created = 0;
                // each chunk: its rows checked, the people already on a roll read in one query, the members and their
                // history written in JDBC batches; no query in between writes the rows before (they are flushed per chunk)
                FlushModeType flushMode = em.getFlushMode();
                em.setFlushMode(FlushModeType.COMMIT);
                try {
                    Map<Long, Optional<CastpbException>> organisations = new HashMap<>();
                    for (int from = 0; from < data.size(); from += CHUNK) {
                        List<CsvText.Row> chunk = data.subList(from, Math.min(data.size(), from + CHUNK));
                        List<CsvText.Row> rowsOf = new ArrayList<>();
                        List<MemberDraft> valid = new ArrayList<>();
                        for (CsvText.Row row : chunk) {
                            MemberDraft draft = validRow(row, columns, today, errors);
                            if (draft != null) {
                                rowsOf.add(row);
                                valid.add(draft);
                            }
                        }
                        checkOrganisations(new MemberScope(em), actor, valid.stream().map(MemberDraft::organisationId).distinct().toList(),
                                organisations);
                        Map<String, List<MemberEntity>> onRoll = Members.onRoll(em, valid.stream().map(MemberDraft::citizenId).toList());
                        for (int i = 0; i < valid.size(); i++) {
                            try {
                                MemberEntity member = register(em, actor, valid.get(i), organisations, onRoll);
                                onRoll.computeIfAbsent(member.getCitizenId(), k -> new ArrayList<>()).add(member);
                                created++;
                            } catch (CastpbException e) {
                                errors.addAll(errorsOf(rowsOf.get(i).line(), e));
                            }
                        }
                        em.flush();
                        em.clear();
                    }
                } finally {
                    em.setFlushMode(flushMode);
                }
                // by row, as the file reads (a chunk's unreadable rows were found before the others' refusals)
                errors.sort(java.util.Comparator.comparingInt(ImportError::row));
                // a dry run, or a refused file: every row was checked against the database as written so far, none stays
                if (importMode == ImportMode.CHECK_ONLY || !errors.isEmpty() && importMode == ImportMode.ALL_OR_NOTHING) {
                    throw new Refused(new ImportReport(data.size(), 0, 0, 0, false, errors));
                }
                return new ImportReport(data.size(), created, 0, 0, created > 0, errors);
            });
        } catch (Refused refused) {
            return refused.report;
        }
    }

    /**
     * The row as a member checked by {@link MemberRules} (what needs no database), or null with its errors added to
     * {@code errors}, each naming the row and the column's header.
     */
    static MemberDraft validRow(CsvText.Row row, Map<String, Integer> columns, LocalDate today, List<ImportError> errors) {
        List<ImportError> rowErrors = new ArrayList<>();
        MemberDraft draft = draft(row, columns, rowErrors);
        if (rowErrors.isEmpty()) {
            try {
                return MemberRules.validate(draft, today);
            } catch (CastpbException e) {
                rowErrors.addAll(errorsOf(row.line(), e));
            }
        }
        errors.addAll(rowErrors);
        return null;
    }

    /**
     * What {@link MemberScope#requireWritable} and {@link JpaMemberService#requireActiveOrganisation} say of each organisation
     * not checked yet in this import, in two queries: the refusal of a member there, or none.
     */
    private static void checkOrganisations(MemberScope scope, Actor actor, List<Long> ids, Map<Long, Optional<CastpbException>> checked) {
        List<Long> fresh = ids.stream().filter(id -> !checked.containsKey(id)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        Map<Long, String> statuses = scope.organisationStatuses(fresh);
        java.util.Set<Long> inScope = scope.organisationsInScope(Scope.of(actor), fresh);
        for (long id : fresh) {
            String status = statuses.get(id);
            CastpbException refusal = status == null ? new NotFoundException("party organisation", id)
                    : !inScope.contains(id) ? ForbiddenException.outOfScope(actor, "register members of party organisation " + id)
                    : !"ACTIVE".equals(status) ? JpaMemberService.dissolved(id) : null;
            checked.put(id, Optional.ofNullable(refusal));
        }
    }

    /**
     * Registers one valid row as {@link JpaMemberService#register} does: the organisation writable and active (checked before
     * by {@link #checkOrganisations}), single affiliation against {@code onRoll}; returns the member, not yet written.
     */
    private static MemberEntity register(EntityManager em, Actor actor, MemberDraft valid, Map<Long, Optional<CastpbException>> organisations,
                                         Map<String, List<MemberEntity>> onRoll) {
        Optional<CastpbException> refused = organisations.get(valid.organisationId());
        if (refused.isPresent()) {
            throw refused.get();
        }
        Members.requireSingleAffiliation(em, valid, null, onRoll.getOrDefault(valid.citizenId(), List.of()));
        MemberEntity member = new MemberEntity(valid, MemberStatus.ACTIVE, Members.today(), actor.name(), Members.now());
        em.persist(member);
        Members.historyOfNew(em, member, "IMPORT");
        return member;
    }

    /** A refusal as the row's errors: each field named by its column header. */
    private static List<ImportError> errorsOf(int line, CastpbException e) {
        if (e instanceof ValidationException v) {
            return v.errors().stream().map(f -> new ImportError(line, headerOf(f.field()), f.message() + " (" + f.code() + ")")).toList();
        }
        return List.of(new ImportError(line, null, e.getMessage() + " (" + e.code() + ")"));
    }

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("organisationId", "党组织编号"), Map.entry("name", "姓名"),
            Map.entry("gender", "性别"), Map.entry("ethnicity", "民族"), Map.entry("birthDate", "出生日期"), Map.entry("citizenId", "公民身份号码"),
            Map.entry("education", "学历"), Map.entry("position", "在学会中的职务"), Map.entry("leaderRole", "负责人职务"),
            Map.entry("joinedOn", "入党日期"), Map.entry("kind", "党员类别"), Map.entry("phone", "联系电话"),
            Map.entry("affiliation", "隶属关系"), Map.entry("relationshipHeldBy", "组织关系所在单位"));

    private static String headerOf(String field) {
        return FIELDS.get(field);
    }

    /** Where each header's column is; every header of {@link #HEADER} is required, unknown columns are named by position. */
    static Map<String, Integer> columns(CsvText.Row header) {
        Map<String, Integer> index = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            if (HEADER.contains(name) || EXPORT_ONLY.contains(name)) {
                index.put(name, i);
            } else if (!name.isEmpty()) {
                errors.add(new FieldError("file", "UNKNOWN_COLUMN", "column " + (i + 1) + " of the header is not one of " + HEADER));
            }
        }
        HEADER.stream().filter(h -> !index.containsKey(h))
                .forEach(h -> errors.add(new FieldError("file", "MISSING_COLUMN", "the header has no column " + h)));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return index;
    }

    private static MemberDraft draft(CsvText.Row row, Map<String, Integer> columns, List<ImportError> errors) {
        Cells c = new Cells(row, columns, errors);
        String organisation = c.text("党组织编号");
        long organisationId = 0;
        if (organisation != null) {
            try {
                organisationId = Long.parseLong(organisation);
            } catch (NumberFormatException e) {
                errors.add(new ImportError(row.line(), "党组织编号", "a party organisation's id is a whole number, got '" + organisation + "'"));
            }
        }
        return new MemberDraft(organisationId, c.text("姓名"), c.choice("性别", Gender.class), c.text("民族"), c.date("出生日期"),
                c.text("公民身份号码"), c.choice("学历", Education.class), c.choice("在学会中的职务", SocietyPosition.class),
                c.choice("负责人职务", LeaderRole.class), c.date("入党日期"), c.choice("党员类别", MembershipKind.class), c.text("联系电话"),
                c.choice("隶属关系", Affiliation.class), c.text("组织关系所在单位"));
    }

    /** A row's cells by header; a bad value is an error naming its column. */
    private record Cells(CsvText.Row row, Map<String, Integer> columns, List<ImportError> errors) {

        String text(String header) {
            int i = columns.get(header);
            String cell = i < row.cells().size() ? row.cells().get(i) : null;
            return cell == null || cell.isBlank() ? null : cell.strip();
        }

        LocalDate date(String header) {
            String t = text(header);
            try {
                return t == null ? null : LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                errors.add(new ImportError(row.line(), header, header + " must be a date like 2016-12-31"));
                return null;
            }
        }

        <E extends Enum<E>> E choice(String header, Class<E> type) {
            String t = text(header);
            if (t == null) {
                return null;
            }
            E value = Labels.parse(type, t);
            if (value == null) {
                errors.add(new ImportError(row.line(), header, "'" + t + "' is not one of " + Labels.allowed(type)));
            }
            return value;
        }
    }
}
