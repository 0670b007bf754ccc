package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Page;
import org.castpb.api.Society;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;

@Service
@Command(scope = "society", name = "list", description = "Lists societies, filtered and paged")
public class ListSocieties implements Action {

    @Reference
    SocietyService societies;

    @Option(name = "--level", description = "NATIONAL, PROVINCIAL or MUNICIPAL")
    @Completion(value = StringsCompleter.class, values = {"NATIONAL", "PROVINCIAL", "MUNICIPAL"})
    SocietyLevel level;

    @Option(name = "--region", description = "region code prefix (GB/T 2260), e.g. 31 for Shanghai")
    String regionPrefix;

    @Option(name = "--discipline", description = "SCIENCE, ENGINEERING, AGRICULTURE, MEDICINE or INTERDISCIPLINARY")
    @Completion(value = StringsCompleter.class, values = {"SCIENCE", "ENGINEERING", "AGRICULTURE", "MEDICINE", "INTERDISCIPLINARY"})
    Discipline discipline;

    @Option(name = "--member", description = "CAST group-member status: MEMBER, APPLICANT or NONE")
    @Completion(value = StringsCompleter.class, values = {"MEMBER", "APPLICANT", "NONE"})
    GroupMemberStatus groupMemberStatus;

    @Option(name = "--offset", description = "societies to skip")
    int offset;

    @Option(name = "--limit", description = "page size (1-500)")
    int limit = SocietyQuery.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<Society> page = societies.list(new SocietyQuery(level, regionPrefix, discipline, groupMemberStatus, null, offset, limit));
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("Name");
        table.column("USCC");
        table.column("Level");
        table.column("Region");
        table.column("Discipline");
        table.column("Member");
        for (Society s : page.items()) {
            table.addRow().addContent(s.id(), s.name(), s.uscc(), s.level(), s.regionCode(), s.discipline(), s.groupMemberStatus());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " societies (offset " + page.offset() + ")");
        return null;
    }
}
