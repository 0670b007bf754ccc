package org.castpb.soap.internal.federation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.federation.ReportedFigures;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.soap.internal.organisation.CoverageFiguresXml;

/** The totals one report of a child carried: a point of its trend. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "reportedFigures", propOrder = {"reportId", "asOf", "receivedAt", "totals"})
public class ReportedFiguresXml {
    public String reportId;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant receivedAt;
    public CoverageFiguresXml totals;

    static List<ReportedFiguresXml> of(List<ReportedFigures> figures) {
        return figures.stream().map(f -> {
            ReportedFiguresXml x = new ReportedFiguresXml();
            x.reportId = f.reportId();
            x.asOf = f.asOf();
            x.receivedAt = f.receivedAt();
            x.totals = CoverageFiguresXml.of(f.totals());
            return x;
        }).toList();
    }
}
