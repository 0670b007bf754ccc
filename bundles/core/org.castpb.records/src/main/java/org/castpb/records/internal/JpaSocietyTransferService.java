package org.castpb.records.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.ForbiddenException;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.ImportError;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.LedgerDraft;
import org.castpb.api.Scope;
import org.castpb.api.Society;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyTransferService;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.AdmissionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.condition.Condition;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSV import and export of societies with their ledgers. An import validates every row before
 * writing any; it then upserts by USCC in one transaction, so a failure while writing leaves
 * nothing half-imported.
 */
@Component(service = SocietyTransferService.class, configurationPid = JpaSocietyTransferService.PID)
@Designate(ocd = JpaSocietyTransferService.Config.class)
public class JpaSocietyTransferService implements SocietyTransferService {

    @ObjectClassDefinition(name = "castpb society import and export")
    public @interface Config {
        @AttributeDefinition(description = "Largest CSV file an import accepts, in megabytes")
        int maxFileMegabytes() default 64;

        @AttributeDefinition(description = "Refuse an import row or a new society whose name another active society already has "
                + "(by default that is a warning)")
        boolean refuseDuplicateNames() default false;

        @AttributeDefinition(description = "Errors and warnings an import report lists at most; all are counted, in all and per code")
        int maxReportedErrors() default 1000;
    }

    static final String PID = "org.castpb.records.transfer";

    private static final Logger LOG = LoggerFactory.getLogger(JpaSocietyTransferService.class);
    /** Rows written between flushes, so that a large import never holds all its entities in memory. */
    static final int CHUNK = 1000;

    private final JpaTemplate jpa;
    // volatile and updated in place: a changed limit or rule must not restart the service and the doors' endpoints
    private volatile long maxBytes;

    /** The admission check, optional and dynamic for the reason {@link JpaSocietyService} gives. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AdmissionService admission;
    private volatile boolean refuseDuplicateNames;
    private volatile int maxReportedErrors;

    @Activate
    public JpaSocietyTransferService(@Reference(target = "(osgi.unit.name=castpb)") JpaTemplate jpa,
                                     @Reference(target = "(osgi.condition.id=castpb.schema.records)") Condition schemaIsReady, Config config) {
        this.jpa = jpa;
        this.maxBytes = config.maxFileMegabytes() * 1024L * 1024L;
        this.refuseDuplicateNames = config.refuseDuplicateNames();
        this.maxReportedErrors = Math.max(1, config.maxReportedErrors());
    }

    @Modified
    void modified(Config config) {
        this.maxBytes = config.maxFileMegabytes() * 1024L * 1024L;
        this.refuseDuplicateNames = config.refuseDuplicateNames();
        this.maxReportedErrors = Math.max(1, config.maxReportedErrors());
    }

    @Override
    public ImportReport importCsv(Actor actor, InputStream csv, ImportMode mode) {
        Writes.mayWrite(actor);
        return importRows(actor, Csv.read(csv, maxBytes), mode);
    }

    @Override
    public ImportReport importXlsx(Actor actor, InputStream xlsx, ImportMode mode) {
        Writes.mayWrite(actor);
        return importRows(actor, Xlsx.read(xlsx, maxBytes), mode);
    }

    private ImportReport importRows(Actor actor, List<Csv.Row> rows, ImportMode mode) {
        long start = System.nanoTime();
        if (rows.isEmpty()) {
            throw Csv.fileError("EMPTY_FILE", "the file holds no rows");
        }
        Map<String, Integer> index = SocietyCsv.index(rows.get(0));
        ReportedProblems errors = new ReportedProblems(maxReportedErrors);
        int dataRows = rows.size() - 1;
        if (dataRows == 0) {
            throw Csv.fileError("EMPTY_FILE", "the file has a header row but no societies");
        }
        List<SocietyCsv.Parsed> valid = admissible(actor, inScope(actor, validate(rows.subList(1, rows.size()), index, errors), errors), errors);
        ReportedProblems warnings = new ReportedProblems(maxReportedErrors);
        valid = checkNames(Scope.of(actor), valid, refuseDuplicateNames ? errors : warnings);
        errors.sort(java.util.Comparator.comparingInt(ImportError::row));
        if (mode == ImportMode.CHECK_ONLY || !errors.isEmpty() && (mode == null || mode == ImportMode.ALL_OR_NOTHING)) {
            return report(dataRows, new int[3], false, errors, warnings);
        }
        List<SocietyCsv.Parsed> writable = valid;
        int[] counts = jpa.txExpr(TransactionType.Required, em -> write(em, actor.name(), writable));
        LOG.info("{} imported {} rows: {} created, {} updated, {} unchanged, {} refused ({} ms)", actor.name(), dataRows,
                counts[0], counts[1], counts[2], dataRows - valid.size(), (System.nanoTime() - start) / 1_000_000);
        return report(dataRows, counts, !valid.isEmpty(), errors, warnings);
    }

    private static ImportReport report(int rows, int[] counts, boolean applied, ReportedProblems errors, ReportedProblems warnings) {
        return new ImportReport(rows, counts[0], counts[1], counts[2], applied, errors, warnings, errors.count(), errors.counts(),
                warnings.count());
    }

    /**
     * Names each row whose name an active society or an earlier row of the file has under another USCC, in
     * {@code findings}: the warnings, or under the strict rule the errors, whose rows are then left out.
     */
    private List<SocietyCsv.Parsed> checkNames(Scope scope, List<SocietyCsv.Parsed> rows, List<ImportError> findings) {
        Map<String, List<SameNames.Holder>> holders = jpa.txExpr(TransactionType.Required,
                em -> SameNames.holders(em, rows.stream().map(r -> r.society().name()).toList()));
        Map<String, SocietyCsv.Parsed> firstOfName = new HashMap<>();
        List<SocietyCsv.Parsed> kept = new ArrayList<>(rows.size());
        for (SocietyCsv.Parsed row : rows) {
            String name = row.society().name();
            String uscc = row.society().uscc();
            boolean clash = false; // counted here: the report keeps only the first findings of the file
            for (SameNames.Holder h : holders.getOrDefault(name, List.of())) {
                if (!h.uscc().equals(uscc)) {
                    clash = true;
                    findings.add(new ImportError(row.line(), "名称", SameNames.warning(scope, h), ConflictException.DUPLICATE_NAME));
                }
            }
            SocietyCsv.Parsed first = firstOfName.putIfAbsent(name, row);
            if (first != null && !first.society().uscc().equals(uscc)) {
                clash = true;
                findings.add(new ImportError(row.line(), "名称", "line " + first.line() + " has the same name under USCC "
                        + first.society().uscc() + ": check this is not the same society under another code", ConflictException.DUPLICATE_NAME));
            }
            if (!clash || !refuseDuplicateNames) {
                kept.add(row);
            }
        }
        return kept;
    }

    /**
     * The rows the actor may write: a row whose society, as recorded or as the row would make it, lies outside the
     * actor's scope is refused by line, like an invalid one. A national administrator's rows are all in scope.
     */
    private List<SocietyCsv.Parsed> inScope(Actor actor, List<SocietyCsv.Parsed> rows, List<ImportError> errors) {
        Scope scope = Scope.of(actor);
        if (scope.all() || rows.isEmpty()) {
            return rows;
        }
        Map<String, SocietyEntity> recorded = new HashMap<>();
        jpa.txExpr(TransactionType.Required, em -> {
            // one query for the whole file: the recorded societies among the file's USCCs, a chunk of USCCs at a time
            List<String> usccs = rows.stream().map(r -> r.society().uscc()).toList();
            for (int from = 0; from < usccs.size(); from += CHUNK) {
                em.createQuery("SELECT s FROM SocietyEntity s WHERE s.uscc IN :usccs", SocietyEntity.class)
                        .setParameter("usccs", usccs.subList(from, Math.min(usccs.size(), from + CHUNK)))
                        .getResultList().forEach(s -> recorded.put(s.getUscc(), s));
                em.clear();
            }
            return null;
        });
        List<SocietyCsv.Parsed> kept = new ArrayList<>(rows.size());
        for (SocietyCsv.Parsed row : rows) {
            SocietyEntity before = recorded.get(row.society().uscc());
            long id = before == null ? 0 : before.getId();
            if (before != null && !Access.covers(actor, before)) {
                errors.add(new ImportError(row.line(), "统一社会信用代码", ForbiddenException.OUT_OF_SCOPE + ": society " + id
                        + " (uscc " + row.society().uscc() + ") lies outside the scope " + scope + " of " + actor.name(),
                        ForbiddenException.OUT_OF_SCOPE));
            } else if (!scope.covers(id, row.society().regionCode(), row.society().level())) {
                errors.add(new ImportError(row.line(), "行政区划代码", ForbiddenException.OUT_OF_SCOPE + ": a "
                        + row.society().level() + " society in region " + row.society().regionCode()
                        + " lies outside the scope " + scope + " of " + actor.name(), ForbiddenException.OUT_OF_SCOPE));
            } else {
                kept.add(row);
            }
        }
        errors.sort(java.util.Comparator.comparingInt(ImportError::row));
        return kept;
    }

    /**
     * The rows that do not make an APPLICANT a MEMBER, or do so with the admission check passing now: a row that
     * would admit a society failing it is refused by line with the code of each failed check, as over REST.
     */
    private List<SocietyCsv.Parsed> admissible(Actor actor, List<SocietyCsv.Parsed> rows, List<ImportError> errors) {
        List<String> joining = rows.stream().filter(r -> r.society().groupMemberStatus() == GroupMemberStatus.MEMBER)
                .map(r -> r.society().uscc()).toList();
        if (joining.isEmpty()) {
            return rows;
        }
        Map<String, Long> applicants = new HashMap<>();
        jpa.txExpr(TransactionType.Required, em -> {
            for (int from = 0; from < joining.size(); from += CHUNK) {
                em.createQuery("SELECT s.uscc, s.id FROM SocietyEntity s WHERE s.groupMemberStatus = :applicant AND s.uscc IN :usccs",
                                Object[].class)
                        .setParameter("applicant", GroupMemberStatus.APPLICANT)
                        .setParameter("usccs", joining.subList(from, Math.min(joining.size(), from + CHUNK)))
                        .getResultList().forEach(pair -> applicants.put((String) pair[0], (Long) pair[1]));
            }
            return null;
        });
        if (applicants.isEmpty()) {
            return rows;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<SocietyCsv.Parsed> kept = new ArrayList<>(rows.size());
        for (SocietyCsv.Parsed row : rows) {
            Long id = applicants.get(row.society().uscc());
            try {
                if (id != null) {
                    AdmissionGate.pass(admission, actor, id, GroupMemberStatus.APPLICANT, GroupMemberStatus.MEMBER, null, today);
                }
                kept.add(row);
            } catch (ValidationException e) {
                e.errors().forEach(f -> errors.add(new ImportError(row.line(), "团体会员状态", f.message(), f.code())));
            }
        }
        return kept;
    }

    /** Parses and validates every row; returns the valid ones, normalised. */
    private static List<SocietyCsv.Parsed> validate(List<Csv.Row> rows, Map<String, Integer> index, List<ImportError> errors) {
        List<SocietyCsv.Parsed> valid = new ArrayList<>(rows.size());
        Map<String, Integer> lineOfUscc = new HashMap<>();
        for (Csv.Row row : rows) {
            SocietyCsv.Parsed parsed = SocietyCsv.read(row, index, errors);
            if (parsed == null) {
                continue;
            }
            Integer earlier = lineOfUscc.putIfAbsent(parsed.society().uscc(), row.line());
            if (earlier != null) {
                errors.add(new ImportError(row.line(), "统一社会信用代码", "uscc " + parsed.society().uscc() + " is also on line " + earlier,
                        ConflictException.DUPLICATE_USCC));
                continue;
            }
            valid.add(parsed);
        }
        return valid;
    }

    /**
     * An import never moves a ledger's last inspection back: a row with an older inspection year, or none, keeps the
     * ledger's (which a completed evaluation campaign may have written); a row with the same or a later year sets it.
     */
    static LedgerDraft keepRecordedInspection(LedgerDraft current, LedgerDraft imported) {
        Integer recorded = current == null ? null : current.lastInspectionYear();
        if (recorded == null || imported.lastInspectionYear() != null && imported.lastInspectionYear() >= recorded) {
            return imported;
        }
        return new LedgerDraft(imported.runningState(), current.lastInspectionResult(), recorded, imported.activitiesInYear(),
                imported.fullTimeStaff(), imported.staffPartyMembers(), imported.formalMembers(), imported.probationaryMembers(),
                imported.relationshipsHere(), imported.relationshipsElsewhere(), imported.leaders(),
                imported.partyOrganisationEstablished(), imported.noOrganisationReason(), imported.noOrganisationText(),
                imported.note());
    }

    /** Upserts the rows chunk by chunk in the caller's transaction; returns created, updated, unchanged. */
    private static int[] write(EntityManager em, String actor, List<SocietyCsv.Parsed> rows) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        // Every recorded USCC once, up front. A per-chunk "WHERE uscc IN (...)" is planned by Derby while the
        // table is still empty and then scans the growing table on every chunk: the import slowed quadratically.
        Map<String, Long> idOfUscc = new HashMap<>();
        for (Object[] pair : em.createQuery("SELECT s.uscc, s.id FROM SocietyEntity s", Object[].class).getResultList()) {
            idOfUscc.put((String) pair[0], (Long) pair[1]);
        }
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<SocietyCsv.Parsed> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, SocietyEntity> existing = new HashMap<>();
            Map<Long, LedgerRevisionEntity> ledgers = new HashMap<>();
            for (SocietyCsv.Parsed row : chunk) {
                Long id = idOfUscc.get(row.society().uscc());
                if (id != null) {
                    existing.put(row.society().uscc(), em.find(SocietyEntity.class, id));
                    LedgerRevisionEntity current = JpaLedgerService.current(em, id);
                    if (current != null) {
                        ledgers.put(id, current);
                    }
                }
            }
            // societies first, flushed, then ledgers: nothing maps the ledger's society as a relation,
            // so only this order guarantees a society row exists before its ledger's foreign key needs it
            Map<String, SocietyEntity> written = new HashMap<>();
            Set<String> changed = new HashSet<>();
            for (SocietyCsv.Parsed row : chunk) {
                SocietyEntity society = existing.get(row.society().uscc());
                if (society == null) {
                    society = new SocietyEntity();
                    society.apply(row.society(), actor, Writes.now());
                    em.persist(society);
                    em.persist(new AuditEntryEntity(Writes.now(), actor, "SOCIETY", society.getId(), "IMPORT_CREATE", null,
                            JpaSocietyService.audited(society.toDto(), row.society())));
                    created++;
                } else if (!society.matches(row.society())) {
                    Society before = society.toDto();
                    society.apply(row.society(), actor, Writes.now());
                    em.persist(new AuditEntryEntity(Writes.now(), actor, "SOCIETY", society.getId(), "IMPORT_UPDATE", before,
                            JpaSocietyService.audited(society.toDto(), row.society())));
                    changed.add(row.society().uscc());
                }
                written.put(row.society().uscc(), society);
            }
            em.flush();
            for (SocietyCsv.Parsed row : chunk) {
                String uscc = row.society().uscc();
                long id = written.get(uscc).getId();
                if (row.ledger() != null && JpaLedgerService.append(em, actor, id, ledgers.get(id),
                        keepRecordedInspection(ledgers.get(id) == null ? null : ledgers.get(id).content(), row.ledger())) != null) {
                    changed.add(uscc);
                }
                if (existing.containsKey(uscc)) {
                    if (changed.contains(uscc)) {
                        updated++;
                    } else {
                        unchanged++;
                    }
                }
            }
            em.flush();
            em.clear();
        }
        return new int[] {created, updated, unchanged};
    }

    @Override
    public void exportCsv(Actor actor, SocietyQuery filter, OutputStream out) {
        Access.mayRead(actor);
        checkExportFilter(filter);
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            StringBuilder text = new StringBuilder();
            Csv.write(text, SocietyCsv.header());
            forEachRow(Scope.of(actor), filter, row -> {
                Csv.write(text, row);
                if (text.length() > 64 * 1024) {
                    flush(text, out);
                }
            });
            flush(text, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void exportXlsx(Actor actor, SocietyQuery filter, OutputStream out) {
        Access.mayRead(actor);
        checkExportFilter(filter);
        Xlsx.write(SocietyCsv.header(), SocietyCsv.cellKinds(), rows -> forEachRow(Scope.of(actor), filter, rows), out);
    }

    /**
     * An export takes the list's filter and is checked like it, before anything is written: a region prefix of
     * {@code %} or {@code _} is a LIKE pattern that matched every society. Paging does not apply to an export.
     */
    private static void checkExportFilter(SocietyQuery filter) {
        SocietyValidator.validate(filter.page(0, 1));
    }

    private static void flush(StringBuilder text, OutputStream out) {
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands every matching society's export row to {@code rows}, reading the database a chunk (one short transaction) at a time. */
    private void forEachRow(Scope scope, SocietyQuery filter, Consumer<List<String>> rows) {
        SocietyQuery all = filter.page(0, 1);
        long lastId = -1;
        while (true) {
            long after = lastId;
            List<List<String>> chunk = new ArrayList<>();
            List<Long> ids = jpa.txExpr(TransactionType.Required, em -> {
                // the chunk's ids first, as the list does: Derby reads them in order from the key's index alone
                SocietyFilter next = new SocietyFilter(scope, all).with("after", after);
                List<Long> chunkIds = next.bind(em.createQuery("SELECT s.id FROM SocietyEntity s"
                                + next.where("s.id > :after") + " ORDER BY s.id", Long.class))
                        .setMaxResults(CHUNK).getResultList();
                if (chunkIds.isEmpty()) {
                    return List.<Long>of();
                }
                // then the chunk's rows and ledgers as ranges of ids, read-only: an IN list of a thousand ids made Derby
                // test every current revision against the list, once per chunk
                long last = chunkIds.get(chunkIds.size() - 1);
                SocietyFilter range = new SocietyFilter(scope, all).with("after", after).with("last", last);
                List<SocietyEntity> page = range.bind(em.createQuery("SELECT s FROM SocietyEntity s"
                                + range.where("s.id > :after AND s.id <= :last") + " ORDER BY s.id", SocietyEntity.class))
                        .setHint("eclipselink.read-only", "true").getResultList();
                Map<Long, LedgerRevisionEntity> ledgers = JpaLedgerService.currentInRange(em, after, last);
                for (SocietyEntity s : page) {
                    LedgerRevisionEntity ledger = ledgers.get(s.getId());
                    chunk.add(SocietyCsv.exportRow(s.toDto(), ledger == null ? null : ledger.content()));
                }
                return page.stream().map(SocietyEntity::getId).toList();
            });
            if (ids.isEmpty()) {
                return;
            }
            chunk.forEach(rows);
            lastId = ids.get(ids.size() - 1);
        }
    }
}
