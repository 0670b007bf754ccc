package org.castpb.soap.internal.life;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.castpb.api.life.MeetingDraft;
import org.castpb.api.life.MeetingType;
import org.castpb.soap.internal.PublishedContract;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The organisational-life port's published contract, built by CXF from the endpoint as the server does. */
public class LifeContractTest {

    private static PublishedContract contract;

    @BeforeClass
    public static void buildContract() throws Exception {
        contract = PublishedContract.of(LifeEndpoint.class);
    }

    @AfterClass
    public static void shutDown() {
        contract.close();
    }

    @Test
    public void portOffersMeetingsComplianceAttendanceAndAlerts() {
        assertEquals(new TreeSet<>(Set.of("recordMeeting", "updateMeeting", "getMeeting", "listLifeRuleSets", "listMeetings", "meetingHistory", "complianceReport",
                "exportCompliance", "exportComplianceXlsx", "attendance", "listAlerts", "runAlerts")), contract.operations());
        for (String type : new String[] {"meetingDraft", "absence", "meeting", "meetingAttendance", "meetingPage", "compliancePage",
                "organisationCompliance", "obligation", "period", "attendancePage", "memberAttendance", "alertPage", "alert", "alertRun"}) {
            assertTrue(type, contract.wsdl().contains("complexType name=\"" + type + "\""));
        }
    }

    @Test
    public void aRecordedMeetingIsReadWithItsAttendeesAndAbsencesInOrder() throws Exception {
        List<Object> args = contract.requestParameters(LifePort.NS, "recordMeeting", "<l:recordMeeting xmlns:l=\"" + LifePort.NS + "\">"
                + "<l:meeting><l:type>PARTY_LECTURE</l:type><l:organisationId>3</l:organisationId><l:heldOn>2026-11-20</l:heldOn>"
                + "<l:topic>学习党章</l:topic><l:attendee>11</l:attendee><l:attendee>12</l:attendee>"
                + "<l:absentee><l:memberId>13</l:memberId><l:reason>出差</l:reason></l:absentee><l:absentee><l:memberId>14</l:memberId></l:absentee>"
                + "</l:meeting></l:recordMeeting>");
        MeetingDraft d = ((MeetingDraftXml) args.get(0)).toDraft();
        assertEquals(MeetingType.PARTY_LECTURE, d.type());
        assertEquals(LocalDate.of(2026, 11, 20), d.heldOn());
        assertEquals(List.of(11L, 12L), d.attendees());
        assertEquals("出差", d.absentees().get(0).reason());
        assertEquals(null, d.absentees().get(1).reason());
    }
}
