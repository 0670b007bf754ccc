package org.castpb.soap.internal.life;

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
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.life.Attendance;
import org.castpb.api.life.Meeting;
import org.castpb.api.life.MeetingType;
import org.castpb.soap.internal.InstantAdapter;

/** A recorded meeting with everyone it lists. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "meeting", propOrder = {"id", "type", "organisationId", "organisationName", "heldOn", "topic", "attendance", "participants",
        "minutes", "recordedOn", "recordedLate", "version", "updatedAt", "updatedBy"})
public class MeetingXml {
    public long id;
    public MeetingType type;
    public long organisationId;
    public String organisationName;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate heldOn;
    public String topic;
    @XmlElement(name = "listed")
    public List<AttendanceXml> attendance = new ArrayList<>();
    public int participants;
    public String minutes;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate recordedOn;
    public boolean recordedLate;
    public long version;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant updatedAt;
    public String updatedBy;

    /** One member listed: present, or absent with the reason given (none: without reason). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "meetingAttendance", propOrder = {"memberId", "memberName", "present", "absenceReason"})
    public static class AttendanceXml {
        public long memberId;
        public String memberName;
        public boolean present;
        public String absenceReason;
    }

    static MeetingXml of(Meeting m) {
        MeetingXml x = new MeetingXml();
        x.id = m.id();
        x.type = m.type();
        x.organisationId = m.organisationId();
        x.organisationName = m.organisationName();
        x.heldOn = m.heldOn();
        x.topic = m.topic();
        for (Attendance a : m.attendance()) {
            AttendanceXml ax = new AttendanceXml();
            ax.memberId = a.memberId();
            ax.memberName = a.memberName();
            ax.present = a.present();
            ax.absenceReason = a.absenceReason();
            x.attendance.add(ax);
        }
        x.participants = m.participants();
        x.minutes = m.minutes();
        x.recordedOn = m.recordedOn();
        x.recordedLate = m.recordedLate();
        x.version = m.version();
        x.updatedAt = m.updatedAt();
        x.updatedBy = m.updatedBy();
        return x;
    }
}
