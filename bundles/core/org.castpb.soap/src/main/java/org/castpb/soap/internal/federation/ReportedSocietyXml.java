package org.castpb.soap.internal.federation;

import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.federation.ReportedSociety;

/** A society of a child's latest report, as reported. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "reportedSociety", propOrder = {"uscc", "name", "regionCode", "organisationCovered", "workCovered", "ledgerClear"})
public class ReportedSocietyXml {
    public String uscc;
    public String name;
    public String regionCode;
    public boolean organisationCovered;
    public boolean workCovered;
    public boolean ledgerClear;

    static List<ReportedSocietyXml> of(List<ReportedSociety> societies) {
        return societies.stream().map(s -> {
            ReportedSocietyXml x = new ReportedSocietyXml();
            x.uscc = s.uscc();
            x.name = s.name();
            x.regionCode = s.regionCode();
            x.organisationCovered = s.organisationCovered();
            x.workCovered = s.workCovered();
            x.ledgerClear = s.ledgerClear();
            return x;
        }).toList();
    }
}
