package org.castpb.soap.internal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;

/** Filters and paging for listSocieties; every element is optional. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "societyFilter", propOrder = {"level", "regionPrefix", "discipline", "groupMemberStatus", "registrationStatus", "offset", "limit", "after", "includeTotal"})
public class SocietyFilterXml {
    public SocietyLevel level;
    public String regionPrefix;
    public Discipline discipline;
    public GroupMemberStatus groupMemberStatus;
    public RegistrationStatus registrationStatus;
    public Integer offset;
    public Integer limit;
    /** Keyset paging: the id of the last society of the previous page (then offset stays 0). */
    public Long after;
    /**
     * listSocieties only: whether the page counts every match in its total; by default on a page by offset and not on a
     * page after an id, which then answers without a total.
     */
    public Boolean includeTotal;

    static SocietyQuery toQuery(SocietyFilterXml f) {
        if (f == null) {
            return SocietyQuery.all();
        }
        return new SocietyQuery(f.level, f.regionPrefix == null || f.regionPrefix.isBlank() ? null : f.regionPrefix.strip(),
                f.discipline, f.groupMemberStatus, f.registrationStatus,
                f.offset == null ? 0 : f.offset, f.limit == null ? SocietyQuery.DEFAULT_LIMIT : f.limit, f.after, f.includeTotal);
    }
}
