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

    @Override
    protected Object run() {
        Page<Society> page = societies.list(ShellActors.current(), query(offset, limit, after));
        ConsoleTable table = new ConsoleTable("ID", "Name", "USCC", "Level", "Region", "Discipline", "Member", "Registration").alignRight(0);
        for (Society s : page.items()) {
            table.addRow(s.id(), s.name(), s.uscc(), s.level(), s.regionCode(), s.discipline(), s.groupMemberStatus(), s.registrationStatus());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " societies ("
                + (after == null ? "offset " + page.offset() : "after id " + after) + ")");
        return null;
    }
}
