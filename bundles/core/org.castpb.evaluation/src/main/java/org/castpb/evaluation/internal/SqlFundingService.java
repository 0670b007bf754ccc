package org.castpb.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.NotFoundException;
import org.castpb.api.ValidationException;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.FundingService;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.spi.FundingContext;
import org.castpb.spi.FundingScheme;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FundingService}: calls a funding scheme on a completed campaign's results within the time limit, checks
 * its awards ({@link Awards}) and records them with the scheme's version in one transaction, or nothing at all.
 */
@Component(service = FundingService.class, configurationPid = EngineConfig.PID)
public class SqlFundingService implements FundingService {

    static final BigDecimal MAX_BUDGET = new BigDecimal("10000000000000");
    static final int MAX_NOTE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(SqlFundingService.class);

    private final EvaluationStore store;
    private final PluginRegistry plugins;
    private final EvaluationService evaluations;
    private final PartyOrganisationService organisations;
    private final Clock clock;
    private final PluginCalls calls;
    private volatile Limits limits;

    @Activate
    public SqlFundingService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                             @Reference(target = "(osgi.condition.id=castpb.schema.evaluation)") Condition schemaIsReady, @Reference PluginRegistry plugins,
                             @Reference EvaluationService evaluations,
                             @Reference PartyOrganisationService organisations, EngineConfig config) {
        this(new EvaluationStore(dataSource), plugins, evaluations, organisations, Limits.of(config),
                Limits.calls("castpb-funding-scheme", config), Clock.systemUTC());
    }

    SqlFundingService(EvaluationStore store, PluginRegistry plugins, EvaluationService evaluations,
                      PartyOrganisationService organisations, Limits limits, PluginCalls calls, Clock clock) {
        this.store = store;
        this.plugins = plugins;
        this.evaluations = evaluations;
        this.organisations = organisations;
        this.limits = limits;
        this.calls = calls;
        this.clock = clock;
    }

    @Modified
    void modified(EngineConfig config) {
        limits = Limits.of(config);
        Limits.reconfigure(calls, config);
    }

    @Deactivate
    void deactivate() {
        calls.shutdown();
    }

    @Override
    public List<ModuleInfo> schemes() {
        return plugins.schemeInfos();
    }

    @Override
    public Allocation allocate(Actor actor, long campaignId, String schemeId, BigDecimal budget, String note) {
        SqlEvaluationService.requireWriter(actor, "allocate funding");
        checkInput(schemeId, budget, note);
        Campaign campaign = CampaignScopes.changeable(actor, store.campaign(campaignId), campaignId,
                "allocate funding on campaign " + campaignId);
        if (campaign.status() != CampaignStatus.COMPLETED) {
            throw notCompleted(campaignId, campaign.status());
        }
        Plugin<FundingScheme> scheme = plugins.scheme(schemeId.strip())
                .orElseThrow(() -> new NotFoundException("funding scheme installed", schemeId.strip()));
        List<SocietyEvaluation> results = store.allResults(campaignId);
        BigDecimal money = budget.setScale(2);
        Set<Long> societies = results.stream().map(SocietyEvaluation::societyId).collect(Collectors.toSet());
        List<Award> awards = call(scheme, new Context(campaign, results, money, id -> societies.contains(id)
                ? Facts.organisationsOn(organisations, campaign.asOf(), id) : List.of()));
        List<String> problems = Awards.problems(awards, societies, money);
        if (!problems.isEmpty()) {
            throw failed(scheme, "answered awards that cannot be recorded: " + String.join("; ", problems));
        }
        List<Award> normalised = awards.stream()
                .map(a -> new Award(a.societyId(), a.channel(), a.amount().setScale(2), a.explanation().strip(),
                        a.translations())).toList();
        Allocation allocation = store.insertAllocation(campaignId, scheme.id(), scheme.version(), money,
                Awards.total(normalised), note == null || note.isBlank() ? null : note.strip(), actor.name(),
                clock.instant(), normalised, () -> notCompleted(campaignId, CampaignStatus.RUNNING));
        LOG.info("{} allocated {} of {} yuan to {} societies of campaign {} with {} {}", actor.name(),
                allocation.total(), money, normalised.size(), campaignId, scheme.id(), scheme.version());
        return allocation;
    }

    @Override
    public Allocation get(Actor actor, long id) {
        Allocation allocation = store.allocation(id).orElseThrow(() -> new NotFoundException("allocation", id));
        try {
            evaluations.get(actor, allocation.campaignId());
        } catch (NotFoundException outside) {
            throw new NotFoundException("allocation", id);
        }
        return allocation;
    }

    @Override
    public List<Allocation> byCampaign(Actor actor, long campaignId) {
        evaluations.get(actor, campaignId);
        return store.allocations(campaignId);
    }

    private List<Award> call(Plugin<FundingScheme> scheme, FundingContext context) {
        if (calls.stuck(scheme.id()) > 0) {
            throw failed(scheme, "was not called: an earlier call ignored its interruption and still holds its thread");
        }
        PluginCalls.Result<List<Award>> r;
        try {
            r = calls.call(scheme.id(), () -> scheme.service().allocate(context), limits.fundingTimeoutMillis(),
                    limits.fundingAllocationCapBytes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(scheme, "was interrupted");
        }
        switch (r.ending()) {
            case ANSWERED:
                return r.value() == null ? null : new ArrayList<>(r.value());
            case FAILED:
                LOG.error("Funding scheme {} {} failed", scheme.id(), scheme.version(), r.failure());
                throw failed(scheme, "failed: " + ModuleRunner.describe(r.failure()));
            case OUT_OF_MEMORY:
                throw failed(scheme, "ran out of memory (java.lang.OutOfMemoryError)");
            case OVER_ALLOCATION:
                throw failed(scheme, "allocated more than the cap of " + ModuleRunner.megabytes(limits.fundingAllocationCapBytes())
                        + " MB" + (r.abandoned() ? " and ignored its interruption; its thread is abandoned" : ""));
            case TIMED_OUT:
                throw failed(scheme, "exceeded the time limit of " + limits.fundingTimeoutMillis() + " ms"
                        + (r.abandoned() ? " and ignored its interruption; its thread is abandoned" : ""));
            default:
                throw failed(scheme, "was not run: no funding thread came free within " + limits.fundingTimeoutMillis() + " ms");
        }
    }

    private static ConflictException notCompleted(long campaignId, CampaignStatus status) {
        return new ConflictException(CAMPAIGN_NOT_COMPLETED, "campaign " + campaignId + " is " + status
                + "; only a COMPLETED campaign's results can be funded", campaignId, status);
    }

    private static CastpbException failed(Plugin<FundingScheme> scheme, String what) {
        return new CastpbException(SCHEME_FAILED, "funding scheme " + scheme.id() + " " + scheme.version() + " "
                + ModuleRunner.truncate(what) + "; nothing was recorded", scheme.id(), scheme.version(), ModuleRunner.truncate(what));
    }

    private static void checkInput(String schemeId, BigDecimal budget, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (schemeId == null || schemeId.isBlank()) {
            errors.add(new FieldError("schemeId", "REQUIRED", "the funding scheme's id is required"));
        }
        if (budget == null) {
            errors.add(new FieldError("budget", "REQUIRED", "the budget in yuan is required"));
        } else if (budget.signum() <= 0 || budget.compareTo(MAX_BUDGET) >= 0) {
            errors.add(new FieldError("budget", "OUT_OF_RANGE", "the budget must be positive and below "
                    + MAX_BUDGET.toPlainString() + " yuan, not " + budget.toPlainString()));
        } else if (budget.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("budget", "INVALID", "the budget has more than two decimals: " + budget.toPlainString()));
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            errors.add(new FieldError("note", "TOO_LONG", "the note is longer than " + MAX_NOTE + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The engine's {@link FundingContext}: organisations are read when the scheme asks, through their service. */
    private record Context(Campaign campaign, List<SocietyEvaluation> results, BigDecimal budget,
                           LongFunction<List<PartyOrganisation>> organisationsOf) implements FundingContext {

        @Override
        public List<PartyOrganisation> organisations(long societyId) {
            return organisationsOf.apply(societyId);
        }
    }
}
