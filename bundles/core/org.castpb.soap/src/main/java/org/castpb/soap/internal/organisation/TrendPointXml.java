package org.castpb.soap.internal.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.coverage.TrendPoint;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.soap.internal.YearMonthAdapter;

/** One month of the coverage trend, flat for charts; {@code stored} false when counted for this answer. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "trendPoint", propOrder = {"month", "asOf", "inScope", "organisationCovered", "workCovered", "organisationRate",
        "workRate", "stored"})
public class TrendPointXml {
    @XmlJavaTypeAdapter(YearMonthAdapter.class)
    @XmlSchemaType(name = "gYearMonth")
    public YearMonth month;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    public long inScope;
    public long organisationCovered;
    public long workCovered;
    public BigDecimal organisationRate;
    public BigDecimal workRate;
    public boolean stored;

    static List<TrendPointXml> of(List<TrendPoint> points) {
        return points.stream().map(p -> {
            TrendPointXml x = new TrendPointXml();
            x.month = YearMonth.from(p.month());
            x.asOf = p.asOf();
            x.inScope = p.inScope();
            x.organisationCovered = p.organisationCovered();
            x.workCovered = p.workCovered();
            x.organisationRate = p.organisationRate();
            x.workRate = p.workRate();
            x.stored = p.stored();
            return x;
        }).toList();
    }

    TrendPoint toPoint() {
        return new TrendPoint(month == null ? null : month.atDay(1), asOf, inScope, organisationCovered, workCovered, organisationRate,
                workRate, stored);
    }
}
