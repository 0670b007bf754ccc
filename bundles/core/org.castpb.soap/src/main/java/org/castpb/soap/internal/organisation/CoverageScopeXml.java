package org.castpb.soap.internal.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyLevel;
import org.castpb.api.coverage.CoverageScope;

/** Which societies a coverage report counts, each set in declaration order. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "coverageScope", propOrder = {"levels", "groupMemberStatuses", "registrationStatuses"})
public class CoverageScopeXml {
    @XmlElement(name = "level")
    public List<SocietyLevel> levels = new ArrayList<>();
    @XmlElement(name = "groupMemberStatus")
    public List<GroupMemberStatus> groupMemberStatuses = new ArrayList<>();
    @XmlElement(name = "registrationStatus")
    public List<RegistrationStatus> registrationStatuses = new ArrayList<>();

    static CoverageScopeXml of(CoverageScope s) {
        if (s == null) {
            return null;
        }
        CoverageScopeXml x = new CoverageScopeXml();
        x.levels.addAll(new TreeSet<>(s.levels()));
        x.groupMemberStatuses.addAll(new TreeSet<>(s.groupMemberStatuses()));
        x.registrationStatuses.addAll(new TreeSet<>(s.registrationStatuses()));
        return x;
    }

    CoverageScope toScope() {
        return new CoverageScope(Set.copyOf(levels), Set.copyOf(groupMemberStatuses), Set.copyOf(registrationStatuses));
    }
}
