package org.castpb.life.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castpb.api.Dates;
import org.castpb.api.FieldError;
import org.castpb.api.Texts;
import org.castpb.api.ValidationException;
import org.castpb.api.life.Absence;
import org.castpb.api.life.MeetingDraft;
import org.castpb.api.life.MeetingService;

/** The rules a meeting's record must keep that need no database: every problem named, by field. */
final class MeetingRules {

    static final int TOPIC_MAX = 500;
    static final int MINUTES_MAX = 20000;
    static final int REASON_MAX = 200;
    static final int LISTED_MAX = 2000;

    private MeetingRules() {
    }

    /** The draft trimmed, or a {@link ValidationException} naming every invalid field. */
    static MeetingDraft validate(MeetingDraft d, LocalDate today) {
        if (d == null) {
            throw new ValidationException(new FieldError("meeting", "REQUIRED", "the meeting is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (d.type() == null) {
            errors.add(new FieldError("type", "REQUIRED", "type is required (MEMBERS_ASSEMBLY, COMMITTEE_MEETING, GROUP_MEETING,"
                    + " PARTY_LECTURE, ORGANISATIONAL_LIFE_MEETING, DEMOCRATIC_LIFE_MEETING)"));
        }
        if (d.organisationId() <= 0) {
            errors.add(new FieldError("organisationId", "REQUIRED", "organisationId is required (a party organisation's id)"));
        }
        if (d.heldOn() == null) {
            errors.add(new FieldError("heldOn", "REQUIRED", "heldOn is required (the day the meeting took place)"));
        } else if (d.heldOn().isAfter(today)) {
            errors.add(new FieldError("heldOn", MeetingService.FUTURE_DATE, "heldOn " + d.heldOn()
                    + " lies in the future: a meeting is recorded once held (today is " + today + ")"));
        }
        Dates.check(errors, "heldOn", d.heldOn());
        String topic = text(errors, "topic", d.topic(), TOPIC_MAX, true, false);
        String minutes = text(errors, "minutes", d.minutes(), MINUTES_MAX, false, true);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < d.attendees().size(); i++) {
            listed(errors, "attendees[" + i + "]", d.attendees().get(i), seen);
        }
        List<Absence> absentees = new ArrayList<>();
        for (int i = 0; i < d.absentees().size(); i++) {
            Absence a = d.absentees().get(i);
            if (a == null) {
                errors.add(new FieldError("absentees[" + i + "]", "REQUIRED", "an absentee names a member"));
                continue;
            }
            listed(errors, "absentees[" + i + "].memberId", a.memberId(), seen);
            absentees.add(new Absence(a.memberId(), text(errors, "absentees[" + i + "].reason", a.reason(), REASON_MAX, false, false)));
        }
        if (seen.size() > LISTED_MAX) {
            errors.add(new FieldError("attendees", "TOO_MANY", "a meeting lists at most " + LISTED_MAX + " members"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new MeetingDraft(d.type(), d.organisationId(), d.heldOn(), topic, d.attendees(), absentees, minutes);
    }

    private static void listed(List<FieldError> errors, String field, Long memberId, Set<Long> seen) {
        if (memberId == null || memberId <= 0) {
            errors.add(new FieldError(field, "REQUIRED", field + " must be a member's id"));
        } else if (!seen.add(memberId)) {
            errors.add(new FieldError(field, MeetingService.LISTED_TWICE, "member " + memberId
                    + " is listed twice: once, as present or as absent"));
        }
    }

    /** A trimmed text of at most {@code max} characters, or null; required ones must be given. */
    static String text(List<FieldError> errors, String field, String value, int max, boolean required, boolean multiline) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null && required) {
            errors.add(new FieldError(field, "REQUIRED", field + " is required"));
        }
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "TOO_LONG", field + " must be at most " + max + " characters, got " + text.length()));
        }
        if (multiline) {
            Texts.checkMultiline(errors, field, text);
        } else {
            Texts.checkLine(errors, field, text);
        }
        return text;
    }

    /** The audited fields of a meeting, as text. */
    static Map<String, String> flatten(MeetingDraft d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", String.valueOf(d.type()));
        m.put("organisationId", String.valueOf(d.organisationId()));
        m.put("heldOn", String.valueOf(d.heldOn()));
        m.put("topic", d.topic());
        m.put("attendees", d.attendees().stream().sorted().toList().toString());
        m.put("absentees", d.absentees().stream().map(a -> a.memberId() + (a.reason() == null ? "" : " (" + a.reason() + ")")).sorted().toList().toString());
        m.put("minutes", d.minutes() == null ? null : d.minutes().length() > 200 ? d.minutes().substring(0, 200) + "..." : d.minutes());
        return m;
    }
}
