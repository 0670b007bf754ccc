package org.castpb.api.federation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageRow;

/**
 * What a child instance tells its parent as of a date. {@code reportId} is made once by the child and travels with
 * every retry, so the parent stores each report once however often it arrives.
 *
 * @param reportId              the report's id (a UUID)
 * @param instanceId            the sending instance
 * @param level                 its level
 * @param regionCode            its region
 * @param displayName           its name
 * @param asOf                  the day the figures are for
 * @param createdAt             when the child made the report
 * @param totals                organisation and work coverage of the child's scope
 * @param byRegion              the same broken down by region
 * @param byDiscipline          the same broken down by discipline group
 * @param targets               each configured target judged on its date
 * @param openRectifications    rectification tasks open as of the report
 * @param overdueRectifications of which past their due date
 * @param campaigns             the outcome counts of completed evaluation campaigns
 * @param societies             every society the child counts, with its coverage and ledger state
 */
public record UpwardReport(String reportId, String instanceId, InstanceLevel level, String regionCode, String displayName,
                           LocalDate asOf, Instant createdAt, CoverageFigures totals, List<CoverageRow> byRegion,
                           List<CoverageRow> byDiscipline, List<ReportedTarget> targets, long openRectifications,
                           long overdueRectifications, List<CampaignOutcome> campaigns, List<ReportedSociety> societies) {

    public UpwardReport {
        byRegion = byRegion == null ? List.of() : List.copyOf(byRegion);
        byDiscipline = byDiscipline == null ? List.of() : List.copyOf(byDiscipline);
        targets = targets == null ? List.of() : List.copyOf(targets);
        campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
        societies = societies == null ? List.of() : List.copyOf(societies);
    }
}
