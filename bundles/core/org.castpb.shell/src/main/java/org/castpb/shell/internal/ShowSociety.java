package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Society;
import org.castpb.api.SocietyService;

@Service
@Command(scope = "society", name = "show", description = "Shows one society's record, every field")
public class ShowSociety extends CastpbCommand {

    @Reference
    SocietyService societies;

    @Argument(index = 0, name = "id", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long id;

    @Override
    protected Object run() {
        Society s = societies.get(ShellActors.current(), id);
        print("ID", s.id());
        print("Name", s.name());
        print("English name", s.nameEn());
        print("USCC", s.uscc());
        print("USCC check overridden", s.usccCheckOverridden() ? "yes (accepted despite a failed GB 32100 check)" : "no");
        print("Kind", s.kind());
        print("Level", s.level());
        print("Region", s.regionCode());
        print("Discipline", s.discipline());
        print("Supervising unit", s.supervisingUnit());
        print("Group member", s.groupMemberStatus());
        print("Applied to join CAST", s.groupMemberAppliedOn());
        print("Admitted by CAST", s.groupMemberAdmittedOn());
        print("Registration", s.registrationStatus());
        print("Founded", s.foundingYear());
        print("Contact", s.contactName());
        print("Contact phone", s.contactPhone());
        print("Contact e-mail", s.contactEmail());
        print("Party building in charter", Texts.yesNo(s.partyBuildingInCharter()));
        print("Version", s.version());
        print("Created", Texts.time(s.createdAt()));
        print("Updated", Texts.time(s.updatedAt()));
        return null;
    }

    static void print(String label, Object value) {
        System.out.printf("%-26s %s%n", label, Texts.text(value));
    }
}
