package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Page;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;

@Service
@Command(scope = "society", name = "list", description = "Lists societies, filtered and paged")
public class ListSocieties extends CastpbCommand {

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

    @Option(name = "--registration", description = "registration status: ACTIVE, SUSPENDED or DEREGISTERED")
    @Completion(value = StringsCompleter.class, values = {"ACTIVE", "SUSPENDED", "DEREGISTERED"})
    RegistrationStatus registrationStatus;

    @Option(name = "--offset", description = "societies to skip")
    int offset;

    @Option(name = "--limit", description = "page size (1-500)")
    int limit = SocietyQuery.DEFAULT_LIMIT;

    @Override
    protected Object run() {
        Page<Society> page = societies.list(new SocietyQuery(level, regionPrefix, discipline, groupMemberStatus, registrationStatus, offset, limit));
        ConsoleTable table = new ConsoleTable("ID", "Name", "USCC", "Level", "Region", "Discipline", "Member", "Registration").alignRight(0);
        for (Society s : page.items()) {
            table.addRow(s.id(), s.name(), s.uscc(), s.level(), s.regionCode(), s.discipline(), s.groupMemberStatus(), s.registrationStatus());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " societies (offset " + page.offset() + ")");
        return null;
    }
}
