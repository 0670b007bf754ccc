package org.castpb.shell.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.DemoDataService;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.Page;
import org.castpb.api.Society;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.SocietyTransferService;
import org.castpb.api.budgets.BudgetService;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.life.MeetingLoader;
import org.castpb.api.life.MeetingService;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.TransferService;
import org.castpb.api.pipeline.PipelineService;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.reports.WorkReportService;
import org.castpb.api.workers.WorkerService;

/**
 * Loads the demo data set into the running server, on request only. It goes through the CSV
 * import, which matches societies by USCC, so running it again reports everything unchanged
 * (and puts back any demo society or ledger changed since).
 */
@Service
@Command(scope = "castpb", name = "demo", description = "Loads demo data into this server's records: the national societies of CAST's sample list "
        + "with generated records, ledgers (about 70 % five clears), the party organisations the ledgers name, their members and meetings, party affairs workers, work reports and budgets with gaps "
        + "and an annual inspection whose failures open rectification tasks; running it again changes nothing")
public class LoadDemoData extends CastpbCommand {

    @Reference
    SocietyTransferService transfer;

    @Reference
    SocietyService societies;

    @Reference
    PartyOrganisationService organisations;

    @Reference
    DemoDataService demo;

    @Reference
    MemberService members;

    @Reference
    TransferService memberTransfers;

    @Reference
    WorkReportService reports;

    @Reference
    WorkerService workers;

    @Reference
    EvaluationService evaluations;

    @Reference
    PipelineService pipeline;

    @Reference
    BudgetService budgets;

    @Reference
    MeetingService meetings;

    @Reference
    MeetingLoader meetingLoader;

    @Reference
    AppraisalService appraisals;

    @Reference
    MajorMatterService matters;

    @Override
    protected Object run() throws Exception {
        List<DemoData.SampleRow> sample = DemoData.sample();
        List<DemoData.Entry> entries = DemoData.generate(sample);
        String csv = DemoData.toCsv(entries);
        System.out.println("Loading " + sample.size() + " national societies of the demo data (USCCs 51100000D...)");
        ImportReport report = transfer.importCsv(ShellActors.current(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportMode.ALL_OR_NOTHING);
        ImportReports.print(System.out, "the demo data", report);
        int marked = demo.mark(ShellActors.current(), entries.stream().map(e -> e.society().uscc()).toList());
        System.out.println(marked + " societies are marked as demo data (castpb:demo-remove takes them back)");
        Map<String, Society> demoSocieties = demoSocieties();
        List<Long> demoOrganisations = organisations(entries, demoSocieties);
        DemoMembers.Loaded loaded = DemoMembers.load(ShellActors.current(), members, memberTransfers, demoOrganisations);
        System.out.println("Party members of the demo organisations: " + loaded.members() + " registered, " + loaded.skipped()
                + " organisations already had members, " + loaded.transfers() + " transfers asked");
        DemoMeetings.Loaded held = DemoMeetings.load(ShellActors.current(), meetings, meetingLoader, members, organisations, demoOrganisations);
        System.out.println("Meetings of the demo organisations (last 13 months, with gaps): " + held.meetings() + " recorded, "
                + held.skipped() + " organisations already had meetings");
        DemoOrganisationalLife.Loaded life = DemoOrganisationalLife.load(ShellActors.current(), appraisals, matters, members, organisations,
                demoOrganisations, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        System.out.println("Democratic appraisal: " + life.rounds() + " rounds recorded, " + life.skipped() + " organisations without one"
                + " (already appraised, or left without on purpose); major matters: " + life.matters() + " recorded; unqualified-member cases: "
                + life.cases() + " (" + String.join(", ", DemoOrganisationalLife.CASE_STAGES.subList(0, life.cases())) + ")");
        List<Long> reporting = entries.stream().map(e -> demoSocieties.get(e.society().uscc())).filter(Objects::nonNull)
                .filter(s -> s.groupMemberStatus() == GroupMemberStatus.MEMBER).map(Society::id).toList();
        List<Long> rostered = entries.stream().map(e -> demoSocieties.get(e.society().uscc())).filter(Objects::nonNull)
                .map(Society::id).sorted().toList();
        DemoWorkers.Loaded staff = DemoWorkers.load(ShellActors.current(), workers, rostered, organisations);
        System.out.println("Party affairs workers of the demo societies: " + staff.workers() + " on the rosters, " + staff.skipped()
                + " societies already had workers, " + staff.jobChanges() + " job changes (" + staff.overdue() + " overdue), "
                + staff.commendations() + " commendations");
        LocalDate today = LocalDate.now(Texts.ZONE);
        int written = DemoReports.load(ShellActors.current(), reports, reporting, today);
        System.out.println("Work reports for " + DemoReports.lastHalfYear(today) + ": " + written + " written (one reviewed, one late,"
                + " one a draft; the other societies' are missing)");
        int budgeted = DemoReports.budgets(ShellActors.current(), budgets, reporting, today.getYear() - 1);
        System.out.println("Party-work budgets for " + (today.getYear() - 1) + ": " + budgeted + " recorded (some without a budget"
                + " line, some societies recorded nothing: budget:missing " + (today.getYear() - 1) + ")");
        // after the budgets: the inspection's modules see them
        Campaign inspection = DemoReports.inspect(ShellActors.current(), evaluations, today);
        System.out.println(inspection == null ? "The demo annual inspection was run before"
                : inspection.status() == CampaignStatus.RUNNING
                        ? "Annual inspection campaign " + inspection.id() + " is still running; its failures open rectification tasks"
                          + " (coverage:rectifications)"
                        : "Annual inspection campaign " + inspection.id() + ": " + inspection.passed() + " passed, " + inspection.failed()
                          + " failed; each failure opened a rectification task (coverage:rectifications)");
        DemoPipeline.Loaded developing = DemoPipeline.load(ShellActors.current(), pipeline, members, demoOrganisations);
        System.out.println("Development pipelines: " + developing.candidates() + " candidates recorded ("
                + developing.members() + " of them now probationary members), " + developing.plans()
                + " plans set, " + developing.skipped() + " organisations already had a pipeline");
        return null;
    }

    /** The demo societies recorded here, by USCC. */
    private Map<String, Society> demoSocieties() {
        Map<String, Society> byUscc = new HashMap<>();
        SocietyQuery query = new SocietyQuery(SocietyLevel.NATIONAL, DemoData.NATIONAL_REGION, null, null, null, 0, SocietyQuery.MAX_LIMIT);
        for (int offset = 0; ; offset += SocietyQuery.MAX_LIMIT) {
            Page<Society> page = societies.list(ShellActors.current(), query.page(offset, SocietyQuery.MAX_LIMIT));
            page.items().forEach(s -> byUscc.put(s.uscc(), s));
            if (page.items().isEmpty() || offset + page.items().size() >= page.total()) {
                break;
            }
        }
        return byUscc;
    }

    /** Records the organisations the demo ledgers name, for the societies that have none yet; returns them all, by id. */
    private List<Long> organisations(List<DemoData.Entry> entries, Map<String, Society> byUscc) {
        int created = 0;
        int present = 0;
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DemoData.Entry entry = entries.get(i);
            Society society = byUscc.get(entry.society().uscc());
            PartyOrganisationDraft draft = society == null ? null
                    : DemoOrganisations.draft(i, society.id(), society.name(), entry.ledger());
            if (draft == null) {
                continue;
            }
            List<PartyOrganisation> existing = organisations.bySociety(ShellActors.current(), society.id());
            if (!existing.isEmpty()) {
                existing.forEach(o -> ids.add(o.id()));
                present++;
                continue;
            }
            ids.add(organisations.create(ShellActors.current(), draft).id());
            created++;
        }
        System.out.println("Party organisations named by the demo ledgers: " + created + " recorded, " + present
                + " already there");
        return ids.stream().distinct().sorted().toList();
    }
}
