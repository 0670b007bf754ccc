package org.castpb.soap.internal.organisation;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Page;
import org.castpb.api.coverage.RectificationTask;

/** One page of open (or overdue) rectification tasks, and how many there are in all. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "rectificationTaskPage", propOrder = {"items", "total", "offset", "limit"})
public class RectificationTaskPageXml {
    @XmlElement(name = "item")
    public List<RectificationTaskXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    static RectificationTaskPageXml of(Page<RectificationTask> page) {
        RectificationTaskPageXml x = new RectificationTaskPageXml();
        page.items().forEach(t -> x.items.add(RectificationTaskXml.of(t)));
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
