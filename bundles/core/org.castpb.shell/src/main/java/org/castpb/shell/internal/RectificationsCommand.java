package org.castpb.shell.internal;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Page;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.RectificationTask;

@Service
@Command(scope = "coverage", name = "rectifications", description = "Lists open rectification tasks (整改), or with --overdue those past their due date")
public class RectificationsCommand extends CastpbCommand {

    @Reference
    RectificationService rectifications;

    @Option(name = "--overdue", description = "only tasks past their due date")
    boolean overdue;

    @Option(name = "--offset", description = "tasks to skip")
    int offset;

    @Option(name = "--limit", description = "page size (1-1000)")
    int limit = 50;

    @Override
    protected Object run() {
        Page<RectificationTask> page = overdue ? rectifications.overdue(ShellActors.current(), LocalDate.now(Texts.ZONE), offset, limit)
                : rectifications.open(ShellActors.current(), offset, limit);
        ConsoleTable table = new ConsoleTable("Task", "Society", "Name", "Target", "Lacks", "Due", "Overdue").alignRight(0, 1);
        for (RectificationTask t : page.items()) {
            table.addRow(t.id(), t.societyId(), t.societyName(), t.targetDate(), t.kind(), t.dueOn(), t.overdue() ? "OVERDUE" : "");
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " tasks (offset " + page.offset() + ")");
        return null;
    }
}
