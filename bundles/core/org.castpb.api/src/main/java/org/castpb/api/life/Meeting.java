package org.castpb.api.life;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded meeting; the fields not described here are as in {@link MeetingDraft}.
 *
 * @param organisationName the organisation's name when read
 * @param attendance       everyone listed, present first, each by name
 * @param participants     how many members took part (the attendees)
 * @param recordedOn       the day it was first recorded
 * @param recordedLate     whether it was recorded more than the configured number of days after it took place
 * @param version          the optimistic-locking version; every change increments it
 */
public record Meeting(long id, MeetingType type, long organisationId, String organisationName, LocalDate heldOn,
                      String topic, List<Attendance> attendance, int participants, String minutes, LocalDate recordedOn,
                      boolean recordedLate, long version, Instant updatedAt, String updatedBy) {

    public Meeting {
        attendance = List.copyOf(attendance);
    }
}
