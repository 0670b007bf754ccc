package org.castpb.soap.internal.life;

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
import org.castpb.api.Page;
import org.castpb.api.life.Alert;
import org.castpb.api.life.AlertKind;
import org.castpb.api.life.AlertStatus;
import org.castpb.api.life.MeetingType;

/** One page of alerts. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "alertPage", propOrder = {"items", "total", "offset", "limit"})
public class AlertPageXml {
    @XmlElement(name = "alert")
    public List<AlertXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "alert", propOrder = {"id", "kind", "organisationId", "organisationName", "meetingType", "periodFrom", "periodTo",
            "memberId", "memberName", "ruleSetVersion", "message", "openedOn", "status", "closedOn"})
    public static class AlertXml {
        public long id;
        public AlertKind kind;
        public long organisationId;
        public String organisationName;
        public MeetingType meetingType;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate periodFrom;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate periodTo;
        public Long memberId;
        public String memberName;
        public String ruleSetVersion;
        public String message;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate openedOn;
        public AlertStatus status;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate closedOn;
    }

    static AlertPageXml of(Page<Alert> page) {
        AlertPageXml x = new AlertPageXml();
        for (Alert a : page.items()) {
            AlertXml ax = new AlertXml();
            ax.id = a.id();
            ax.kind = a.kind();
            ax.organisationId = a.organisationId();
            ax.organisationName = a.organisationName();
            ax.meetingType = a.meetingType();
            ax.periodFrom = a.period() == null ? null : a.period().from();
            ax.periodTo = a.period() == null ? null : a.period().to();
            ax.memberId = a.memberId();
            ax.memberName = a.memberName();
            ax.ruleSetVersion = a.ruleSetVersion();
            ax.message = a.message();
            ax.openedOn = a.openedOn();
            ax.status = a.status();
            ax.closedOn = a.closedOn();
            x.items.add(ax);
        }
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
