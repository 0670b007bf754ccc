package org.castpb.soap.internal;

import java.time.Instant;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.AuditEntry;

/** One change in a society's audit trail. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "auditEntry", propOrder = {"at", "actor", "change", "before", "after"})
public class AuditEntryXml {
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant at;
    public String actor;
    public String change;
    public String before;
    public String after;

    public static List<AuditEntryXml> of(List<AuditEntry> entries) {
        return entries.stream().map(e -> {
            AuditEntryXml x = new AuditEntryXml();
            x.at = e.at();
            x.actor = e.actor();
            x.change = e.change();
            x.before = e.before();
            x.after = e.after();
            return x;
        }).toList();
    }
}
