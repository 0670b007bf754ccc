package org.castpb.soap.internal.members;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.Page;
import org.castpb.api.members.Disclosure;
import org.castpb.soap.internal.InstantAdapter;

/** One page of the log of full reads of members' personal data: who read whose, when, through which door. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "disclosurePage", propOrder = {"items", "total", "offset", "limit"})
public class DisclosurePageXml {
    @XmlElement(name = "disclosure")
    public List<Item> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    /** One full read. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "disclosure", propOrder = {"at", "actor", "memberId", "organisationId", "door"})
    public static class Item {
        @XmlJavaTypeAdapter(InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant at;
        public String actor;
        public long memberId;
        public long organisationId;
        public String door;
    }

    static DisclosurePageXml of(Page<Disclosure> page) {
        DisclosurePageXml x = new DisclosurePageXml();
        page.items().forEach(d -> {
            Item item = new Item();
            item.at = d.at();
            item.actor = d.actor();
            item.memberId = d.memberId();
            item.organisationId = d.organisationId();
            item.door = d.door();
            x.items.add(item);
        });
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
