package org.castpb.organisations.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.ValidationException;
import org.castpb.api.organisation.LiaisonDraft;
import org.castpb.api.organisation.LiaisonKind;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.junit.Test;

public class DraftValidatorTest {

    static final LocalDate ESTABLISHED = LocalDate.of(2016, 9, 1);
    static final Secretary SECRETARY = new Secretary("王小明", SecretarySource.PRINCIPAL_LEADER);

    static PartyOrganisationDraft draft(OrganisationType type, List<Long> societies, LocalDate termStarts, LocalDate termEnds) {
        return new PartyOrganisationDraft("中国数学会党支部", type, null, societies, SECRETARY, 5, null, null, ESTABLISHED, termStarts, termEnds, null);
    }

    @Test
    public void validDraftIsNormalised() {
        PartyOrganisationDraft d = DraftValidator.validate(new PartyOrganisationDraft("  中国数学会党支部 ", OrganisationType.BRANCH, null,
                List.of(1L), new Secretary(" 王小明 ", SecretarySource.DISPATCHED), 5, null, 0, ESTABLISHED, null,
                LocalDate.of(2019, 9, 1), "  "));
        assertEquals("中国数学会党支部", d.name());
        assertEquals("王小明", d.secretary().name());
        assertEquals(Integer.valueOf(0), d.probationaryMembers());
        assertNull(d.committeeSize());
        assertEquals(ESTABLISHED, d.termStartsOn());
        assertNull(d.note());
    }

    @Test
    public void everyMissingFieldIsNamed() {
        PartyOrganisationDraft empty = new PartyOrganisationDraft(" ", null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("name", "type", "secretary", "formalMembers", "establishedOn"), fieldsOf(empty));
    }

    @Test
    public void datesOutsideTheAcceptedRangeAreRefusedNamingEachField() {
        PartyOrganisationDraft d = new PartyOrganisationDraft("党支部", OrganisationType.BRANCH, null, List.of(1L), SECRETARY, 5, 0, null,
                LocalDate.of(-1, 1, 1), LocalDate.of(1900, 1, 1), LocalDate.of(2200, 1, 1), null);
        try {
            DraftValidator.validate(d);
            fail("accepted " + d);
        } catch (ValidationException e) {
            assertEquals(List.of("establishedOn", "termStartsOn", "termEndsOn"), e.errors().stream().map(FieldError::field).toList());
            assertEquals(org.castpb.api.Dates.OUT_OF_RANGE, e.errors().get(0).code());
        }
        try {
            DraftValidator.validate(new LiaisonDraft(LiaisonKind.LIAISON_OFFICER, "李红", 1L, LocalDate.of(-10000, 1, 1), null, null));
            fail("accepted a liaison from the year -10000");
        } catch (ValidationException e) {
            assertEquals("fromDate", e.errors().get(0).field());
        }
        try {
            DraftValidator.dissolution(LocalDate.of(2101, 1, 1), ESTABLISHED);
            fail("accepted a dissolution in 2101");
        } catch (ValidationException e) {
            assertEquals("dissolvedOn", e.errors().get(0).field());
        }
    }

    @Test
    public void controlCharactersAreRefusedNamingTheField() {
        PartyOrganisationDraft d = new PartyOrganisationDraft("党\u0000支部", OrganisationType.BRANCH, null, List.of(1L),
                new Secretary("王\u001b小明", SecretarySource.DISPATCHED), 5, 0, null, ESTABLISHED, null, ESTABLISHED.plusYears(3), "备注\n第二行");
        assertEquals(List.of("name", "secretary.name"), fieldsOf(d));
        try {
            DraftValidator.comment("comment", "同意\u0000", true);
            fail("accepted a NUL in a comment");
        } catch (ValidationException e) {
            assertEquals("comment", e.errors().get(0).field());
        }
    }

    @Test
    public void secretaryNeedsANameAndASource() {
        PartyOrganisationDraft d = new PartyOrganisationDraft("党支部", OrganisationType.BRANCH, null, List.of(1L), new Secretary(" ", null),
                5, 0, null, ESTABLISHED, null, ESTABLISHED.plusYears(3), null);
        assertEquals(List.of("secretary.name", "secretary.source"), fieldsOf(d));
    }

    @Test
    public void jointBranchCoversAtLeastTwoSocietiesAndOthersExactlyOne() {
        LocalDate end = ESTABLISHED.plusYears(3);
        assertEquals(List.of("societyIds"), fieldsOf(draft(OrganisationType.JOINT_BRANCH, List.of(1L), null, end)));
        DraftValidator.validate(draft(OrganisationType.JOINT_BRANCH, List.of(1L, 2L), null, end));
        assertEquals(List.of("societyIds"), fieldsOf(draft(OrganisationType.BRANCH, List.of(1L, 2L), null, end)));
        assertEquals(List.of("societyIds"), fieldsOf(draft(OrganisationType.COMMITTEE, List.of(), null, end)));
    }

    @Test
    public void societyIdsMustBePositiveAndDistinct() {
        List<Long> ids = java.util.Arrays.asList(1L, 1L, 0L, null);
        assertEquals(List.of("societyIds[1]", "societyIds[2]", "societyIds[3]"),
                fieldsOf(draft(OrganisationType.JOINT_BRANCH, ids, null, ESTABLISHED.plusYears(3))));
    }

    @Test
    public void everyTypeButTheWorkGroupNeedsATermEnd() {
        assertEquals(List.of("termEndsOn"), fieldsOf(draft(OrganisationType.BRANCH, List.of(1L), null, null)));
        DraftValidator.validate(draft(OrganisationType.WORK_GROUP, List.of(1L), null, null));
    }

    @Test
    public void termMustEndAfterItStartsAndStartNoEarlierThanTheEstablishment() {
        assertEquals(List.of("termEndsOn"), fieldsOf(draft(OrganisationType.BRANCH, List.of(1L), null, ESTABLISHED)));
        assertEquals(List.of("termStartsOn"), fieldsOf(draft(OrganisationType.BRANCH, List.of(1L), ESTABLISHED.minusDays(1),
                ESTABLISHED.plusYears(3))));
    }

    @Test
    public void memberCountsCannotBeNegative() {
        PartyOrganisationDraft d = new PartyOrganisationDraft("党支部", OrganisationType.BRANCH, 0L, List.of(1L), SECRETARY,
                -1, -2, -3, ESTABLISHED, null, ESTABLISHED.plusYears(3), null);
        assertEquals(List.of("parentId", "formalMembers", "probationaryMembers", "committeeSize"), fieldsOf(d));
    }

    @Test
    public void liaisonAssignmentNamesEachBadField() {
        try {
            DraftValidator.validate(new LiaisonDraft(null, " ", null, null, null, null));
            fail("accepted an empty assignment");
        } catch (ValidationException e) {
            assertEquals(List.of("kind", "name", "societyId", "fromDate"), e.errors().stream().map(FieldError::field).toList());
        }
        try {
            DraftValidator.validate(new LiaisonDraft(LiaisonKind.INSTRUCTOR, "李红", 1L, ESTABLISHED, ESTABLISHED.minusDays(1), null));
            fail("accepted an assignment ending before it starts");
        } catch (ValidationException e) {
            assertEquals("toDate", e.errors().get(0).field());
        }
        LiaisonDraft open = DraftValidator.validate(new LiaisonDraft(LiaisonKind.LIAISON_OFFICER, " 李红 ", 1L, ESTABLISHED, null, " "));
        assertEquals("李红", open.name());
        assertNull(open.dispatchedBy());
    }

    @Test
    public void requiredCommentMustBeGiven() {
        try {
            DraftValidator.comment("comment", "  ", true);
            fail("accepted a blank comment");
        } catch (ValidationException e) {
            assertEquals("comment", e.errors().get(0).field());
        }
        assertNull(DraftValidator.comment("comment", "  ", false));
        assertEquals("材料不全", DraftValidator.comment("comment", " 材料不全 ", true));
    }

    @Test
    public void dissolutionCannotPrecedeTheEstablishment() {
        DraftValidator.dissolution(ESTABLISHED, ESTABLISHED);
        try {
            DraftValidator.dissolution(ESTABLISHED.minusDays(1), ESTABLISHED);
            fail("dissolved before it was established");
        } catch (ValidationException e) {
            assertEquals("dissolvedOn", e.errors().get(0).field());
        }
    }

    static List<String> fieldsOf(PartyOrganisationDraft d) {
        try {
            DraftValidator.validate(d);
            fail("accepted " + d);
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }
}
