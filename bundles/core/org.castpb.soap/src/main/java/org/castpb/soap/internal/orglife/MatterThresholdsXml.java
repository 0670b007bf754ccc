package org.castpb.soap.internal.orglife;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.matters.MatterThresholds;
import org.castpb.soap.internal.LocalDateAdapter;

/** A version of the major-matter thresholds, in force from its date (an amount left out: no threshold). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "matterThresholds", propOrder = {"version", "effectiveFrom", "largeExpenditure", "largeDonation"})
public class MatterThresholdsXml {
    public String version;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate effectiveFrom;
    public BigDecimal largeExpenditure;
    public BigDecimal largeDonation;

    static List<MatterThresholdsXml> of(List<MatterThresholds> ruleSets) {
        return ruleSets.stream().map(r -> {
            MatterThresholdsXml x = new MatterThresholdsXml();
            x.version = r.version();
            x.effectiveFrom = r.effectiveFrom();
            x.largeExpenditure = r.largeExpenditure();
            x.largeDonation = r.largeDonation();
            return x;
        }).toList();
    }
}
