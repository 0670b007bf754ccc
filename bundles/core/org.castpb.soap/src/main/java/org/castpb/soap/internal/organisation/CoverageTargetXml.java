package org.castpb.soap.internal.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.coverage.CoverageTarget;
import org.castpb.soap.internal.LocalDateAdapter;

/** A configured coverage target: its date and minimums in percent (either may be absent). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "coverageTarget", propOrder = {"date", "organisationMin", "workMin"})
public class CoverageTargetXml {
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate date;
    public BigDecimal organisationMin;
    public BigDecimal workMin;

    static List<CoverageTargetXml> of(List<CoverageTarget> targets) {
        return targets.stream().map(t -> {
            CoverageTargetXml x = new CoverageTargetXml();
            x.date = t.date();
            x.organisationMin = t.organisationMin();
            x.workMin = t.workMin();
            return x;
        }).toList();
    }
}
