package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;

/** A command that selects societies with the same filters as the society list (Karaf reads options of superclasses). */
public abstract class SocietyFilterCommand extends CastpbCommand {

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

    /** The filters given, for one page. */
    SocietyQuery query(int offset, int limit) {
        return query(offset, limit, null);
    }

    /** The filters given, for one page by offset or, with {@code after}, after that society id. */
    SocietyQuery query(int offset, int limit, Long after) {
        return new SocietyQuery(level, regionPrefix, discipline, groupMemberStatus, registrationStatus, offset, limit, after);
    }
}
