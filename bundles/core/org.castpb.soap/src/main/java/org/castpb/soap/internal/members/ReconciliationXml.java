package org.castpb.soap.internal.members;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.members.LedgerReconciliation;

/** A society's ledger party-member section against the registry, figure by figure. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ledgerReconciliation", propOrder = {"societyId", "ledgerRevision", "organisationIds", "items", "agrees"})
public class ReconciliationXml {
    public long societyId;
    public int ledgerRevision;
    @XmlElement(name = "organisationId")
    public List<Long> organisationIds = new ArrayList<>();
    @XmlElement(name = "item")
    public List<Item> items = new ArrayList<>();
    public boolean agrees;

    /** One figure. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "reconciliationItem", propOrder = {"field", "label", "ledger", "registry", "agrees"})
    public static class Item {
        public String field;
        public String label;
        public Integer ledger;
        public long registry;
        public boolean agrees;
    }

    public static ReconciliationXml of(LedgerReconciliation r) {
        ReconciliationXml x = new ReconciliationXml();
        x.societyId = r.societyId();
        x.ledgerRevision = r.ledgerRevision();
        x.organisationIds = new ArrayList<>(r.organisationIds());
        r.items().forEach(i -> {
            Item item = new Item();
            item.field = i.field();
            item.label = i.label();
            item.ledger = i.ledger();
            item.registry = i.registry();
            item.agrees = i.agrees();
            x.items.add(item);
        });
        x.agrees = r.agrees();
        return x;
    }
}
