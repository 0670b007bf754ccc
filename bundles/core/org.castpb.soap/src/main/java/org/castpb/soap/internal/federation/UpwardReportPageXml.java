package org.castpb.soap.internal.federation;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Page;
import org.castpb.api.federation.UpwardReport;

/** One page of a child's reports, newest first. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "upwardReportPage", propOrder = {"items", "total", "offset", "limit"})
public class UpwardReportPageXml {
    @XmlElement(name = "report")
    public List<UpwardReportXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    static UpwardReportPageXml of(Page<UpwardReport> page) {
        UpwardReportPageXml x = new UpwardReportPageXml();
        x.items = new ArrayList<>(page.items().stream().map(UpwardReportXml::of).toList());
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
