package org.castpb.soap.internal.organisation;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.coverage.CoverageRow;

/** One line of a coverage breakdown. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "coverageRow", propOrder = {"key", "figures"})
public class CoverageRowXml {
    public String key;
    public CoverageFiguresXml figures;

    public static CoverageRowXml of(CoverageRow r) {
        CoverageRowXml x = new CoverageRowXml();
        x.key = r.key();
        x.figures = CoverageFiguresXml.of(r.figures());
        return x;
    }

    CoverageRow toRow() {
        return new CoverageRow(key, figures == null ? null : figures.toFigures());
    }
}
