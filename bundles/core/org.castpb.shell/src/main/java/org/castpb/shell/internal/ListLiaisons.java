package org.castpb.shell.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.LiaisonService;

@Service
@Command(scope = "porg", name = "liaisons", description = "Lists the liaison officers and instructors dispatched to a society, newest first")
public class ListLiaisons extends CastpbCommand {

    @Reference
    LiaisonService liaisons;

    @Option(name = "--as-of", description = "only the assignments running on this date, e.g. 2016-12-31")
    String asOf;

    @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long societyId;

    @Override
    protected Object run() throws Exception {
        LocalDate date = Dates.date("--as-of", asOf);
        List<LiaisonAssignment> assignments = date == null ? liaisons.bySociety(ShellActors.current(), societyId)
                : liaisons.bySociety(ShellActors.current(), societyId, date);
        ConsoleTable table = new ConsoleTable("ID", "Kind", "Name", "From", "To", "Dispatched by").alignRight(0)
                .emptyText("no liaison assignment to society " + societyId + (date == null ? "" : " running on " + date));
        for (LiaisonAssignment a : assignments) {
            table.addRow(a.id(), a.kind(), a.name(), a.fromDate(), a.toDate(), a.dispatchedBy());
        }
        table.print(System.out);
        return null;
    }
}
