package org.castpb.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.LedgerComparison;

/** What changed in a ledger between two revisions. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ledgerComparison", propOrder = {"societyId", "fromRevision", "toRevision", "changes"})
public class LedgerComparisonXml {
    public long societyId;
    public int fromRevision;
    public int toRevision;
    @XmlElement(name = "change")
    public List<FieldChangeXml> changes = new ArrayList<>();

    static LedgerComparisonXml of(LedgerComparison c) {
        LedgerComparisonXml x = new LedgerComparisonXml();
        x.societyId = c.societyId();
        x.fromRevision = c.fromRevision();
        x.toRevision = c.toRevision();
        c.changes().forEach(change -> x.changes.add(FieldChangeXml.of(change)));
        return x;
    }
}
