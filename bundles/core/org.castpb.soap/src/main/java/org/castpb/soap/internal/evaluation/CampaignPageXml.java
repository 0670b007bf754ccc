package org.castpb.soap.internal.evaluation;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Page;
import org.castpb.api.evaluation.Campaign;

/** One page of campaigns, newest first, and how many there are in all. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "campaignPage", propOrder = {"items", "total", "offset", "limit"})
public class CampaignPageXml {
    @XmlElement(name = "item")
    public List<CampaignXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    static CampaignPageXml of(Page<Campaign> page) {
        CampaignPageXml x = new CampaignPageXml();
        page.items().forEach(c -> x.items.add(CampaignXml.of(c)));
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
