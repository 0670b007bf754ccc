package org.castpb.members.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.castpb.api.AuditTexts;
import org.castpb.api.FieldError;
import org.castpb.api.LeaderRole;
import org.castpb.api.ValidationException;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.CitizenIds;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.MemberDraft;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;
import org.junit.Test;

public class MemberRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String ID = "33010619900101123X";

    static MemberDraft draft(String citizenId, LocalDate birth, LocalDate joined, SocietyPosition position, LeaderRole role,
                             Affiliation affiliation, String heldBy, String phone) {
        return new MemberDraft(7, " 张三 ", Gender.MALE, "汉族", birth, citizenId, Education.MASTER, position, role, joined,
                MembershipKind.FORMAL, phone, affiliation, heldBy);
    }

    private static MemberDraft good() {
        return draft(ID, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 7, 1), SocietyPosition.LEADER, LeaderRole.PRESIDENT,
                Affiliation.BELONGS, null, "13812345678");
    }

    private static Set<String> codes(MemberDraft d) {
        try {
            MemberRules.validate(d, TODAY);
        } catch (ValidationException e) {
            Set<String> codes = new TreeSet<>();
            e.errors().forEach(error -> codes.add(error.field() + ":" + error.code()));
            return codes;
        }
        fail("accepted: " + d);
        return null;
    }

    @Test
    public void aCompleteDraftIsAcceptedTrimmed() {
        MemberDraft valid = MemberRules.validate(good(), TODAY);
        assertEquals("张三", valid.name());
        assertEquals(ID, valid.citizenId());
    }

    @Test
    public void aWrongCheckCharacterNamesTheExpectedOne() {
        try {
            MemberRules.validate(draft("330106199001011234", LocalDate.of(1990, 1, 1), LocalDate.of(2015, 7, 1),
                    SocietyPosition.STAFF, null, Affiliation.BELONGS, null, null), TODAY);
            fail("accepted a wrong check character");
        } catch (ValidationException e) {
            FieldError error = e.errors().get(0);
            assertEquals(CitizenIds.CHECK_CHARACTER, error.code());
            assertTrue(error.message(), error.message().contains("is 'X'"));
        }
    }

    @Test
    public void joiningBeforeBirthIsRefused() {
        assertEquals(Set.of("joinedOn:" + MemberService.JOINED_BEFORE_BIRTH), codes(draft(ID, LocalDate.of(1990, 1, 1),
                LocalDate.of(1989, 7, 1), SocietyPosition.STAFF, null, Affiliation.BELONGS, null, null)));
    }

    @Test
    public void aBirthDateOtherThanTheIdsIsRefused() {
        assertEquals(Set.of("birthDate:" + MemberService.BIRTH_DATE_MISMATCH), codes(draft(ID, LocalDate.of(1990, 1, 2),
                LocalDate.of(2015, 7, 1), SocietyPosition.STAFF, null, Affiliation.BELONGS, null, null)));
    }

    @Test
    public void aLeaderNeedsARoleAndOnlyALeaderHasOne() {
        assertEquals(Set.of("leaderRole:REQUIRED"), codes(draft(ID, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 7, 1),
                SocietyPosition.LEADER, null, Affiliation.BELONGS, null, null)));
        assertEquals(Set.of("leaderRole:NOT_ALLOWED"), codes(draft(ID, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 7, 1),
                SocietyPosition.STAFF, LeaderRole.PRESIDENT, Affiliation.BELONGS, null, null)));
    }

    @Test
    public void aParticipantNamesWhereTheRelationshipStays() {
        assertEquals(Set.of("relationshipHeldBy:REQUIRED"), codes(draft(ID, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 7, 1),
                SocietyPosition.STAFF, null, Affiliation.PARTICIPATES, " ", null)));
        assertEquals(Set.of("relationshipHeldBy:NOT_ALLOWED"), codes(draft(ID, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 7, 1),
                SocietyPosition.STAFF, null, Affiliation.BELONGS, "浙江大学党委", null)));
    }

    @Test
    public void aBadPhoneIsRefusedWithoutQuotingIt() {
        try {
            MemberRules.validate(draft(ID, LocalDate.of(1990, 1, 1), LocalDate.of(2015, 7, 1), SocietyPosition.STAFF, null,
                    Affiliation.BELONGS, null, "138-1234-abcd"), TODAY);
            fail("accepted a bad phone");
        } catch (ValidationException e) {
            assertEquals("PHONE_FORMAT", e.errors().get(0).code());
            assertFalse(e.getMessage(), e.getMessage().contains("abcd"));
        }
    }

    @Test
    public void everyMissingFieldIsNamedAtOnce() {
        Set<String> codes = codes(new MemberDraft(0, null, null, null, null, null, null, null, null, null, null, null, null, null));
        assertEquals(List.of("affiliation:REQUIRED", "birthDate:REQUIRED", "citizenId:CITIZEN_ID_FORMAT", "education:REQUIRED",
                "ethnicity:REQUIRED", "gender:REQUIRED", "joinedOn:REQUIRED", "kind:REQUIRED", "name:REQUIRED",
                "organisationId:REQUIRED", "position:REQUIRED"), List.copyOf(codes));
    }

    @Test
    public void historyTextsMaskTheCitizenIdAndPhone() {
        String text = AuditTexts.text(MemberRules.flatten(MemberRules.validate(good(), TODAY), "ACTIVE", TODAY));
        assertTrue(text, text.contains("citizenId=3301**********123X"));
        assertTrue(text, text.contains("phone=138****5678"));
        assertFalse(text, text.contains(ID));
        assertFalse(text, text.contains("13812345678"));
    }
}
