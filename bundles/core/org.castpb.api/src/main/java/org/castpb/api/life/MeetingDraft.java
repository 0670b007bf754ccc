package org.castpb.api.life;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as recorded or corrected. Attendees and absentees are member ids of the registry, each a member or a
 * participant on the organisation's roll, none listed twice; the meeting may not lie in the future.
 *
 * @param type           the kind of meeting
 * @param organisationId the party organisation holding it
 * @param heldOn         the day it took place
 * @param topic          its topic (议题)
 * @param attendees      the members present
 * @param absentees      the members absent, with their reason or none
 * @param minutes        the minutes (会议记录), free text
 */
public record MeetingDraft(MeetingType type, long organisationId, LocalDate heldOn, String topic, List<Long> attendees,
                           List<Absence> absentees, String minutes) {

    public MeetingDraft {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        absentees = absentees == null ? List.of() : List.copyOf(absentees);
    }
}
