package org.castpb.soap.internal.organisation;

import java.time.Instant;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.AuditEntry;
import org.castpb.soap.internal.InstantAdapter;

/** One change in a party organisation's history; its own type so that the organisation contract stays in its namespace. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "historyEntry", propOrder = {"at", "actor", "change", "before", "after"})
public class OrganisationHistoryEntryXml {
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant at;
    public String actor;
    public String change;
    public String before;
    public String after;

    static List<OrganisationHistoryEntryXml> of(List<AuditEntry> entries) {
        return entries.stream().map(e -> {
            OrganisationHistoryEntryXml x = new OrganisationHistoryEntryXml();
            x.at = e.at();
            x.actor = e.actor();
            x.change = e.change();
            x.before = e.before();
            x.after = e.after();
            return x;
        }).toList();
    }
}
