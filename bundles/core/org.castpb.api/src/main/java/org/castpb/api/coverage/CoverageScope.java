package org.castpb.api.coverage;

import java.util.EnumSet;
import java.util.Set;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyLevel;

/**
 * Which societies count in the denominator: a society is in scope when its level, group-member status
 * and registration status are each in the matching set.
 *
 * @param levels               society levels in scope
 * @param groupMemberStatuses  group-member statuses in scope
 * @param registrationStatuses registration statuses in scope
 */
public record CoverageScope(Set<SocietyLevel> levels, Set<GroupMemberStatus> groupMemberStatuses,
                            Set<RegistrationStatus> registrationStatuses) {

    /** ACTIVE national societies that are CAST group members (2016 opinions, art. 5 and 14). */
    public static final CoverageScope DEFAULT = new CoverageScope(EnumSet.of(SocietyLevel.NATIONAL),
            EnumSet.of(GroupMemberStatus.MEMBER), EnumSet.of(RegistrationStatus.ACTIVE));

    public CoverageScope {
        levels = nonEmpty(levels, "levels");
        groupMemberStatuses = nonEmpty(groupMemberStatuses, "groupMemberStatuses");
        registrationStatuses = nonEmpty(registrationStatuses, "registrationStatuses");
    }

    private static <E extends Enum<E>> Set<E> nonEmpty(Set<E> values, String name) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("coverage scope: " + name + " must name at least one value");
        }
        return Set.copyOf(values);
    }
}
