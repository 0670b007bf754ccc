package org.castpb.shell.internal;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Page;
import org.castpb.api.coverage.RectificationOrigin;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.RectificationTask;

@Service
@Command(scope = "coverage", name = "rectifications", description = "Lists open rectification tasks (整改), with --overdue those past their due date, with --society one society's tasks")
public class RectificationsCommand extends CastpbCommand {

    @Reference
    RectificationService rectifications;

    @Option(name = "--overdue", description = "only tasks past their due date")
    boolean overdue;

    @Option(name = "--society", description = "this society's tasks only, open and closed, newest first")
    Long societyId;

    @Option(name = "--offset", description = "tasks to skip")
    int offset;

    @Option(name = "--limit", description = "page size (1-1000)")
    int limit = 50;

    @Override
    protected Object run() {
        if (societyId != null) {
            ConsoleTable table = new ConsoleTable("Task", "Status", "Target", "Lacks", "Due", "Closed", "Note").alignRight(0);
            for (RectificationTask t : rectifications.bySociety(ShellActors.current(), societyId)) {
                table.addRow(t.id(), t.overdue() ? "OVERDUE" : t.status(), target(t), lacks(t), t.dueOn(), t.closedOn(), t.closingNote());
            }
            table.print(System.out);
            return null;
        }
        Page<RectificationTask> page = overdue ? rectifications.overdue(ShellActors.current(), LocalDate.now(Texts.ZONE), offset, limit)
                : rectifications.open(ShellActors.current(), offset, limit);
        ConsoleTable table = new ConsoleTable("Task", "Society", "Name", "Target", "Lacks", "Due", "Overdue").alignRight(0, 1);
        for (RectificationTask t : page.items()) {
            table.addRow(t.id(), t.societyId(), t.societyName(), target(t), lacks(t), t.dueOn(), t.overdue() ? "OVERDUE" : "");
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " tasks (offset " + page.offset() + ")");
        return null;
    }

    /** A coverage task's target date, or the campaign an evaluation task follows (with a veto marked). */
    static Object target(RectificationTask t) {
        if (t.origin() != RectificationOrigin.EVALUATION) {
            return t.targetDate();
        }
        return "campaign " + t.campaignId() + (t.vetoed() ? " VETO" + (t.reevaluatedInCampaignId() == null ? ""
                : ", passed in " + t.reevaluatedInCampaignId()) : "");
    }

    /** The coverage lacked, or the failed criteria of an evaluation. */
    static Object lacks(RectificationTask t) {
        return t.origin() != RectificationOrigin.EVALUATION ? t.kind() : String.join("; ", t.criteria());
    }
}
