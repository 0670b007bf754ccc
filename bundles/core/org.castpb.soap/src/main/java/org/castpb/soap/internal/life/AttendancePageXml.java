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
import org.castpb.api.life.MemberAttendance;

/** One page of members' attendance. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "attendancePage", propOrder = {"items", "total", "offset", "limit"})
public class AttendancePageXml {
    @XmlElement(name = "member")
    public List<MemberXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "memberAttendance", propOrder = {"memberId", "memberName", "organisationId", "listed", "attended", "absentWithReason",
            "absentWithoutReason", "attendanceRate", "consecutiveAbsences", "lastAttended", "absentSince", "unqualifiedCandidate"})
    public static class MemberXml {
        public long memberId;
        public String memberName;
        public long organisationId;
        public int listed;
        public int attended;
        public int absentWithReason;
        public int absentWithoutReason;
        public Double attendanceRate;
        public int consecutiveAbsences;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate lastAttended;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate absentSince;
        public boolean unqualifiedCandidate;
    }

    static AttendancePageXml of(Page<MemberAttendance> page) {
        AttendancePageXml x = new AttendancePageXml();
        for (MemberAttendance a : page.items()) {
            MemberXml m = new MemberXml();
            m.memberId = a.memberId();
            m.memberName = a.memberName();
            m.organisationId = a.organisationId();
            m.listed = a.listed();
            m.attended = a.attended();
            m.absentWithReason = a.absentWithReason();
            m.absentWithoutReason = a.absentWithoutReason();
            m.attendanceRate = a.attendanceRate();
            m.consecutiveAbsences = a.consecutiveAbsences();
            m.lastAttended = a.lastAttended();
            m.absentSince = a.absentSince();
            m.unqualifiedCandidate = a.unqualifiedCandidate();
            x.items.add(m);
        }
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
