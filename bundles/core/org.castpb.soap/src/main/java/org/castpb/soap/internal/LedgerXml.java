package org.castpb.soap.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.Ledger;

/** One revision of a society's ledger with its "five clears" status; revision 0 means none recorded yet. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ledger", propOrder = {"societyId", "revision", "recordedAt", "recordedBy", "content", "clear", "sections"})
public class LedgerXml {
    public long societyId;
    public int revision;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant recordedAt;
    public String recordedBy;
    public LedgerDraftXml content;
    public boolean clear;
    /** Named after the type, not "section": each entry already has a child element {@code section}. */
    @XmlElement(name = "sectionStatus")
    public List<SectionStatusXml> sections = new ArrayList<>();

    static LedgerXml of(Ledger l) {
        LedgerXml x = new LedgerXml();
        x.societyId = l.societyId();
        x.revision = l.revision();
        x.recordedAt = l.recordedAt();
        x.recordedBy = l.recordedBy();
        x.content = LedgerDraftXml.of(l.content());
        x.clear = l.clear();
        x.sections = SectionStatusXml.of(l.sections());
        return x;
    }
}
