package org.castpb.soap.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.LedgerRevision;

/** One entry of a ledger's revision history. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ledgerRevision", propOrder = {"revision", "recordedAt", "recordedBy", "note", "clear"})
public class LedgerRevisionXml {
    public int revision;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant recordedAt;
    public String recordedBy;
    public String note;
    public boolean clear;

    static LedgerRevisionXml of(LedgerRevision r) {
        LedgerRevisionXml x = new LedgerRevisionXml();
        x.revision = r.revision();
        x.recordedAt = r.recordedAt();
        x.recordedBy = r.recordedBy();
        x.note = r.note();
        x.clear = r.clear();
        return x;
    }

    static List<LedgerRevisionXml> of(List<LedgerRevision> revisions) {
        List<LedgerRevisionXml> list = new ArrayList<>();
        revisions.forEach(r -> list.add(of(r)));
        return list;
    }
}
