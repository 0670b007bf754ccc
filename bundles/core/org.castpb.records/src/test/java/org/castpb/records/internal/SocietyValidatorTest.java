package org.castpb.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.castpb.api.Discipline;
import org.castpb.api.FieldError;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.ValidationException;
import org.junit.Test;

public class SocietyValidatorTest {

    static final String VALID_USCC = "51100000500010568A";

    static SocietyDraft draft(String name, String uscc, SocietyLevel level, String region) {
        return SocietyDraft.of(name, uscc, SocietyKind.SOCIETY, level, region, Discipline.SCIENCE, GroupMemberStatus.MEMBER)
                .withNameEn("Chinese Mathematical Society");
    }

    @Test
    public void validDraftIsNormalised() {
        SocietyDraft valid = SocietyValidator.validate(draft("  中国数学会 ", VALID_USCC.toLowerCase(), SocietyLevel.NATIONAL, "100000"));
        assertEquals("中国数学会", valid.name());
        assertEquals(VALID_USCC, valid.uscc());
    }

    @Test
    public void everyInvalidFieldIsNamed() {
        SocietyDraft bad = SocietyDraft.of(" ", "511000005000105680", null, SocietyLevel.PROVINCIAL, "990000", null, null);
        List<String> fields = fieldsOf(bad);
        assertEquals(List.of("name", "uscc", "kind", "discipline", "groupMemberStatus", "regionCode"), fields);
    }

    @Test
    public void nationalSocietyMustUseTheNationalRegionCode() {
        assertEquals(List.of("regionCode"), fieldsOf(draft("中国数学会", VALID_USCC, SocietyLevel.NATIONAL, "310000")));
    }

    @Test
    public void provincialSocietyNeedsAKnownProvince() {
        SocietyValidator.validate(draft("上海市数学会", VALID_USCC, SocietyLevel.PROVINCIAL, "310000"));
        SocietyValidator.validate(draft("杭州市数学会", VALID_USCC, SocietyLevel.MUNICIPAL, "330100"));
        assertEquals(List.of("regionCode"), fieldsOf(draft("某数学会", VALID_USCC, SocietyLevel.PROVINCIAL, "720000")));
        assertEquals(List.of("regionCode"), fieldsOf(draft("某数学会", VALID_USCC, SocietyLevel.PROVINCIAL, "31000")));
    }

    @Test
    public void failedCheckCharacterIsAcceptedOnlyWithAnOverrideReason() {
        String pilot = VALID_USCC.substring(0, 17) + "B";
        assertEquals(List.of("uscc"), fieldsOf(draft("中国数学会", pilot, SocietyLevel.NATIONAL, "100000")));
        SocietyDraft withReason = new SocietyDraft("中国数学会", null, pilot, " 2015年试点地区赋码 ", SocietyKind.SOCIETY,
                SocietyLevel.NATIONAL, "100000", Discipline.SCIENCE, null, GroupMemberStatus.MEMBER, null, null, null, null,
                null, null, null, null);
        SocietyDraft valid = SocietyValidator.validate(withReason);
        assertEquals("2015年试点地区赋码", valid.usccOverrideReason());
        assertEquals(RegistrationStatus.ACTIVE, valid.registrationStatus());
    }

    @Test
    public void overrideNeverExcusesCharactersOutsideTheCharset() {
        SocietyDraft withReason = new SocietyDraft("中国数学会", null, "5110000050001056IA", "pilot", SocietyKind.SOCIETY,
                SocietyLevel.NATIONAL, "100000", Discipline.SCIENCE, null, GroupMemberStatus.MEMBER, null, null, null, null,
                null, null, null, null);
        assertEquals(List.of("uscc"), fieldsOf(withReason));
    }

    @Test
    public void overrideReasonIsDroppedForACodeThatPasses() {
        SocietyDraft withReason = new SocietyDraft("中国数学会", null, VALID_USCC, "pilot", SocietyKind.SOCIETY,
                SocietyLevel.NATIONAL, "100000", Discipline.SCIENCE, null, GroupMemberStatus.MEMBER, null, null, null, null,
                null, null, null, null);
        assertEquals(null, SocietyValidator.validate(withReason).usccOverrideReason());
    }

    @Test
    public void admissionBeforeApplicationAndBadContactsAreRefused() {
        SocietyDraft d = new SocietyDraft("中国数学会", null, VALID_USCC, null, SocietyKind.SOCIETY, SocietyLevel.NATIONAL, "100000",
                Discipline.SCIENCE, null, GroupMemberStatus.MEMBER, java.time.LocalDate.of(2016, 5, 1), java.time.LocalDate.of(2016, 4, 1),
                null, 1800, null, "call me", "not-an-email", null);
        assertEquals(List.of("groupMemberAdmittedOn", "foundingYear", "contactPhone", "contactEmail"), fieldsOf(d));
    }

    @Test
    public void tooLongNameIsRefused() {
        assertEquals(List.of("name"), fieldsOf(draft("会".repeat(201), VALID_USCC, SocietyLevel.NATIONAL, "100000")));
    }

    @Test
    public void queryPagingIsChecked() {
        SocietyValidator.validate(SocietyQuery.all());
        try {
            SocietyValidator.validate(new SocietyQuery(null, "3a", null, null, null, -1, 501));
            fail("expected refusal");
        } catch (ValidationException e) {
            assertEquals(List.of("offset", "limit", "regionPrefix"),
                    e.errors().stream().map(FieldError::field).collect(Collectors.toList()));
        }
    }

    @Test
    public void aPageIsTakenByOffsetOrAfterAnIdButNotBoth() {
        SocietyValidator.validate(SocietyQuery.all().pageAfter(120, 50));
        try {
            SocietyValidator.validate(new SocietyQuery(null, null, null, null, null, 100, 50, 120L));
            fail("expected refusal");
        } catch (ValidationException e) {
            assertEquals("CONFLICTING_PAGING", e.errors().get(0).code());
        }
        try {
            SocietyValidator.validate(SocietyQuery.all().pageAfter(-1, 50));
            fail("expected refusal");
        } catch (ValidationException e) {
            assertEquals("after", e.errors().get(0).field());
        }
    }

    @Test
    public void datesOutsideTheAcceptedRangeAreRefusedNamingTheField() {
        // the year -1 was stored as 0002-01-01; 1949-09-30 predates every society record
        SocietyDraft base = draft("中国数学会", VALID_USCC, SocietyLevel.NATIONAL, "100000");
        SocietyDraft bad = new SocietyDraft(base.name(), base.nameEn(), base.uscc(), null, base.kind(), base.level(),
                base.regionCode(), base.discipline(), null, base.groupMemberStatus(), java.time.LocalDate.of(-1, 1, 1),
                java.time.LocalDate.of(1949, 9, 30), null, null, null, null, null, null);
        try {
            SocietyValidator.validate(bad);
            fail("accepted " + bad);
        } catch (ValidationException e) {
            assertEquals(List.of("groupMemberAppliedOn", "groupMemberAdmittedOn"), e.errors().stream().map(FieldError::field).toList());
            assertEquals(org.castpb.api.Dates.OUT_OF_RANGE, e.errors().get(0).code());
        }
    }

    @Test
    public void aNulInANameIsRefusedNamingTheField() {
        assertEquals(List.of("name"), fieldsOf(draft("中国\u0000数学会", VALID_USCC, SocietyLevel.NATIONAL, "100000")));
        assertEquals(List.of("nameEn"), fieldsOf(draft("中国数学会", VALID_USCC, SocietyLevel.NATIONAL, "100000").withNameEn("Chinese\nMathematical")));
    }

    private static List<String> fieldsOf(SocietyDraft draft) {
        try {
            SocietyValidator.validate(draft);
            fail("expected refusal of " + draft);
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).collect(Collectors.toList());
        }
    }
}
