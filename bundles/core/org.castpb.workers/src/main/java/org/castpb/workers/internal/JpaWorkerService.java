package org.castpb.workers.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.AuditTexts;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.castpb.api.sheets.SheetFiles;
import org.castpb.api.text.Labels;
import org.castpb.api.workers.Assessment;
import org.castpb.api.workers.Commendation;
import org.castpb.api.workers.CommendationDraft;
import org.castpb.api.workers.JobChange;
import org.castpb.api.workers.Training;
import org.castpb.api.workers.TrainingDraft;
import org.castpb.api.workers.TrainingRule;
import org.castpb.api.workers.TrainingShortfall;
import org.castpb.api.workers.Worker;
import org.castpb.api.workers.WorkerDraft;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.api.workers.WorkerService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/** {@link WorkerService} on JPA: each call one resource-local transaction, every read and write confined by {@link WorkerScope}. */
@Component(service = WorkerService.class)
public class JpaWorkerService implements WorkerService {

    static final String ALREADY_FILED = "ALREADY_FILED";

    private final JpaTemplate jpa;
    private final WorkersConfig config;

    @Activate
    public JpaWorkerService(@Reference(target = "(osgi.unit.name=castpb-workers)") JpaTemplate jpa,
                            @Reference(target = "(osgi.condition.id=castpb.schema.workers)") Condition schemaIsReady, @Reference WorkersConfig config) {
        this.jpa = jpa;
        this.config = config;
    }

    @Override
    public Worker add(Actor actor, WorkerDraft draft) {
        WorkerScope.mayWrite(actor, WorkerScope.KEEPERS, "keep party affairs workers");
        WorkerDraft valid = WorkerRules.validate(draft, WorkerScope.today());
        return write(em -> {
            WorkerScope scope = new WorkerScope(em);
            scope.requireWritable(actor, valid.societyId(), "keep the party affairs workers of society " + valid.societyId());
            WorkerEntity worker = new WorkerEntity(valid);
            em.persist(worker);
            em.flush();
            scope.audit(actor, worker.societyId, worker.id, "CREATE", null, AuditTexts.text(fields(valid)));
            jobChanges(em, scope, actor, worker, null, valid);
            return worker.toDto();
        });
    }

    @Override
    public Worker get(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> new WorkerScope(em).worker(actor, id).toDto());
    }

    @Override
    public Worker update(Actor actor, long id, long expectedVersion, WorkerDraft draft) {
        WorkerScope.mayWrite(actor, WorkerScope.KEEPERS, "keep party affairs workers");
        return write(em -> {
            WorkerScope scope = new WorkerScope(em);
            WorkerEntity worker = scope.writableWorker(actor, id, "change party affairs worker " + id);
            if (worker.version != expectedVersion) {
                throw new StaleVersionException(expectedVersion, worker.version);
            }
            WorkerDraft valid = WorkerRules.validate(draft == null ? null
                    : new WorkerDraft(worker.societyId, draft.name(), draft.kind(), draft.position(), draft.startDate(), draft.endDate()),
                    WorkerScope.today());
            if (draft.societyId() != 0 && draft.societyId() != worker.societyId) {
                throw new ValidationException(new FieldError("societyId", "SOCIETY_FIXED", "a worker stays on the roster of society "
                        + worker.societyId + "; end this entry and add the worker to the other society"));
            }
            WorkerDraft before = worker.toDraft();
            worker.apply(valid);
            em.flush();
            String[] diff = AuditTexts.diff(fields(before), fields(valid));
            scope.audit(actor, worker.societyId, worker.id, "UPDATE", diff[0], diff[1]);
            jobChanges(em, scope, actor, worker, before, valid);
            return worker.toDto();
        });
    }

    /** Records the job changes a roster change of a full-time worker means, each audited. */
    private static void jobChanges(EntityManager em, WorkerScope scope, Actor actor, WorkerEntity worker, WorkerDraft before,
                                   WorkerDraft after) {
        for (WorkerRules.Change c : WorkerRules.jobChanges(before, after, WorkerScope.today())) {
            JobChangeEntity change = new JobChangeEntity(worker.id, c);
            em.persist(change);
            scope.audit(actor, worker.societyId, worker.id, "JOB_CHANGE", c.before(), c.kind() + " on " + c.on() + ": " + c.after());
        }
    }

    private static Map<String, String> fields(WorkerDraft d) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("societyId", String.valueOf(d.societyId()));
        f.put("name", d.name());
        f.put("kind", String.valueOf(d.kind()));
        f.put("position", d.position());
        f.put("startDate", String.valueOf(d.startDate()));
        f.put("endDate", String.valueOf(d.endDate()));
        return f;
    }

    @Override
    public Page<Worker> list(Actor actor, Long societyId, boolean current, int offset, int limit) {
        WorkerScope.mayRead(actor);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(new FieldError("limit", "INVALID", "offset must be 0 or more and limit from 1 to " + MAX_LIMIT));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Object> parameters = new ArrayList<>();
            String where = where(actor, societyId, parameters);
            if (current) {
                where += " AND (W.END_DATE IS NULL OR W.END_DATE >= ?)";
                parameters.add(java.sql.Date.valueOf(WorkerScope.today()));
            }
            WorkerScope scope = new WorkerScope(em);
            long total = scope.count("SELECT COUNT(*) FROM WORKER W" + where, parameters.toArray());
            List<WorkerEntity> rows = scope.entities(WorkerEntity.class, "SELECT W.* FROM WORKER W" + where
                    + " ORDER BY W.SOCIETY_ID, W.NAME, W.ID OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY", parameters);
            return new Page<>(rows.stream().map(WorkerEntity::toDto).toList(), total, offset, limit);
        });
    }

    /** " WHERE" the worker W's society is in scope, and is {@code societyId} when given. */
    private static String where(Actor actor, Long societyId, List<Object> parameters) {
        String where = " WHERE " + WorkerScope.condition(Scope.of(actor), "W.SOCIETY_ID");
        if (societyId != null) {
            parameters.add(societyId);
            where += " AND W.SOCIETY_ID = ?";
        }
        return where;
    }

    @Override
    public List<AuditEntry> history(Actor actor, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            new WorkerScope(em).worker(actor, id);
            return em.createQuery("SELECT a FROM WorkerAuditEntity a WHERE a.workerId = ?1 ORDER BY a.at, a.id", WorkerAuditEntity.class)
                    .setParameter(1, id).getResultList().stream().map(WorkerAuditEntity::toAuditEntry).toList();
        });
    }

    @Override
    public Training addTraining(Actor actor, long workerId, TrainingDraft draft) {
        WorkerScope.mayWrite(actor, WorkerScope.KEEPERS, "record training of party affairs workers");
        return write(em -> {
            WorkerScope scope = new WorkerScope(em);
            WorkerEntity worker = scope.writableWorker(actor, workerId, "record training of party affairs worker " + workerId);
            TrainingDraft valid = WorkerRules.validate(draft, worker.startDate, worker.endDate, WorkerScope.today());
            TrainingEntity training = new TrainingEntity(workerId, valid);
            em.persist(training);
            scope.audit(actor, worker.societyId, workerId, "TRAINING", null, "course=" + valid.course() + "; hours="
                    + valid.hours().toPlainString() + "; trainedOn=" + valid.trainedOn());
            return training.toDto();
        });
    }

    @Override
    public List<Training> trainings(Actor actor, long workerId, Integer year) {
        return jpa.txExpr(TransactionType.Required, em -> {
            new WorkerScope(em).worker(actor, workerId);
            return em.createQuery("SELECT t FROM TrainingEntity t WHERE t.workerId = ?1 ORDER BY t.trainedOn DESC, t.id DESC",
                    TrainingEntity.class).setParameter(1, workerId).getResultList().stream()
                    .filter(t -> year == null || t.trainedOn.getYear() == year).map(TrainingEntity::toDto).toList();
        });
    }

    @Override
    public List<TrainingRule> trainingRules() {
        return config.trainingRules().versions();
    }

    @Override
    public List<TrainingShortfall> shortfalls(Actor actor, int year, Long societyId) {
        WorkerScope.mayRead(actor);
        checkYear(year);
        TrainingRules rules = config.trainingRules();
        String version = rules.at(LocalDate.of(year, 1, 1)).version();
        return jpa.txExpr(TransactionType.Required, em -> {
            WorkerScope scope = new WorkerScope(em);
            List<Object> parameters = new ArrayList<>();
            String where = where(actor, societyId, parameters) + " AND W.START_DATE <= ? AND (W.END_DATE IS NULL OR W.END_DATE >= ?)";
            parameters.add(java.sql.Date.valueOf(LocalDate.of(year, 12, 31)));
            parameters.add(java.sql.Date.valueOf(LocalDate.of(year, 1, 1)));
            List<WorkerEntity> workers = scope.entities(WorkerEntity.class, "SELECT W.* FROM WORKER W" + where
                    + " ORDER BY W.SOCIETY_ID, W.NAME, W.ID", parameters);
            Map<Long, BigDecimal> hours = new HashMap<>();
            List<Object> hourParameters = new ArrayList<>(parameters);
            hourParameters.add(java.sql.Date.valueOf(LocalDate.of(year, 1, 1)));
            hourParameters.add(java.sql.Date.valueOf(LocalDate.of(year, 12, 31)));
            for (Object row : scope.rows("SELECT T.WORKER_ID, SUM(T.HOURS) FROM WORKER_TRAINING T JOIN WORKER W ON W.ID = T.WORKER_ID"
                    + where + " AND T.TRAINED_ON BETWEEN ? AND ? GROUP BY T.WORKER_ID", hourParameters.toArray())) {
                Object[] cells = (Object[]) row;
                hours.put(((Number) cells[0]).longValue(), new BigDecimal(cells[1].toString()));
            }
            Map<Long, String> names = new HashMap<>();
            List<TrainingShortfall> shortfalls = new ArrayList<>();
            for (WorkerEntity w : workers) {
                BigDecimal target = rules.target(year, w.kind, w.startDate, w.endDate);
                BigDecimal had = hours.getOrDefault(w.id, BigDecimal.ZERO).setScale(1);
                if (had.compareTo(target) < 0) {
                    String society = names.computeIfAbsent(w.societyId, scope::societyName);
                    shortfalls.add(new TrainingShortfall(w.id, w.societyId, society, w.name, w.kind, year, target, had,
                            target.subtract(had), version));
                }
            }
            return shortfalls;
        });
    }

    private static void checkYear(int year) {
        if (year < 1949 || year > WorkerScope.today().getYear()) {
            throw new ValidationException(new FieldError("year", "INVALID", "year must be from 1949 to this year, got " + year));
        }
    }

    @Override
    public List<JobChange> jobChanges(Actor actor, Long societyId, boolean overdueOnly) {
        WorkerScope.mayRead(actor);
        LocalDate today = WorkerScope.today();
        int days = config.jobChangeReportDays();
        return jpa.txExpr(TransactionType.Required, em -> {
            WorkerScope scope = new WorkerScope(em);
            List<Object> parameters = new ArrayList<>();
            String where = where(actor, societyId, parameters);
            if (overdueOnly) {
                where += " AND C.FILED_ON IS NULL AND C.CHANGED_ON < ?";
                parameters.add(java.sql.Date.valueOf(today.minusDays(days)));
            }
            List<JobChangeEntity> rows = scope.entities(JobChangeEntity.class, "SELECT C.* FROM WORKER_JOB_CHANGE C JOIN WORKER W"
                    + " ON W.ID = C.WORKER_ID" + where + " ORDER BY C.CHANGED_ON, C.ID", parameters);
            return rows.stream().map(c -> c.toDto(em.find(WorkerEntity.class, c.workerId), days, today)).toList();
        });
    }

    @Override
    public JobChange fileJobChange(Actor actor, long jobChangeId, String report) {
        WorkerScope.mayWrite(actor, WorkerScope.KEEPERS, "report job changes of party affairs workers");
        List<FieldError> errors = new ArrayList<>();
        String text = WorkerRules.text(errors, "report", report, WorkerRules.REPORT_MAX, true);
        WorkerRules.check(errors);
        return write(em -> {
            WorkerScope scope = new WorkerScope(em);
            JobChangeEntity change = em.find(JobChangeEntity.class, jobChangeId);
            if (change == null || !scope.visible(actor, em.find(WorkerEntity.class, change.workerId).societyId)) {
                throw new NotFoundException("job change", jobChangeId);
            }
            WorkerEntity worker = scope.writableWorker(actor, change.workerId, "report job change " + jobChangeId);
            if (change.filedOn != null) {
                throw new ConflictException(ALREADY_FILED, "job change " + jobChangeId + " was reported on " + change.filedOn + " by "
                        + change.filedBy, jobChangeId, change.filedOn, change.filedBy);
            }
            change.filedOn = WorkerScope.today();
            change.filedBy = actor.name();
            change.report = text;
            scope.audit(actor, worker.societyId, worker.id, "JOB_CHANGE_FILED", null, "jobChange=" + jobChangeId + "; report=" + text);
            return change.toDto(worker, config.jobChangeReportDays(), WorkerScope.today());
        });
    }

    @Override
    public Assessment assess(Actor actor, long workerId, int year, WorkerGrade grade, String note) {
        WorkerScope.mayWrite(actor, Actor.RECORD_WRITERS, "assess party affairs workers");
        List<FieldError> errors = new ArrayList<>();
        if (grade == null) {
            errors.add(new FieldError("grade", "REQUIRED", "grade is EXCELLENT, COMPETENT, BASICALLY_COMPETENT or INCOMPETENT"));
        }
        String text = WorkerRules.text(errors, "note", note, WorkerRules.NOTE_MAX, false);
        WorkerRules.check(errors);
        return write(em -> {
            WorkerScope scope = new WorkerScope(em);
            WorkerEntity worker = scope.writableWorker(actor, workerId, "assess party affairs worker " + workerId);
            WorkerRules.checkYear(year, worker.startDate, worker.endDate, WorkerScope.today());
            List<AssessmentEntity> existing = em.createQuery("SELECT a FROM AssessmentEntity a WHERE a.workerId = ?1 AND a.year = ?2",
                    AssessmentEntity.class).setParameter(1, workerId).setParameter(2, year).getResultList();
            AssessmentEntity a = existing.isEmpty() ? new AssessmentEntity(workerId, year) : existing.get(0);
            String before = existing.isEmpty() ? null : "grade=" + a.grade + "; note=" + a.note;
            a.grade = grade;
            a.note = text;
            a.assessedBy = actor.name();
            if (existing.isEmpty()) {
                em.persist(a);
            }
            scope.audit(actor, worker.societyId, workerId, "ASSESSMENT " + year, before, "grade=" + grade + "; note=" + text);
            return a.toDto(worker);
        });
    }

    @Override
    public List<Assessment> assessments(Actor actor, Long societyId, int year) {
        WorkerScope.mayRead(actor);
        checkYear(year);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Object> parameters = new ArrayList<>();
            String where = where(actor, societyId, parameters) + " AND A.ASSESSED_YEAR = ?";
            parameters.add(year);
            return new WorkerScope(em).entities(AssessmentEntity.class, "SELECT A.* FROM WORKER_ASSESSMENT A JOIN WORKER W ON W.ID = A.WORKER_ID"
                    + where + " ORDER BY W.SOCIETY_ID, W.NAME, W.ID", parameters).stream()
                    .map(a -> a.toDto(em.find(WorkerEntity.class, a.workerId))).toList();
        });
    }

    @Override
    public Commendation commend(Actor actor, CommendationDraft draft) {
        WorkerScope.mayWrite(actor, Actor.RECORD_WRITERS, "record commendations");
        CommendationDraft valid = WorkerRules.validate(draft, WorkerScope.today());
        return write(em -> {
            WorkerScope scope = new WorkerScope(em);
            scope.requireWritable(actor, valid.societyId(), "record commendations of society " + valid.societyId());
            if (valid.workerId() != null) {
                WorkerEntity worker = em.find(WorkerEntity.class, valid.workerId());
                if (worker == null || worker.societyId != valid.societyId()) {
                    throw new ValidationException(new FieldError("workerId", "NOT_IN_SOCIETY", "party affairs worker " + valid.workerId()
                            + " is not on the roster of society " + valid.societyId()));
                }
            }
            if (valid.organisationId() != null && !scope.organisationCovers(valid.organisationId(), valid.societyId())) {
                throw new ValidationException(new FieldError("organisationId", "NOT_IN_SOCIETY", "party organisation "
                        + valid.organisationId() + " does not cover society " + valid.societyId()));
            }
            CommendationEntity c = new CommendationEntity(valid);
            em.persist(c);
            scope.audit(actor, valid.societyId(), valid.workerId(), "COMMENDATION", null, "title=" + valid.title() + "; awardedOn="
                    + valid.awardedOn() + "; awardedBy=" + valid.awardedBy() + (valid.organisationId() == null ? ""
                    : "; organisationId=" + valid.organisationId()));
            return c.toDto();
        });
    }

    @Override
    public List<Commendation> commendations(Actor actor, long societyId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            new WorkerScope(em).requireVisible(actor, societyId);
            return em.createQuery("SELECT c FROM CommendationEntity c WHERE c.societyId = ?1 ORDER BY c.awardedOn DESC, c.id DESC",
                    CommendationEntity.class).setParameter(1, societyId).getResultList().stream().map(CommendationEntity::toDto).toList();
        });
    }

    @Override
    public void exportRoster(Actor actor, Long societyId, OutputStream out) {
        exportRoster(actor, societyId, false, out);
    }

    @Override
    public void exportRoster(Actor actor, Long societyId, boolean xlsx, OutputStream out) {
        Map<Long, String> names = societyNames(actor);
        List<List<Object>> rows = new ArrayList<>();
        for (int offset = 0; ; offset += MAX_LIMIT) {
            Page<Worker> page = list(actor, societyId, false, offset, MAX_LIMIT);
            for (Worker w : page.items()) {
                rows.add(java.util.Arrays.asList(w.id(), w.societyId(), names.get(w.societyId()), w.name(), Labels.of(w.kind()),
                        w.position(), w.startDate(), w.endDate()));
            }
            if (page.items().isEmpty() || offset + page.items().size() >= page.total()) {
                break;
            }
        }
        SheetFiles.write("党务工作者", List.of("编号", "学会编号", "学会", "姓名", "类别", "职务", "任职日期", "离任日期"), rows, xlsx, out);
    }

    @Override
    public void exportShortfalls(Actor actor, int year, Long societyId, OutputStream out) {
        exportShortfalls(actor, year, societyId, false, out);
    }

    @Override
    public void exportShortfalls(Actor actor, int year, Long societyId, boolean xlsx, OutputStream out) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrainingShortfall s : shortfalls(actor, year, societyId)) {
            rows.add(java.util.Arrays.asList(s.year(), s.workerId(), s.societyId(), s.societyName(), s.name(), Labels.of(s.kind()), s.target(), s.hours(),
                    s.missing(), s.ruleVersion()));
        }
        SheetFiles.write("培训学时不足", List.of("年度", "编号", "学会编号", "学会", "姓名", "类别", "目标学时", "已完成学时", "缺少学时", "规则版本"),
                rows, xlsx, out);
    }

    /** The names of the societies in scope that have workers. */
    private Map<Long, String> societyNames(Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<Long, String> names = new HashMap<>();
            for (Object row : new WorkerScope(em).rows("SELECT S.ID, S.NAME FROM SOCIETY S WHERE EXISTS (SELECT 1 FROM WORKER W WHERE "
                    + "W.SOCIETY_ID = S.ID) AND " + Scope.of(actor).sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"))) {
                Object[] cells = (Object[]) row;
                names.put(((Number) cells[0]).longValue(), String.valueOf(cells[1]));
            }
            return names;
        });
    }

    interface Work<R> {
        R run(EntityManager em);
    }

    /** Runs a change in its own transaction, flushed inside it; a lost race is a version conflict. */
    <R> R write(Work<R> work) {
        return write(jpa, work);
    }

    static <R> R write(JpaTemplate jpa, Work<R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                R result = work.run(em);
                em.flush();
                return result;
            });
        } catch (OptimisticLockException e) {
            throw StaleVersionException.concurrentChange();
        }
    }
}
