package org.castpb.soap.internal.organisation;

import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.LiaisonKind;

/** A liaison officer or instructor dispatched to a society. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "liaisonAssignment", propOrder = {"id", "kind", "name", "societyId", "fromDate", "toDate", "dispatchedBy", "version"})
public class LiaisonAssignmentXml {
    public long id;
    public LiaisonKind kind;
    public String name;
    public long societyId;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate fromDate;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate toDate;
    public String dispatchedBy;
    public long version;

    static LiaisonAssignmentXml of(LiaisonAssignment a) {
        LiaisonAssignmentXml x = new LiaisonAssignmentXml();
        x.id = a.id();
        x.kind = a.kind();
        x.name = a.name();
        x.societyId = a.societyId();
        x.fromDate = a.fromDate();
        x.toDate = a.toDate();
        x.dispatchedBy = a.dispatchedBy();
        x.version = a.version();
        return x;
    }

    static List<LiaisonAssignmentXml> of(List<LiaisonAssignment> assignments) {
        return assignments.stream().map(LiaisonAssignmentXml::of).toList();
    }
}
