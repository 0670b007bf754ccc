package org.castpb.shell.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.Page;
import org.castpb.api.budgets.BudgetDraft;
import org.castpb.api.budgets.BudgetService;
import org.castpb.api.budgets.SpendingCategory;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.reports.ReportDraft;
import org.castpb.api.reports.WorkReport;
import org.castpb.api.reports.WorkReportService;

/**
 * Work reports of the demo societies for the last half-year that ended, with the gaps a committee meets: the first
 * society's report is reviewed, the second's submitted late and waiting, the third's still a draft, every other
 * society's missing. And an annual inspection of the demo societies, once, whose failures open their rectification
 * tasks. Reports already there are left alone, so running the demo again changes nothing.
 */
final class DemoReports {

    private DemoReports() {
    }

    /** The half-year before the one {@code today} falls in: 2026-H1 in the second half of 2026. */
    static String lastHalfYear(LocalDate today) {
        return today.getMonthValue() > 6 ? today.getYear() + "-H1" : (today.getYear() - 1) + "-H2";
    }

    /** Writes the reports; returns how many were written now. */
    static int load(Actor actor, WorkReportService reports, List<Long> societies, LocalDate today) {
        String period = lastHalfYear(today);
        int written = 0;
        for (int i = 0; i < Math.min(3, societies.size()); i++) {
            long society = societies.get(i);
            if (reports.bySociety(actor, society).stream().anyMatch(r -> r.period().equals(period))) {
                continue;
            }
            WorkReport report;
            try {
                report = reports.create(actor, new ReportDraft(society, period, TEXTS[i], List.of()));
            } catch (ConflictException e) {
                continue;
            }
            written++;
            if (i < 2) {
                report = reports.submit(actor, report.id());
            }
            if (i == 0) {
                reports.review(actor, report.id(), Grade.GOOD, "内容翔实，“三会一课”记录完整；请补充党员发展计划的落实情况。");
            }
        }
        return written;
    }

    /**
     * Last year's party-work budgets of the demo societies: most list a budget line and spend part of it on activities
     * and education, every third on facilities, every second on workers' allowances, every fifth on other things; every
     * seventh records its spending but lists no line, every eleventh records nothing (so the budget sheet shows both);
     * societies that have a budget for the year already are left alone. Returns how many were recorded now.
     */
    static int budgets(Actor actor, BudgetService budgets, List<Long> societies, int year) {
        int recorded = 0;
        for (int i = 0; i < societies.size(); i++) {
            long society = societies.get(i);
            if (i % 11 == 10 || budgets.bySociety(actor, society).stream().anyMatch(b -> b.year() == year)) {
                continue;
            }
            BigDecimal line = i % 7 == 6 ? null : BigDecimal.valueOf(20000 + (i * 3571L) % 80000);
            BigDecimal activities = BigDecimal.valueOf(3000 + (i * 1237L) % 15000);
            Map<SpendingCategory, BigDecimal> spending = Map.of(SpendingCategory.ACTIVITIES, activities,
                    SpendingCategory.EDUCATION, BigDecimal.valueOf(2000 + (i * 811L) % 6000),
                    SpendingCategory.FACILITIES, i % 3 == 0 ? BigDecimal.valueOf(5000) : BigDecimal.ZERO,
                    SpendingCategory.ALLOWANCES, i % 2 == 0 ? BigDecimal.valueOf(2400 + (i * 613L) % 3600) : BigDecimal.ZERO,
                    SpendingCategory.OTHER, i % 5 == 0 ? new BigDecimal("486.50") : BigDecimal.ZERO);
            boolean room = i % 4 != 3;
            budgets.record(actor, new BudgetDraft(society, year, line, spending, room,
                    room ? "党员活动室 " + (30 + i % 50) + " 平方米，配备党建宣传栏和投影设备" : "借用会议室开展活动", 0));
            recorded++;
        }
        return recorded;
    }

    /** Opens and runs this year's annual inspection of the demo societies unless one exists; returns it once done, or null. */
    static Campaign inspect(Actor actor, EvaluationService evaluations, LocalDate today) {
        Page<Campaign> campaigns = evaluations.list(actor, 0, 50);
        boolean done = campaigns.items().stream().anyMatch(c -> c.kind() == EvaluationKind.ANNUAL_INSPECTION && c.year() == today.getYear() - 1);
        if (done) {
            return null;
        }
        Campaign campaign = evaluations.create(actor, new CampaignDraft(today.getYear() - 1, EvaluationKind.ANNUAL_INSPECTION,
                (today.getYear() - 1) + "年度全国学会年检（演示）", null, DemoData.NATIONAL_REGION, null));
        Campaign running = evaluations.run(actor, campaign.id());
        // the demo is whole when the command returns: its follow-through tasks and ledger results are written, and a
        // removal of the demo right after does not race the campaign's writes
        long until = System.nanoTime() + INSPECTION_WAIT.toNanos();
        while (running.status() == CampaignStatus.RUNNING && System.nanoTime() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return running;
            }
            running = evaluations.get(actor, running.id());
        }
        return running;
    }

    /** How long loading the demo waits for its annual inspection to complete. */
    private static final java.time.Duration INSPECTION_WAIT = java.time.Duration.ofMinutes(3);

    private static final String[] TEXTS = {
        "本半年度，学会党委召开党员大会 2 次、支委会 6 次、党课 2 次；完成党员基本信息采集，发展入党积极分子 3 名；"
                + "对理事会年度预算等“三重一大”事项先行研究 4 项。",
        "本半年度开展主题党日活动 3 次，组织党员参加学术交流中的志愿服务；因秘书处人员变动，报告报送晚于规定时间。",
        "（草稿）本半年度党建工作要点：支部换届准备、党员教育培训计划。"
    };
}
