package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Page;
import org.castpb.api.Society;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;

@Service
@Command(scope = "society", name = "list", description = "Lists societies, filtered and paged")
public class ListSocieties extends SocietyFilterCommand {

    @Reference
    SocietyService societies;

    @Option(name = "--offset", description = "societies to skip")
    int offset;

    @Option(name = "--limit", description = "page size (1-500)")
    int limit = SocietyQuery.DEFAULT_LIMIT;

    @Option(name = "--after", description = "the id of the last society of the previous page: the next page, fast at any depth")
    Long after;

    @Option(name = "--total", description = "count every match after an id too (a page by offset always counts them)")
    boolean total;

    @Override
    protected Object run() {
        SocietyQuery query = query(offset, limit, after);
        Page<Society> page = societies.list(ShellActors.current(), total ? query.withTotal(true) : query);
        ConsoleTable table = new ConsoleTable("ID", "Name", "USCC", "Level", "Region", "Discipline", "Member", "Registration").alignRight(0);
        for (Society s : page.items()) {
            table.addRow(s.id(), s.name(), s.uscc(), s.level(), s.regionCode(), s.discipline(), s.groupMemberStatus(), s.registrationStatus());
        }
        table.print(System.out);
        System.out.println(page.items().size() + (page.counted() ? " of " + page.total() : "") + " societies ("
                + (after == null ? "offset " + page.offset() : "after id " + after + (page.counted() ? "" : "; --total counts them all")) + ")");
        return null;
    }
}
