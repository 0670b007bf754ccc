package org.castpb.soap.internal.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.coverage.CoverageSnapshot;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.soap.internal.YearMonthAdapter;

/** The stored coverage figures of a month, counted as of its last day (or of the day taken, for the current month). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "coverageSnapshot", propOrder = {"month", "asOf", "figures", "takenAt"})
public class CoverageSnapshotXml {
    @XmlJavaTypeAdapter(YearMonthAdapter.class)
    @XmlSchemaType(name = "gYearMonth")
    public YearMonth month;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    public CoverageFiguresXml figures;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant takenAt;

    static CoverageSnapshotXml of(CoverageSnapshot s) {
        CoverageSnapshotXml x = new CoverageSnapshotXml();
        x.month = YearMonth.from(s.month());
        x.asOf = s.asOf();
        x.figures = CoverageFiguresXml.of(s.figures());
        x.takenAt = s.takenAt();
        return x;
    }

    static List<CoverageSnapshotXml> of(List<CoverageSnapshot> snapshots) {
        return snapshots.stream().map(CoverageSnapshotXml::of).toList();
    }

    CoverageSnapshot toSnapshot() {
        return new CoverageSnapshot(month == null ? null : month.atDay(1), asOf, figures == null ? null : figures.toFigures(), takenAt);
    }
}
