package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Society;
import org.castpb.api.SocietyService;

@Service
@Command(scope = "society", name = "show", description = "Shows one society's record")
public class ShowSociety implements Action {

    @Reference
    SocietyService societies;

    @Argument(index = 0, name = "id", description = "the society's id", required = true)
    @Completion(SocietyIdCompleter.class)
    long id;

    @Override
    public Object execute() {
        Society s = societies.get(id);
        print("ID", s.id());
        print("Name", s.name());
        print("English name", s.nameEn());
        print("USCC", s.uscc());
        print("Kind", s.kind());
        print("Level", s.level());
        print("Region", s.regionCode());
        print("Discipline", s.discipline());
        print("Group member", s.groupMemberStatus());
        print("Version", s.version());
        print("Created", s.createdAt());
        print("Updated", s.updatedAt());
        return null;
    }

    private static void print(String label, Object value) {
        System.out.printf("%-13s %s%n", label, value == null ? "" : value);
    }
}
