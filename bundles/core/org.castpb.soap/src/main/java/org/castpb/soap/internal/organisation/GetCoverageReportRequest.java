package org.castpb.soap.internal.organisation;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.coverage.GroupBy;

/** The getCoverageReport request: {@code asOf} today (Beijing) when left out, totals only without {@code groupBy}. */
// written out because a generated wrapper cannot carry @XmlSchemaType: the date would be published as xs:string.
// CXF hands a wrapper's fields to the endpoint's parameters only when they carry @XmlElement.
@XmlRootElement(name = "getCoverageReport")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "getCoverageReport", propOrder = {"asOf", "groupBy"})
public class GetCoverageReportRequest {
    @XmlElement(name = "asOf")
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    @XmlElement(name = "groupBy")
    public GroupBy groupBy;
}
