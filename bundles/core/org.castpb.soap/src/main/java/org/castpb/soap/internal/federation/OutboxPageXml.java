package org.castpb.soap.internal.federation;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Page;
import org.castpb.api.federation.OutboxEntry;

/** One page of the outbox. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "outboxPage", propOrder = {"items", "total", "offset", "limit"})
public class OutboxPageXml {
    @XmlElement(name = "entry")
    public List<OutboxEntryXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    static OutboxPageXml of(Page<OutboxEntry> page) {
        OutboxPageXml x = new OutboxPageXml();
        x.items = new ArrayList<>(page.items().stream().map(OutboxEntryXml::of).toList());
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
