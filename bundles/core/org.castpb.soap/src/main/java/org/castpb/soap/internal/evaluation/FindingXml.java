package org.castpb.soap.internal.evaluation;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.evaluation.Finding;
import org.castpb.soap.internal.Faults;

/** One itemised finding of a module: the criterion, the points it gave out of those it was worth, and the evidence. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "finding", propOrder = {"code", "title", "points", "maxPoints", "evidence"})
public class FindingXml {
    public String code;
    public String title;
    public int points;
    public int maxPoints;
    public String evidence;

    /** {@code finding} as the caller reads it: title and evidence in its language where the module gave them. */
    static FindingXml of(Finding finding) {
        Finding f = finding.in(Faults.readerLanguage());
        FindingXml x = new FindingXml();
        x.code = f.code();
        x.title = f.title();
        x.points = f.points();
        x.maxPoints = f.maxPoints();
        x.evidence = f.evidence();
        return x;
    }

    Finding toFinding() {
        return new Finding(code, title, points, maxPoints, evidence);
    }
}
