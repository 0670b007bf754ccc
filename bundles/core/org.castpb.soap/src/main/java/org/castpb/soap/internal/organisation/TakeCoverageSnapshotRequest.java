package org.castpb.soap.internal.organisation;

import java.time.YearMonth;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.YearMonthAdapter;

/** The takeCoverageSnapshot request: the snapshot of {@code month}, the current month (Beijing) when left out, as over REST. */
// written out because a generated wrapper cannot carry @XmlSchemaType: the month would be published as xs:string.
// CXF hands a wrapper's fields to the endpoint's parameters only when they carry @XmlElement.
@XmlRootElement(name = "takeCoverageSnapshot")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "takeCoverageSnapshot", propOrder = {"month"})
public class TakeCoverageSnapshotRequest {
    @XmlElement(name = "month")
    @XmlJavaTypeAdapter(YearMonthAdapter.class)
    @XmlSchemaType(name = "gYearMonth")
    public YearMonth month;
}
