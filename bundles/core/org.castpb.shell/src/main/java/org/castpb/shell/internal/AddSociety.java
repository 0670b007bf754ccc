package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyCreated;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyService;

@Service
@Command(scope = "society", name = "add", description = "Records a new society")
public class AddSociety extends CastpbCommand {

    @Reference
    SocietyService societies;

    @Option(name = "--name", description = "Chinese name as registered", required = true)
    String name;

    @Option(name = "--name-en", description = "English name")
    String nameEn;

    @Option(name = "--uscc", description = "unified social credit code (18 characters, GB 32100)", required = true)
    String uscc;

    @Option(name = "--kind", description = "SOCIETY, ASSOCIATION, RESEARCH_SOCIETY, FOUNDATION, FEDERATION or PROMOTION_ASSOCIATION")
    @Completion(value = StringsCompleter.class, values = {"SOCIETY", "ASSOCIATION", "RESEARCH_SOCIETY", "FOUNDATION", "FEDERATION",
            "PROMOTION_ASSOCIATION"})
    SocietyKind kind = SocietyKind.SOCIETY;

    @Option(name = "--level", description = "NATIONAL, PROVINCIAL or MUNICIPAL", required = true)
    @Completion(value = StringsCompleter.class, values = {"NATIONAL", "PROVINCIAL", "MUNICIPAL"})
    SocietyLevel level;

    @Option(name = "--region", description = "GB/T 2260 region code; 100000 for a national society", required = true)
    String regionCode;

    @Option(name = "--discipline", description = "SCIENCE, ENGINEERING, AGRICULTURE, MEDICINE or INTERDISCIPLINARY", required = true)
    @Completion(value = StringsCompleter.class, values = {"SCIENCE", "ENGINEERING", "AGRICULTURE", "MEDICINE", "INTERDISCIPLINARY"})
    Discipline discipline;

    @Option(name = "--member", description = "CAST group-member status: MEMBER, APPLICANT or NONE")
    @Completion(value = StringsCompleter.class, values = {"MEMBER", "APPLICANT", "NONE"})
    GroupMemberStatus groupMemberStatus = GroupMemberStatus.NONE;

    @Override
    protected Object run() {
        SocietyCreated created = societies.createWithWarnings(ShellActors.current(),
                SocietyDraft.of(name, uscc, kind, level, regionCode, discipline, groupMemberStatus).withNameEn(nameEn));
        Society s = created.society();
        System.out.println("Recorded society " + s.id() + ": " + s.name() + " (" + s.uscc() + ")");
        created.warnings().forEach(w -> System.out.println("warning: " + w));
        return null;
    }
}
