package org.castpb.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Page;
import org.castpb.api.UnclearLedger;

/** One page of societies whose ledger is not "five clears", and how many there are in all. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "unclearLedgerPage", propOrder = {"items", "total", "offset", "limit"})
public class UnclearLedgerPageXml {
    @XmlElement(name = "item")
    public List<UnclearLedgerXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    static UnclearLedgerPageXml of(Page<UnclearLedger> page) {
        UnclearLedgerPageXml x = new UnclearLedgerPageXml();
        page.items().forEach(u -> x.items.add(UnclearLedgerXml.of(u)));
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
