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
import org.castpb.api.life.Absence;
import org.castpb.api.life.MeetingDraft;
import org.castpb.api.life.MeetingType;

/** A meeting as recorded, as for {@code POST /api/v1/life/meetings}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "meetingDraft", propOrder = {"type", "organisationId", "heldOn", "topic", "attendees", "absentees", "minutes"})
public class MeetingDraftXml {
    public MeetingType type;
    public long organisationId;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate heldOn;
    public String topic;
    @XmlElement(name = "attendee")
    public List<Long> attendees = new ArrayList<>();
    @XmlElement(name = "absentee")
    public List<AbsenceXml> absentees = new ArrayList<>();
    public String minutes;

    /** A member absent, with the reason or none. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "absence", propOrder = {"memberId", "reason"})
    public static class AbsenceXml {
        public long memberId;
        public String reason;
    }

    MeetingDraft toDraft() {
        return new MeetingDraft(type, organisationId, heldOn, topic, attendees,
                absentees == null ? List.of() : absentees.stream().map(a -> a == null ? null : new Absence(a.memberId, a.reason)).toList(), minutes);
    }
}
