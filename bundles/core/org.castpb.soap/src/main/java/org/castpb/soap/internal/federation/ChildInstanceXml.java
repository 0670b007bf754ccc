package org.castpb.soap.internal.federation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.federation.ChildInstance;
import org.castpb.api.federation.InstanceLevel;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.soap.internal.organisation.CoverageFiguresXml;

/** A child instance as its latest report shows it, and whether its report is overdue. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "childInstance", propOrder = {"instanceId", "level", "regionCode", "displayName", "reports", "lastAsOf",
        "lastReceivedAt", "lastTotals", "overdue"})
public class ChildInstanceXml {
    public String instanceId;
    public InstanceLevel level;
    public String regionCode;
    public String displayName;
    public long reports;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate lastAsOf;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant lastReceivedAt;
    public CoverageFiguresXml lastTotals;
    public boolean overdue;

    static List<ChildInstanceXml> of(List<ChildInstance> children) {
        return children.stream().map(c -> {
            ChildInstanceXml x = new ChildInstanceXml();
            x.instanceId = c.instanceId();
            x.level = c.level();
            x.regionCode = c.regionCode();
            x.displayName = c.displayName();
            x.reports = c.reports();
            x.lastAsOf = c.lastAsOf();
            x.lastReceivedAt = c.lastReceivedAt();
            x.lastTotals = CoverageFiguresXml.of(c.lastTotals());
            x.overdue = c.overdue();
            return x;
        }).toList();
    }
}
