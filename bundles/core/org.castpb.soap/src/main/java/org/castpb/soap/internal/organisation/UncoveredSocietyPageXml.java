package org.castpb.soap.internal.organisation;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.Page;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.UncoveredSociety;

/** One page of societies in scope lacking a coverage, and how many lack it in all. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "uncoveredSocietyPage", propOrder = {"items", "total", "offset", "limit"})
public class UncoveredSocietyPageXml {
    @XmlElement(name = "item")
    public List<UncoveredSocietyXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    /** A society lacking a coverage, with its current ledger's reason. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "uncoveredSociety", propOrder = {"societyId", "name", "uscc", "regionCode", "lacks", "reason", "reasonText"})
    public static class UncoveredSocietyXml {
        public long societyId;
        public String name;
        public String uscc;
        public String regionCode;
        public CoverageKind lacks;
        public NoOrganisationReason reason;
        public String reasonText;
    }

    static UncoveredSocietyPageXml of(Page<UncoveredSociety> page) {
        UncoveredSocietyPageXml x = new UncoveredSocietyPageXml();
        page.items().forEach(s -> {
            UncoveredSocietyXml i = new UncoveredSocietyXml();
            i.societyId = s.societyId();
            i.name = s.name();
            i.uscc = s.uscc();
            i.regionCode = s.regionCode();
            i.lacks = s.lacks();
            i.reason = s.reason();
            i.reasonText = s.reasonText();
            x.items.add(i);
        });
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
