package org.castpb.soap.internal.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.Page;
import org.castpb.api.SocietyLevel;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.reports.ReportState;
import org.castpb.api.reports.ReportStatus;
import org.castpb.soap.internal.LocalDateAdapter;

/** One page of the status sheet of a period, and how many societies owe a report in all. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "reportStatusPage", propOrder = {"items", "total", "offset", "limit"})
public class ReportStatusPageXml {
    @XmlElement(name = "item")
    public List<Row> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    /** Where one society stands. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "reportStatus", propOrder = {"societyId", "societyName", "level", "regionCode", "period", "dueOn", "state",
            "reportId", "late", "grade"})
    public static class Row {
        public long societyId;
        public String societyName;
        public SocietyLevel level;
        public String regionCode;
        public String period;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate dueOn;
        public ReportState state;
        public Long reportId;
        public boolean late;
        public Grade grade;
    }

    static ReportStatusPageXml of(Page<ReportStatus> page) {
        ReportStatusPageXml x = new ReportStatusPageXml();
        page.items().forEach(r -> {
            Row row = new Row();
            row.societyId = r.societyId();
            row.societyName = r.societyName();
            row.level = r.level();
            row.regionCode = r.regionCode();
            row.period = r.period();
            row.dueOn = r.dueOn();
            row.state = r.state();
            row.reportId = r.reportId();
            row.late = r.late();
            row.grade = r.grade();
            x.items.add(row);
        });
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
