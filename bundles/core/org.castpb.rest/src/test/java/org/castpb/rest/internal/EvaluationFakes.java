package org.castpb.rest.internal;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;
import org.castpb.api.Actor;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.api.evaluation.FundingService;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.ModuleState;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultQuery;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.api.evaluation.SocietyEvaluation;

/** In-memory evaluation and funding services and sample records for the evaluation door's tests. */
final class EvaluationFakes {

    static final String BASE = "http://localhost:8181/api/v1/";

    private EvaluationFakes() {
    }

    static Campaign campaign(long id, CampaignStatus status) {
        return new Campaign(id, 2026, EvaluationKind.ANNUAL_INSPECTION, "2026年度年检", LocalDate.of(2026, 12, 31), "",
                status, "admin", Instant.parse("2026-11-26T01:00:00Z"), null, null, 0, 0, 0, 0, 0, 0, 3);
    }

    static SocietyEvaluation evaluation(long societyId, String name, Outcome outcome, String... reasons) {
        Finding finding = Finding.met("LEDGER_FIVE_CLEARS", "台账五清", 10, "台账齐全");
        ModuleResult module = new ModuleResult("national", "1.0.0", "", ResultStatus.OK, 10, 10, new BigDecimal("100.0"),
                Grade.EXCELLENT, false, null, null, 12, List.of(finding));
        return new SocietyEvaluation(7, societyId, name, "110000", outcome, new BigDecimal("85.5"),
                outcome == Outcome.PASS ? Grade.GOOD : Grade.UNQUALIFIED, outcome == Outcome.FAIL, List.of(reasons),
                Instant.parse("2026-11-26T02:00:00Z"), List.of(module));
    }

    static Allocation allocation(long id, Award... awards) {
        return new Allocation(id, 7, "award", "1.0.0", new BigDecimal("100000.00"), new BigDecimal("30000.00"), null,
                "admin", Instant.parse("2026-11-26T03:00:00Z"), List.of(awards));
    }

    static Award award(long societyId, String amount, String explanation) {
        return new Award(societyId, FundingChannel.AWARD_IN_LIEU_OF_SUBSIDY, new BigDecimal(amount), explanation);
    }

    static ModuleInfo module(String id) {
        return new ModuleInfo(id, "全国党建模块", "1.0.0", "", List.of(EvaluationKind.ANNUAL_INSPECTION), "org.castpb.plugin." + id,
                ModuleState.ACTIVE, Instant.parse("2026-11-26T00:00:00Z"));
    }

    /** A request URI as JAX-RS would give it, for building Location headers. */
    static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getAbsolutePathBuilder" -> UriBuilder.fromUri(URI.create(BASE + path));
                    case "getBaseUriBuilder" -> UriBuilder.fromUri(URI.create(BASE));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Campaign 7 exists; its results are {@link #results}, served a page at a time as asked. */
    static class Evaluations implements EvaluationService {
        final List<SocietyEvaluation> results = new ArrayList<>();
        final List<ResultQuery> queries = new ArrayList<>();
        CampaignDraft created;

        @Override
        public List<ModuleInfo> modules() {
            return List.of(module("national"));
        }

        @Override
        public Campaign create(Actor actor, CampaignDraft draft) {
            created = draft;
            return campaign(7, CampaignStatus.CREATED);
        }

        @Override
        public Campaign get(Actor actor, long id) {
            if (id != 7) {
                throw new NotFoundException("campaign", id);
            }
            return campaign(id, CampaignStatus.CREATED);
        }

        @Override
        public Page<Campaign> list(Actor actor, int offset, int limit) {
            return new Page<>(List.of(campaign(7, CampaignStatus.CREATED)), 1, offset, limit);
        }

        @Override
        public Campaign run(Actor actor, long id) {
            get(actor, id);
            return campaign(id, CampaignStatus.RUNNING);
        }

        @Override
        public Page<SocietyEvaluation> results(Actor actor, long campaignId, ResultQuery query) {
            get(actor, campaignId);
            queries.add(query);
            int to = Math.min(results.size(), query.offset() + query.limit());
            return new Page<>(results.subList(Math.min(query.offset(), to), to), results.size(), query.offset(), query.limit());
        }

        @Override
        public SocietyEvaluation result(Actor actor, long campaignId, long societyId) {
            get(actor, campaignId);
            return results.stream().filter(r -> r.societyId() == societyId).findFirst()
                    .orElseThrow(() -> new NotFoundException("result for society", societyId));
        }

        @Override
        public List<SocietyEvaluation> bySociety(Actor actor, long societyId) {
            return results.stream().filter(r -> r.societyId() == societyId).toList();
        }
    }

    /** Allocates over campaign 7 only, recording what it was asked. */
    static class Funding implements FundingService {
        BigDecimal budget;
        String schemeId;

        @Override
        public List<ModuleInfo> schemes() {
            return List.of(module("award"));
        }

        @Override
        public Allocation allocate(Actor actor, long campaignId, String schemeId, BigDecimal budget, String note) {
            this.schemeId = schemeId;
            this.budget = budget;
            return allocation(12, award(1, "30000.00", "优秀"));
        }

        @Override
        public Allocation get(Actor actor, long id) {
            if (id != 12) {
                throw new NotFoundException("allocation", id);
            }
            return allocation(id, award(1, "30000.00", "优秀"));
        }

        @Override
        public List<Allocation> byCampaign(Actor actor, long campaignId) {
            return List.of(get(actor, 12));
        }
    }
}
