package org.castpb.api.life;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Loads past meetings with the day each was recorded, for data sets that stand for records kept over time (the demo).
 * No door offers it: what people record through REST, SOAP or the console is recorded today. Since 1.1.0.
 */
@ProviderType
public interface MeetingLoader {

    /**
     * As {@link MeetingService#recordAll}, in one transaction, each meeting recorded on its {@code recordedOn} and flagged
     * late as that day says; a {@code recordedOn} missing, before the meeting or after today is refused
     * ({@code meetings[i].recordedOn}), and nothing is written.
     *
     * @return how many were recorded
     */
    int loadAll(Actor actor, List<RecordedMeeting> meetings);

    /** A meeting and the day it was recorded. */
    record RecordedMeeting(MeetingDraft draft, LocalDate recordedOn) {
    }
}
