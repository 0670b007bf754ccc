package org.castpb.evaluation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.LedgerService;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Scope;
import org.castpb.api.Society;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.ValidationException;
import org.castpb.api.budgets.BudgetService;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultQuery;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.jobs.JobRuns;
import org.castpb.api.life.MeetingService;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.LiaisonService;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.spi.EvaluationModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.condition.Condition;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EvaluationService}: each campaign runs on a background thread of its own (a campaign at most once at a
 * time, which the database decides, so also across nodes), society by society (ACTIVE
 * registrations, ordered by id, within the campaign's region prefix). For each society the facts are read once
 * through the record and organisation services, every applicable module is called through a {@link ModuleRunner}
 * (time-limited, isolated), and the module results with the {@link Verdict} are stored together. Modules are
 * taken from the {@link PluginRegistry} society by society, so a plugin installed mid-run serves the societies
 * that follow. Campaigns are confined to the actor's scope by {@link CampaignScopes}, results by their society's
 * scope, both in SQL.
 */
@Component(service = EvaluationService.class, configurationPid = EngineConfig.PID)
@Designate(ocd = EngineConfig.class)
public class SqlEvaluationService implements EvaluationService {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final int MAX_LIMIT = 500;
    private static final int PAGE = 200;
    private static final int RECOUNT_EVERY = 25;
    /** How often this node tells the others it still runs its campaigns, and when silence means it stopped. */
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    /** A campaign interrupted longer ago than this is left to an administrator: its figures may have moved on. */
    static final Duration RESUME_WITHIN = Duration.ofDays(1);
    /** The job whose runs record which node resumed which campaign, once across the nodes. */
    static final String RESUME_JOB = "campaign-resume";
    private static final Logger LOG = LoggerFactory.getLogger(SqlEvaluationService.class);

    private final EvaluationStore store;
    private final PluginRegistry plugins;
    private final SocietyService societies;
    private final LedgerService ledgers;
    private final PartyOrganisationService organisations;
    private final LiaisonService liaisons;
    private final EstablishmentRequestService requests;
    private final Clock clock;
    private final ExecutorService campaigns = Executors.newCachedThreadPool(threads("castpb-evaluation-campaign"));
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(threads("castpb-evaluation-heartbeat"));
    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();
    private final PluginCalls moduleCalls;
    private final FollowThrough followThrough;
    private final JobRuns jobRuns;
    private volatile Limits limits;
    private volatile int rectificationDueDays;
    private volatile Resumption resumption;

    /**
     * Whether live nodes resume the campaigns left INTERRUPTED, and how many times one run at most.
     *
     * @param enabled whether they do ({@code resumeInterrupted})
     * @param max     resumptions of one run at most ({@code maxResumes})
     */
    record Resumption(boolean enabled, int max) {
        static Resumption of(EngineConfig config) {
            if (config.maxResumes() < 0) {
                throw new IllegalArgumentException(EngineConfig.PID + ": maxResumes must be 0 or more, got " + config.maxResumes());
            }
            return new Resumption(config.resumeInterrupted(), config.maxResumes());
        }
    }

    /** The party-work budgets modules are given (SPI 1.1.0); optional, so the engine runs without the budgets bundle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile BudgetService budgets;
    // organisational life: each optional, so that evaluation works without any of them and picks one up when installed
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile MeetingService meetings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile AppraisalService appraisals;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile MajorMatterService matters;

    @Activate
    public SqlEvaluationService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                @Reference(target = "(osgi.condition.id=castpb.schema.evaluation)") Condition schemaIsReady,
                                @Reference PluginRegistry plugins, @Reference SocietyService societies,
                                @Reference LedgerService ledgers, @Reference PartyOrganisationService organisations,
                                @Reference LiaisonService liaisons, @Reference EstablishmentRequestService requests,
                                @Reference RectificationService rectifications, @Reference JobRuns jobRuns, EngineConfig config) {
        this(new EvaluationStore(dataSource), plugins, societies, ledgers, organisations, liaisons, requests,
                rectifications, Limits.of(config), Limits.calls("castpb-evaluation-module", config), Clock.systemUTC(), jobRuns,
                Resumption.of(config));
        this.rectificationDueDays = dueDays(config);
    }

    SqlEvaluationService(EvaluationStore store, PluginRegistry plugins, SocietyService societies, LedgerService ledgers,
                         PartyOrganisationService organisations, LiaisonService liaisons,
                         EstablishmentRequestService requests, Limits limits, PluginCalls moduleCalls, Clock clock) {
        this(store, plugins, societies, ledgers, organisations, liaisons, requests, null, limits, moduleCalls, clock);
    }

    /** {@code rectifications} null: a completed campaign is not followed through (tests of the engine alone). */
    SqlEvaluationService(EvaluationStore store, PluginRegistry plugins, SocietyService societies, LedgerService ledgers,
                         PartyOrganisationService organisations, LiaisonService liaisons,
                         EstablishmentRequestService requests, RectificationService rectifications, Limits limits,
                         PluginCalls moduleCalls, Clock clock) {
        this(store, plugins, societies, ledgers, organisations, liaisons, requests, rectifications, limits, moduleCalls, clock,
                null, new Resumption(false, 0));
    }

    /** {@code jobRuns} null: a resumption is decided by the campaign's row alone and recorded in no job run. */
    SqlEvaluationService(EvaluationStore store, PluginRegistry plugins, SocietyService societies, LedgerService ledgers,
                         PartyOrganisationService organisations, LiaisonService liaisons,
                         EstablishmentRequestService requests, RectificationService rectifications, Limits limits,
                         PluginCalls moduleCalls, Clock clock, JobRuns jobRuns, Resumption resumption) {
        this.store = store;
        this.jobRuns = jobRuns;
        this.resumption = resumption;
        this.plugins = plugins;
        this.societies = societies;
        this.ledgers = ledgers;
        this.organisations = organisations;
        this.liaisons = liaisons;
        this.requests = requests;
        this.limits = limits;
        this.moduleCalls = moduleCalls;
        this.clock = clock;
        this.followThrough = rectifications == null ? null : new FollowThrough(rectifications, ledgers);
        this.rectificationDueDays = 90;
        // the first beat resumes nothing: this component is not active yet
        beat(false);
        heartbeat.scheduleAtFixedRate(() -> beat(true), HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Touches the campaigns this node runs, and marks INTERRUPTED those whose node has been silent for
     * {@link #STALE_AFTER} (it stopped, or crashed), so that they may be run again; never another live node's; with
     * {@code resume}, then resumes those that may be ({@link #resumeInterrupted}).
     */
    void beat(boolean resume) {
        try {
            Instant now = clock.instant();
            store.heartbeat(List.copyOf(runningHere), now);
            int interrupted = store.interruptStale(now.minus(STALE_AFTER), now);
            if (interrupted > 0) {
                LOG.warn("{} campaign(s) were left running by a node that stopped; they are marked INTERRUPTED", interrupted);
            }
            if (resume) {
                resumeInterrupted(now);
            }
        } catch (RuntimeException e) {
            // the next beat tries again
            LOG.warn("Campaign heartbeat failed: {}", e.getMessage());
        }
    }

    /**
     * Resumes on this node the campaigns left INTERRUPTED in the last {@link #RESUME_WITHIN} whose run was resumed fewer
     * than {@code maxResumes} times, unless switched off: each through {@link JobRuns#runOnce} (job
     * {@value #RESUME_JOB}, due "campaign ID resume N"), whose run records the node that resumed it, and by one
     * conditional UPDATE, so that of all the nodes one resumes it. The societies with a result keep it.
     *
     * @return how many campaigns this node resumed
     */
    int resumeInterrupted(Instant now) {
        Resumption r = resumption;
        if (!r.enabled()) {
            return 0;
        }
        int resumed = 0;
        for (EvaluationStore.Resumable campaign : store.resumable(now.minus(RESUME_WITHIN), r.max())) {
            boolean[] here = new boolean[1];
            Runnable work = () -> here[0] = resume(campaign, r.max(), now);
            if (jobRuns == null) {
                work.run();
            } else {
                jobRuns.runOnce(RESUME_JOB, "campaign " + campaign.id() + " resume " + (campaign.resumes() + 1), work);
            }
            resumed += here[0] ? 1 : 0;
        }
        return resumed;
    }

    private boolean resume(EvaluationStore.Resumable resumable, int max, Instant now) {
        if (!store.resume(resumable, now)) {
            return false;
        }
        Campaign campaign = store.campaign(resumable.id()).orElseThrow();
        LOG.warn("Campaign {} ({}) was interrupted; {} resumes it on this node (resumption {} of at most {}): the societies"
                + " without a result are evaluated, those with one keep it", campaign.id(), campaign.title(), Actor.SYSTEM.name(),
                resumable.resumes() + 1, max);
        runningHere.add(campaign.id());
        campaigns.execute(() -> execute(campaign, true));
        return true;
    }

    @Modified
    void modified(EngineConfig config) {
        resumption = Resumption.of(config);
        limits = Limits.of(config);
        rectificationDueDays = dueDays(config);
        Limits.reconfigure(moduleCalls, config);
    }

    @Deactivate
    void deactivate() {
        heartbeat.shutdownNow();
        campaigns.shutdownNow();
        moduleCalls.shutdown();
        try {
            if (!campaigns.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A campaign run did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<ModuleInfo> modules() {
        return plugins.moduleInfos();
    }

    @Override
    public Campaign create(Actor actor, CampaignDraft draft) {
        requireWriter(actor, "open a campaign");
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        // a correction names a campaign the actor can see, like any other read
        java.util.function.LongFunction<Campaign> visible = id -> store.campaign(id)
                .filter(c -> CampaignScopes.reaches(Scope.of(actor), c.regionPrefix())).orElse(null);
        CampaignDraft d = CampaignDrafts.settle(draft, today, visible);
        String prefix = CampaignScopes.prefixFor(actor, d.regionPrefix());
        if (!prefix.equals(d.regionPrefix())) {
            d = CampaignDrafts.settle(new CampaignDraft(draft.year(), draft.kind(), draft.title(), draft.asOf(), prefix,
                    draft.correctsCampaignId()), today, visible);
        }
        Campaign c = store.insertCampaign(d.year(), d.kind(), d.title(), d.asOf(), d.regionPrefix(),
                d.correctsCampaignId(), actor.name(), clock.instant());
        if (c.correctsCampaignId() == null) {
            LOG.info("{} opened campaign {} ({})", actor.name(), c.id(), c.title());
        } else {
            LOG.info("{} opened campaign {} ({}), a correction of campaign {}", actor.name(), c.id(), c.title(),
                    c.correctsCampaignId());
        }
        return c;
    }

    @Override
    public Campaign get(Actor actor, long id) {
        return store.campaign(id).filter(c -> CampaignScopes.reaches(Scope.of(actor), c.regionPrefix()))
                .orElseThrow(() -> new NotFoundException("campaign", id));
    }

    @Override
    public Page<Campaign> list(Actor actor, int offset, int limit) {
        checkPage(offset, limit);
        return store.campaigns(CampaignScopes.sql(Scope.of(actor)), offset, limit);
    }

    @Override
    public Campaign run(Actor actor, long id) {
        requireWriter(actor, "run a campaign");
        Campaign campaign = CampaignScopes.changeable(actor, store.campaign(id), id, "run campaign " + id);
        if (!store.start(id, clock.instant())) {
            if (store.funded(id)) {
                throw new ConflictException(CAMPAIGN_FUNDED, "campaign " + id + " has had funding allocated from its"
                        + " results, which are frozen; to evaluate again, open a new campaign of the same year and kind"
                        + " that corrects it (correctsCampaignId " + id + ")", id);
            }
            throw new ConflictException(CAMPAIGN_RUNNING, "campaign " + id + " is running; wait until it ends", id);
        }
        LOG.info("{} started campaign {} ({})", actor.name(), id, campaign.title());
        runningHere.add(id);
        campaigns.execute(() -> execute(campaign, false));
        return get(actor, id);
    }

    @Override
    public Page<SocietyEvaluation> results(Actor actor, long campaignId, ResultQuery query) {
        get(actor, campaignId);
        ResultQuery q = query == null ? ResultQuery.all() : query;
        checkPage(q.offset(), q.limit());
        String prefix;
        try {
            prefix = Regions.prefix(q.regionPrefix());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(new FieldError("regionPrefix", "INVALID", e.getMessage()));
        }
        return store.results(campaignId, new ResultQuery(q.outcome(), prefix, q.vetoed(), q.offset(), q.limit()), Scope.of(actor));
    }

    @Override
    public SocietyEvaluation result(Actor actor, long campaignId, long societyId) {
        store.campaign(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        requireSociety(actor, societyId);
        return store.result(campaignId, societyId).orElseThrow(() -> new NotFoundException(
                "result in campaign " + campaignId + " for society", societyId));
    }

    @Override
    public List<SocietyEvaluation> bySociety(Actor actor, long societyId) {
        // the society service answers a society outside the actor's scope as not found
        societies.get(actor, societyId);
        return store.bySociety(societyId);
    }

    /** A society outside the actor's scope has no results for it. */
    private void requireSociety(Actor actor, long societyId) {
        if (!store.societyInScope(Scope.of(actor), societyId)) {
            throw new NotFoundException("society", societyId);
        }
    }

    /** One run of a campaign, on the campaign thread; resumed, it evaluates only the societies without a result. */
    private void execute(Campaign campaign, boolean resumed) {
        long start = System.nanoTime();
        CampaignStatus end = CampaignStatus.INTERRUPTED;
        try {
            Set<Long> kept = resumed ? store.resultSocieties(campaign.id()) : Set.of();
            if (!resumed) {
                store.clearResults(campaign.id());
            }
            Facts facts = new Facts(ledgers, organisations, liaisons, requests, budgets,
                    new Facts.LifeSources(meetings, appraisals, matters));
            ModuleRunner runner = new ModuleRunner(moduleCalls, limits);
            SocietyQuery query = new SocietyQuery(null, campaign.regionPrefix().isEmpty() ? null : campaign.regionPrefix(),
                    null, null, RegistrationStatus.ACTIVE, 0, PAGE);
            int done = 0;
            int offset = 0;
            while (true) {
                Page<Society> page = societies.list(Actor.SYSTEM, query.page(offset, PAGE));
                if (offset == 0) {
                    store.societies(campaign.id(), (int) page.total());
                }
                for (Society society : page.items()) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException();
                    }
                    if (kept.contains(society.id())) {
                        continue;
                    }
                    store.saveResult(evaluate(campaign, society, facts, runner));
                    if (++done % RECOUNT_EVERY == 0) {
                        store.recount(campaign.id(), null, null);
                    }
                }
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
            // followed through before it shows as COMPLETED, so whoever sees it completed sees its consequences too
            followThrough(campaign);
            end = CampaignStatus.COMPLETED;
            LOG.info("Campaign {} evaluated {} societies in {} ms ({} module threads abandoned now)", campaign.id(), done,
                    (System.nanoTime() - start) / 1_000_000, moduleCalls.abandoned());
        } catch (InterruptedException e) {
            LOG.warn("Campaign {} was interrupted", campaign.id());
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Campaign {} stopped: {}", campaign.id(), e.getMessage(), e);
        } finally {
            store.recount(campaign.id(), end, clock.instant());
            runningHere.remove(campaign.id());
        }
    }

    /** Rectification tasks for its failures, re-evaluations for its passes, and the ledgers, once every society has a result. */
    private void followThrough(Campaign campaign) {
        if (followThrough == null) {
            return;
        }
        try {
            followThrough.completed(campaign, store.allResults(campaign.id()), LocalDate.now(clock.withZone(BEIJING)),
                    rectificationDueDays);
        } catch (RuntimeException e) {
            LOG.error("Campaign {} could not be followed through: {}", campaign.id(), e.getMessage(), e);
        }
    }

    private static int dueDays(EngineConfig config) {
        if (config.rectificationDueDays() < 0) {
            throw new IllegalArgumentException(EngineConfig.PID + ": rectificationDueDays must be 0 or more, got "
                    + config.rectificationDueDays());
        }
        return config.rectificationDueDays();
    }

    /** Every applicable module on one society; a failure to read its records makes its result INCOMPLETE. */
    SocietyEvaluation evaluate(Campaign campaign, Society society, Facts facts, ModuleRunner runner)
            throws InterruptedException {
        Context context;
        try {
            context = facts.of(campaign, society);
        } catch (RuntimeException e) {
            LOG.error("Could not read the records of society {} for campaign {}", society.id(), campaign.id(), e);
            return new SocietyEvaluation(campaign.id(), society.id(), society.name(), society.regionCode(),
                    Outcome.INCOMPLETE, null, null, false, List.of("its records could not be read: " + e.getMessage()),
                    clock.instant(), List.of());
        }
        List<ModuleResult> results = new ArrayList<>();
        for (Plugin<EvaluationModule> module : plugins.applicable(campaign.kind(), society.regionCode())) {
            results.add(runner.run(module, context));
        }
        Verdict v = Verdict.of(campaign.kind(), results);
        return new SocietyEvaluation(campaign.id(), society.id(), society.name(), society.regionCode(), v.outcome(),
                v.score(), v.grade(), v.vetoed(), v.english(), clock.instant(), results, v.translations());
    }

    static void requireWriter(Actor actor, String what) {
        if (actor == null || !actor.hasAnyRole(Actor.RECORD_WRITERS)) {
            throw new ForbiddenException((actor == null ? "an anonymous caller" : actor.name()) + " may not " + what
                    + "; it needs one of the roles " + Actor.RECORD_WRITERS);
        }
    }

    static void checkPage(int offset, int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (offset < 0) {
            errors.add(new FieldError("offset", "OUT_OF_RANGE", "offset must be 0 or more, not " + offset));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError("limit", "OUT_OF_RANGE", "limit must be from 1 to " + MAX_LIMIT + ", not " + limit));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
