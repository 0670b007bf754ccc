package org.castpb.soap.internal.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PendingRequest;

/** A submitted request waiting for a decision. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "pendingRequest", propOrder = {"requestId", "name", "type", "societyIds", "submittedAt", "ageDays", "overdue", "version"})
public class PendingRequestXml {
    public long requestId;
    public String name;
    public OrganisationType type;
    @XmlElement(name = "societyId")
    public List<Long> societyIds = new ArrayList<>();
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant submittedAt;
    public long ageDays;
    public boolean overdue;
    public long version;

    static List<PendingRequestXml> of(List<PendingRequest> pending) {
        return pending.stream().map(p -> {
            PendingRequestXml x = new PendingRequestXml();
            x.requestId = p.requestId();
            x.name = p.name();
            x.type = p.type();
            x.societyIds.addAll(p.societyIds());
            x.submittedAt = p.submittedAt();
            x.ageDays = p.ageDays();
            x.overdue = p.overdue();
            x.version = p.version();
            return x;
        }).toList();
    }
}
