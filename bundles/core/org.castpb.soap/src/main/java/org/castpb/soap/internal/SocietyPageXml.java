package org.castpb.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Page;
import org.castpb.api.Society;

/** One page of societies and how many match in all; without a total when the page did not count (see SocietyFilterXml). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "societyPage", propOrder = {"items", "total", "offset", "limit"})
public class SocietyPageXml {
    @XmlElement(name = "item")
    public List<SocietyXml> items = new ArrayList<>();
    public Long total;
    public int offset;
    public int limit;

    static SocietyPageXml of(Page<Society> page) {
        SocietyPageXml x = new SocietyPageXml();
        page.items().forEach(s -> x.items.add(SocietyXml.of(s)));
        x.total = page.counted() ? page.total() : null;
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
