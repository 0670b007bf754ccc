package org.castpb.workers.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;
import org.castpb.api.FieldError;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.evaluation.FundingService;
import org.castpb.api.workers.Allowance;
import org.castpb.api.workers.AllowanceLine;
import org.castpb.api.workers.AllowanceRun;
import org.castpb.api.workers.AllowanceSchemeInfo;
import org.castpb.api.workers.AllowanceService;
import org.castpb.api.workers.AssessedWorker;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.spi.AllowanceContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AllowanceService}: gathers the year's assessed workers in the caller's scope, asks the scheme on a thread of its
 * own within the time limit, checks its answer and records the run, all or nothing.
 */
@Component(service = AllowanceService.class)
public class JpaAllowanceService implements AllowanceService {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAllowanceService.class);
    private static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000000");

    private final JpaTemplate jpa;
    private final WorkersConfig config;
    private final AllowanceSchemes schemes;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "castpb-allowance-scheme");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public JpaAllowanceService(@Reference(target = "(osgi.unit.name=castpb-workers)") JpaTemplate jpa,
                               @Reference(target = "(osgi.condition.id=castpb.schema.workers)") Condition schemaIsReady, @Reference WorkersConfig config,
                               @Reference AllowanceSchemes schemes) {
        this.jpa = jpa;
        this.config = config;
        this.schemes = schemes;
    }

    @Deactivate
    void deactivate() {
        calls.shutdownNow();
    }

    @Override
    public List<AllowanceSchemeInfo> schemes() {
        return schemes.infos();
    }

    @Override
    public AllowanceRun allocate(Actor actor, int year, BigDecimal budget, String schemeId) {
        WorkerScope.mayWrite(actor, Actor.RECORD_WRITERS, "allocate allowances");
        List<FieldError> errors = new ArrayList<>();
        if (year < 1949 || year > WorkerScope.today().getYear()) {
            errors.add(new FieldError("year", "INVALID", "year must be from 1949 to this year, got " + year));
        }
        if (budget == null || budget.signum() <= 0 || budget.compareTo(MAX_BUDGET) >= 0 || budget.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("budget", "INVALID_AMOUNT", "the budget is a positive number of yuan with at most two decimals, below "
                    + MAX_BUDGET.toPlainString() + ", got " + (budget == null ? null : budget.toPlainString())));
        }
        AllowanceSchemes.Bound bound = schemes.scheme(schemeId).orElse(null);
        if (bound == null) {
            errors.add(new FieldError("schemeId", "UNKNOWN_SCHEME", "no allowance scheme '" + schemeId + "' is installed (installed: "
                    + schemes.infos().stream().map(AllowanceSchemeInfo::id).toList() + ")"));
        }
        WorkerRules.check(errors);
        BigDecimal money = budget.setScale(2);
        Map<Long, Object[]> workers = assessed(actor, year, bound.info().region());
        if (workers.isEmpty()) {
            throw new ValidationException(new FieldError("year", "NO_ASSESSED_WORKERS", "no worker in your scope"
                    + (bound.info().region().isEmpty() ? "" : " and the scheme's region " + bound.info().region()) + " has a grade for " + year));
        }
        List<AssessedWorker> given = workers.entrySet().stream().map(e -> new AssessedWorker(e.getKey(), (Long) e.getValue()[0],
                (org.castpb.api.workers.WorkerKind) e.getValue()[2], (WorkerGrade) e.getValue()[3])).toList();
        List<Allowance> answer = call(bound, new Context(year, money, given));
        List<String> problems = Allowances.problems(answer, workers.keySet(), money);
        if (!problems.isEmpty()) {
            throw failed(bound, "answered allowances that cannot be recorded: " + String.join("; ", problems));
        }
        return JpaWorkerService.write(jpa, em -> {
            WorkerScope scope = new WorkerScope(em);
            BigDecimal total = answer.stream().map(Allowance::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
            AllowanceRunEntity run = new AllowanceRunEntity(year, bound.info().id(), bound.info().name(), money, total, WorkerScope.now(),
                    actor.name());
            em.persist(run);
            em.flush();
            List<AllowanceLine> lines = new ArrayList<>();
            for (Allowance a : answer) {
                Object[] w = workers.get(a.workerId());
                AllowanceLine line = new AllowanceLine(a.workerId(), (Long) w[0], (String) w[1], (WorkerGrade) w[3], a.amount().setScale(2),
                        a.explanation().strip());
                em.persist(new AllowanceLineEntity(run.id, line));
                scope.audit(actor, line.societyId(), line.workerId(), "ALLOWANCE", null, "run=" + run.id + "; year=" + year + "; scheme="
                        + bound.info().id() + "; grade=" + line.grade() + "; amount=" + line.amount().toPlainString());
                lines.add(line);
            }
            return run.toDto(lines);
        });
    }

    /** The year's assessed workers in the actor's scope (and the scheme's region): id to {society, name, kind, grade}. */
    private Map<Long, Object[]> assessed(Actor actor, int year, String region) {
        return jpa.txExpr(TransactionType.Required, em -> {
            String where = " WHERE A.ASSESSED_YEAR = ? AND " + WorkerScope.condition(Scope.of(actor), "W.SOCIETY_ID");
            if (!region.isEmpty()) {
                where += " AND " + WorkerScope.condition(Scope.region(region), "W.SOCIETY_ID");
            }
            Map<Long, Object[]> found = new java.util.TreeMap<>();
            for (Object row : new WorkerScope(em).rows("SELECT W.ID, W.SOCIETY_ID, W.NAME, W.WORKER_KIND, A.GRADE FROM WORKER_ASSESSMENT A"
                    + " JOIN WORKER W ON W.ID = A.WORKER_ID" + where + " ORDER BY W.ID", year)) {
                Object[] c = (Object[]) row;
                found.put(((Number) c[0]).longValue(), new Object[] {((Number) c[1]).longValue(), String.valueOf(c[2]),
                    org.castpb.api.workers.WorkerKind.valueOf(String.valueOf(c[3])), WorkerGrade.valueOf(String.valueOf(c[4]))});
            }
            return found;
        });
    }

    /** The scheme's answer within the time limit; its failure, a late answer or an interruption is SCHEME_FAILED. */
    private List<Allowance> call(AllowanceSchemes.Bound bound, AllowanceContext context) {
        Future<List<Allowance>> future = calls.submit(() -> bound.scheme().allocate(context));
        try {
            return future.get(config.allowanceTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw failed(bound, "gave no answer within " + config.allowanceTimeoutMillis() + " ms");
        } catch (ExecutionException e) {
            LOG.warn("Allowance scheme {} failed", bound.info().id(), e.getCause());
            throw failed(bound, "failed: " + e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw failed(bound, "was interrupted");
        }
    }

    private static CastpbException failed(AllowanceSchemes.Bound bound, String what) {
        return new CastpbException(FundingService.SCHEME_FAILED, "allowance scheme " + bound.info().id() + " " + what + "; nothing was recorded",
                bound.info().id(), what);
    }

    @Override
    public List<AllowanceRun> runs(Actor actor, Integer year) {
        WorkerScope.mayRead(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            javax.persistence.TypedQuery<AllowanceRunEntity> query = em.createQuery("SELECT r FROM AllowanceRunEntity r"
                    + (year == null ? "" : " WHERE r.year = ?1") + " ORDER BY r.at DESC, r.id DESC", AllowanceRunEntity.class);
            List<AllowanceRunEntity> runs = (year == null ? query : query.setParameter(1, year)).getResultList();
            Map<Long, List<AllowanceLine>> lines = lines(em, actor, null);
            boolean all = Scope.of(actor).all();
            return runs.stream().filter(r -> all || lines.containsKey(r.id))
                    .map(r -> r.toDto(lines.getOrDefault(r.id, List.of()))).toList();
        });
    }

    @Override
    public AllowanceRun run(Actor actor, long id) {
        WorkerScope.mayRead(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            AllowanceRunEntity run = em.find(AllowanceRunEntity.class, id);
            Map<Long, List<AllowanceLine>> lines = run == null ? Map.of() : lines(em, actor, id);
            if (run == null || (!Scope.of(actor).all() && !lines.containsKey(id))) {
                throw new NotFoundException("allowance run", id);
            }
            return run.toDto(lines.getOrDefault(id, List.of()));
        });
    }

    /** The lines in the actor's scope, of one run or all, by run. */
    private static Map<Long, List<AllowanceLine>> lines(javax.persistence.EntityManager em, Actor actor, Long runId) {
        List<Object> parameters = new ArrayList<>();
        String where = " WHERE " + WorkerScope.condition(Scope.of(actor), "L.SOCIETY_ID");
        if (runId != null) {
            where += " AND L.RUN_ID = ?";
            parameters.add(runId);
        }
        Map<Long, List<AllowanceLine>> byRun = new HashMap<>();
        new WorkerScope(em).entities(AllowanceLineEntity.class, "SELECT L.* FROM WORKER_ALLOWANCE L" + where + " ORDER BY L.RUN_ID, L.WORKER_ID",
                parameters).forEach(l -> byRun.computeIfAbsent(l.runId, k -> new ArrayList<>()).add(l.toDto()));
        return byRun;
    }

    /** The context handed to the scheme: immutable. */
    private record Context(int year, BigDecimal budget, List<AssessedWorker> workers) implements AllowanceContext {
        Context {
            workers = List.copyOf(workers);
        }
    }
}
