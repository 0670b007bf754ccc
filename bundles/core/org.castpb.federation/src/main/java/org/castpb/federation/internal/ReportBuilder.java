package org.castpb.federation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.castpb.api.Actor;
import org.castpb.api.LedgerService;
import org.castpb.api.Page;
import org.castpb.api.Society;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.CoverageScope;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.federation.CampaignOutcome;
import org.castpb.api.federation.InstanceIdentity;
import org.castpb.api.federation.ReportedSociety;
import org.castpb.api.federation.ReportedTarget;
import org.castpb.api.federation.UpwardReport;

/**
 * Makes an upward report from the other contexts' services, read as the system (the whole instance): coverage and its
 * breakdowns, targets, rectifications, completed campaigns and every counted society's state.
 */
final class ReportBuilder {

    private static final int PAGE = SocietyQuery.MAX_LIMIT;

    private final CoverageService coverage;
    private final RectificationService rectifications;
    private final SocietyService societies;
    private final LedgerService ledgers;
    private final EvaluationService evaluations;
    private final Clock clock;

    ReportBuilder(CoverageService coverage, RectificationService rectifications, SocietyService societies, LedgerService ledgers,
                  EvaluationService evaluations, Clock clock) {
        this.coverage = coverage;
        this.rectifications = rectifications;
        this.societies = societies;
        this.ledgers = ledgers;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    UpwardReport build(InstanceIdentity instance, LocalDate asOf) {
        Actor system = Actor.SYSTEM;
        CoverageReport byRegion = coverage.report(system, asOf, GroupBy.REGION);
        CoverageReport byDiscipline = coverage.report(system, asOf, GroupBy.DISCIPLINE);
        List<ReportedTarget> targets = coverage.evaluateTargets(system).stream()
                .map(t -> new ReportedTarget(t.target().date(), t.target().organisationMin(), t.target().workMin(), t.organisationMet(),
                        t.workMet(), t.organisationShort(), t.workShort()))
                .toList();
        long open = rectifications.open(system, 0, 1).total();
        long overdue = rectifications.overdue(system, asOf, 0, 1).total();
        return new UpwardReport(UUID.randomUUID().toString(), instance.instanceId(), instance.level(), instance.regionCode(),
                instance.displayName(), asOf, clock.instant(), byRegion.totals(), byRegion.rows(), byDiscipline.rows(), targets, open,
                overdue, completedCampaigns(system), counted(system, asOf));
    }

    private List<CampaignOutcome> completedCampaigns(Actor system) {
        List<CampaignOutcome> outcomes = new ArrayList<>();
        for (Campaign c : all(offset -> evaluations.list(system, offset, 100))) {
            if (c.status() == CampaignStatus.COMPLETED) {
                outcomes.add(new CampaignOutcome(c.id(), c.year(), c.title(), c.evaluated(), c.passed(), c.failed(), c.incomplete()));
            }
        }
        return outcomes;
    }

    /** The societies coverage counts, each with its two coverages and whether its ledger is clear. */
    private List<ReportedSociety> counted(Actor system, LocalDate asOf) {
        Set<Long> noOrganisation = new HashSet<>();
        all(offset -> coverage.uncovered(system, asOf, false, offset, PAGE)).forEach(u -> noOrganisation.add(u.societyId()));
        Set<Long> noWork = new HashSet<>();
        all(offset -> coverage.uncovered(system, asOf, true, offset, PAGE)).forEach(u -> noWork.add(u.societyId()));
        Set<Long> unclear = new HashSet<>();
        all(offset -> ledgers.unclear(system, SocietyQuery.all().page(offset, PAGE))).forEach(u -> unclear.add(u.society().id()));
        CoverageScope scope = coverage.scope();
        List<ReportedSociety> counted = new ArrayList<>();
        for (Society s : all(offset -> societies.list(system, SocietyQuery.all().page(offset, PAGE)))) {
            if (scope.levels().contains(s.level()) && scope.groupMemberStatuses().contains(s.groupMemberStatus())
                    && scope.registrationStatuses().contains(s.registrationStatus())) {
                counted.add(new ReportedSociety(s.uscc(), s.name(), s.regionCode(), !noOrganisation.contains(s.id()),
                        !noWork.contains(s.id()), !unclear.contains(s.id())));
            }
        }
        return counted;
    }

    /** Every item of a paged list. */
    static <T> List<T> all(IntFunction<Page<T>> pages) {
        List<T> items = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<T> page = pages.apply(offset);
            items.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return items;
            }
        }
    }
}
