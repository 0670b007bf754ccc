package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.castpb.api.LedgerDraft;
import org.castpb.api.SocietyDraft;
import org.junit.Test;

/** The REST door reads JSON as typed: a number is no text, no flag and no date. */
public class StrictJsonTest {

    private static final ObjectMapper JSON = RestServer.objectMapper();
    private static final String SOCIETY = "{\"name\":\"中国数学会\",\"uscc\":\"X\",\"kind\":\"SOCIETY\",\"level\":\"NATIONAL\","
            + "\"regionCode\":\"100000\",\"discipline\":\"SCIENCE\",\"groupMemberStatus\":\"MEMBER\"";

    @Test
    public void wellTypedFieldsAreRead() throws Exception {
        SocietyDraft draft = JSON.readValue(SOCIETY + ",\"partyBuildingInCharter\":true,\"foundingYear\":1935,"
                + "\"groupMemberAppliedOn\":\"2016-05-04\"}", SocietyDraft.class);
        assertEquals("中国数学会", draft.name());
        assertEquals(Boolean.TRUE, draft.partyBuildingInCharter());
        assertEquals(Integer.valueOf(1935), draft.foundingYear());
        assertEquals(java.time.LocalDate.of(2016, 5, 4), draft.groupMemberAppliedOn());
    }

    @Test
    public void aNumberIsNotTakenAsText() {
        assertRefused("{\"name\":123,\"uscc\":\"X\"}", SocietyDraft.class, "name");
        assertRefused("{\"name\":1.5}", SocietyDraft.class, "name");
        assertRefused("{\"name\":true}", SocietyDraft.class, "name");
    }

    @Test
    public void aNumberIsNotTakenAsAFlag() {
        assertRefused(SOCIETY + ",\"partyBuildingInCharter\":2}", SocietyDraft.class, "partyBuildingInCharter");
        assertRefused("{\"partyOrganisationEstablished\":1}", LedgerDraft.class, "partyOrganisationEstablished");
        assertRefused("{\"partyOrganisationEstablished\":\"yes\"}", LedgerDraft.class, "partyOrganisationEstablished");
    }

    @Test
    public void textIsNotTakenAsANumber() {
        assertRefused("{\"activitiesInYear\":\"12\"}", LedgerDraft.class, "activitiesInYear");
        assertRefused("{\"activitiesInYear\":12.7}", LedgerDraft.class, "activitiesInYear");
    }

    @Test
    public void aNumberIsNotTakenAsAnEnumConstant() {
        assertRefused("{\"level\":1}", SocietyDraft.class, "level");
    }

    @Test
    public void theRefusalSaysWhatTheFieldTakesInJsonTerms() {
        assertEquals("text (in quotes)", ProblemMapper.expected(String.class));
        assertEquals("true or false", ProblemMapper.expected(Boolean.class));
        assertEquals("a date like 2016-12-31 (in quotes)", ProblemMapper.expected(java.time.LocalDate.class));
    }

    @Test
    public void aBareNumberIsNotADate() {
        assertRefused(SOCIETY + ",\"groupMemberAppliedOn\":17000}", SocietyDraft.class, "groupMemberAppliedOn");
        assertRefused(SOCIETY + ",\"groupMemberAppliedOn\":[2016,5,4]}", SocietyDraft.class, "groupMemberAppliedOn");
    }

    private static void assertRefused(String json, Class<?> type, String field) {
        try {
            Object read = JSON.readValue(json, type);
            fail(json + " was read as " + read);
        } catch (JsonProcessingException e) {
            Problem problem = ProblemMapper.problemFor(e);
            assertEquals(json + ": " + problem, 422, problem.status());
            assertEquals(field, problem.errors().get(0).field());
            assertTrue(problem.detail(), problem.detail().contains(field));
            assertTrue(problem.errors().get(0).message(), !problem.errors().get(0).message().contains("com.fasterxml"));
        }
    }
}
