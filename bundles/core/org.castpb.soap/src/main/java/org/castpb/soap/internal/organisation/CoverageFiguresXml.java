package org.castpb.soap.internal.organisation;

import java.math.BigDecimal;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.coverage.CoverageFigures;

/** Coverage counts of a group of societies and their rates in percent (left out when nothing is in scope). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "coverageFigures", propOrder = {"inScope", "organisationCovered", "workCovered", "organisationRate", "workRate"})
public class CoverageFiguresXml {
    public long inScope;
    public long organisationCovered;
    public long workCovered;
    public BigDecimal organisationRate;
    public BigDecimal workRate;

    public static CoverageFiguresXml of(CoverageFigures f) {
        if (f == null) {
            return null;
        }
        CoverageFiguresXml x = new CoverageFiguresXml();
        x.inScope = f.inScope();
        x.organisationCovered = f.organisationCovered();
        x.workCovered = f.workCovered();
        x.organisationRate = f.organisationRate();
        x.workRate = f.workRate();
        return x;
    }

    CoverageFigures toFigures() {
        return new CoverageFigures(inScope, organisationCovered, workCovered, organisationRate, workRate);
    }
}
