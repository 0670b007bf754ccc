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

/** The getCoverageTrend request: one point per month from {@code fromMonth} to {@code toMonth}, both required, as over REST. */
// written out because a generated wrapper cannot carry @XmlSchemaType: the months would be published as xs:string.
// CXF hands a wrapper's fields to the endpoint's parameters only when they carry @XmlElement.
@XmlRootElement(name = "getCoverageTrend")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "getCoverageTrend", propOrder = {"fromMonth", "toMonth"})
public class GetCoverageTrendRequest {
    @XmlElement(name = "fromMonth")
    @XmlJavaTypeAdapter(YearMonthAdapter.class)
    @XmlSchemaType(name = "gYearMonth")
    public YearMonth fromMonth;
    @XmlElement(name = "toMonth")
    @XmlJavaTypeAdapter(YearMonthAdapter.class)
    @XmlSchemaType(name = "gYearMonth")
    public YearMonth toMonth;
}
