package org.castpb.soap.internal.federation;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;

/** The reportUpward request: the day the report is made as of (today, Beijing, when left out). */
// written out so that asOf is published as xs:date; CXF hands a wrapper's fields over only when they carry @XmlElement
@XmlRootElement(name = "reportUpward")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "reportUpward", propOrder = {"asOf"})
public class ReportUpwardRequest {
    @XmlElement(name = "asOf")
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
}
