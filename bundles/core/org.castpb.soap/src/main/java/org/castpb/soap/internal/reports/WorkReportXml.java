package org.castpb.soap.internal.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.reports.ReportKind;
import org.castpb.api.reports.ReportState;
import org.castpb.api.reports.WorkReport;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;

/** A society's work report for one period, its attachments listed (their content by getAttachment), and its review. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "workReport", propOrder = {"id", "societyId", "societyName", "period", "kind", "dueOn", "state", "text",
        "attachments", "createdBy", "submittedAt", "submittedBy", "late", "grade", "reviewComment", "reviewedBy", "reviewedAt", "version"})
public class WorkReportXml {
    public long id;
    public long societyId;
    public String societyName;
    public String period;
    public ReportKind kind;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate dueOn;
    public ReportState state;
    public String text;
    @XmlElement(name = "attachment")
    public List<AttachmentXml> attachments = new ArrayList<>();
    public String createdBy;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant submittedAt;
    public String submittedBy;
    public boolean late;
    public Grade grade;
    public String reviewComment;
    public String reviewedBy;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant reviewedAt;
    public long version;

    /** An attachment's description. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "attachment", propOrder = {"id", "fileName", "mediaType", "size"})
    public static class AttachmentXml {
        public long id;
        public String fileName;
        public String mediaType;
        public long size;
    }

    static WorkReportXml of(WorkReport r) {
        WorkReportXml x = new WorkReportXml();
        x.id = r.id();
        x.societyId = r.societyId();
        x.societyName = r.societyName();
        x.period = r.period();
        x.kind = r.kind();
        x.dueOn = r.dueOn();
        x.state = r.state();
        x.text = r.text();
        r.attachments().forEach(a -> {
            AttachmentXml ax = new AttachmentXml();
            ax.id = a.id();
            ax.fileName = a.fileName();
            ax.mediaType = a.mediaType();
            ax.size = a.size();
            x.attachments.add(ax);
        });
        x.createdBy = r.createdBy();
        x.submittedAt = r.submittedAt();
        x.submittedBy = r.submittedBy();
        x.late = r.late();
        x.grade = r.grade();
        x.reviewComment = r.reviewComment();
        x.reviewedBy = r.reviewedBy();
        x.reviewedAt = r.reviewedAt();
        x.version = r.version();
        return x;
    }
}
