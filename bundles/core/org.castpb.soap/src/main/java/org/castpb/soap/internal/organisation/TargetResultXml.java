package org.castpb.soap.internal.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.coverage.TargetResult;

/** A dated coverage target judged on its own date: its minimums, the figures then, and how many societies are short. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "targetResult", propOrder = {"date", "organisationMin", "workMin", "figures", "organisationMet", "workMet", "met",
        "organisationShort", "workShort"})
public class TargetResultXml {
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate date;
    public BigDecimal organisationMin;
    public BigDecimal workMin;
    public CoverageFiguresXml figures;
    public boolean organisationMet;
    public boolean workMet;
    public boolean met;
    public long organisationShort;
    public long workShort;

    static List<TargetResultXml> of(List<TargetResult> results) {
        return results.stream().map(r -> {
            TargetResultXml x = new TargetResultXml();
            x.date = r.target().date();
            x.organisationMin = r.target().organisationMin();
            x.workMin = r.target().workMin();
            x.figures = CoverageFiguresXml.of(r.figures());
            x.organisationMet = r.organisationMet();
            x.workMet = r.workMet();
            x.met = r.met();
            x.organisationShort = r.organisationShort();
            x.workShort = r.workShort();
            return x;
        }).toList();
    }
}
