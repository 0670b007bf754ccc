package org.castpb.life.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.castpb.api.ValidationException;
import org.castpb.api.life.Absence;
import org.castpb.api.life.MeetingDraft;
import org.castpb.api.life.MeetingType;
import org.junit.Test;

public class MeetingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static String codes(MeetingDraft d) {
        try {
            MeetingRules.validate(d, TODAY);
            fail("expected a refusal");
            return null;
        } catch (ValidationException e) {
            return e.errors().stream().map(f -> f.field() + ":" + f.code()).collect(Collectors.joining(" "));
        }
    }

    @Test
    public void aMeetingDatedInTheFutureIsRefused() {
        assertEquals("heldOn:FUTURE_DATE", codes(new MeetingDraft(MeetingType.PARTY_LECTURE, 1, TODAY.plusDays(1), "党课", List.of(), List.of(), null)));
    }

    @Test
    public void aMeetingHeldTodayIsAccepted() {
        MeetingDraft d = MeetingRules.validate(new MeetingDraft(MeetingType.PARTY_LECTURE, 1, TODAY, "  党课：学习党章  ", List.of(3L),
                List.of(new Absence(4, " ")), "记录"), TODAY);
        assertEquals("党课：学习党章", d.topic());
        assertEquals(null, d.absentees().get(0).reason());
    }

    @Test
    public void aMemberListedTwiceIsRefusedNamingTheSecondPlace() {
        assertEquals("absentees[0].memberId:LISTED_TWICE", codes(new MeetingDraft(MeetingType.GROUP_MEETING, 1, TODAY, "小组学习",
                List.of(3L, 5L), List.of(new Absence(5, "出差")), null)));
    }

    @Test
    public void everyMissingFieldIsNamed() {
        assertEquals("type:REQUIRED organisationId:REQUIRED heldOn:REQUIRED topic:REQUIRED",
                codes(new MeetingDraft(null, 0, null, " ", List.of(), List.of(), null)));
    }

    @Test
    public void aControlCharacterInTheTopicIsRefusedButTheMinutesMayHoldLineBreaks() {
        assertEquals("topic:CONTROL_CHARACTER", codes(new MeetingDraft(MeetingType.PARTY_LECTURE, 1, TODAY, "a\u0007b", List.of(), List.of(), "one\ntwo")));
    }
}
