package org.castpb.soap.internal.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.coverage.CoverageReport;
import org.castpb.api.coverage.GroupBy;

/** Organisation and work coverage as of a day, with the breakdown asked for (no rows without one). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "coverageReport", propOrder = {"asOf", "scope", "totals", "groupBy", "rows"})
public class CoverageReportXml {
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    public CoverageScopeXml scope;
    public CoverageFiguresXml totals;
    public GroupBy groupBy;
    @XmlElement(name = "row")
    public List<CoverageRowXml> rows = new ArrayList<>();

    static CoverageReportXml of(CoverageReport r) {
        CoverageReportXml x = new CoverageReportXml();
        x.asOf = r.asOf();
        x.scope = CoverageScopeXml.of(r.scope());
        x.totals = CoverageFiguresXml.of(r.totals());
        x.groupBy = r.groupBy();
        r.rows().forEach(row -> x.rows.add(CoverageRowXml.of(row)));
        return x;
    }

    CoverageReport toReport() {
        return new CoverageReport(asOf, scope == null ? null : scope.toScope(), totals == null ? null : totals.toFigures(), groupBy,
                rows.stream().map(CoverageRowXml::toRow).toList());
    }
}
