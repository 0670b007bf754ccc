package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.CastpbException;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.ValidationException;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PartyOrganisationService;
import org.junit.Test;

public class OrganisationDoorTest {

    private final ObjectMapper json = RestServer.objectMapper();

    @Test
    public void stateConflictsAre409WhateverExceptionCarriesThem() {
        for (String code : List.of(EstablishmentRequestService.INVALID_TRANSITION, EstablishmentRequestService.UNACCEPTED_WARNINGS,
                EstablishmentRequestService.WARNING_NOT_RAISED, PartyOrganisationService.ALREADY_DISSOLVED)) {
            assertEquals(code, 409, ProblemMapper.problemFor(new CastpbException(code, "refused")).status());
            Problem conflict = ProblemMapper.problemFor(new ConflictException(code, "refused"));
            assertEquals(409, conflict.status());
            assertEquals(code, conflict.code());
        }
        assertEquals(400, ProblemMapper.problemFor(new CastpbException("SOMETHING_ELSE", "refused")).status());
    }

    @Test
    public void malformedDateParameterIsRefusedNamingIt() {
        List<FieldError> errors = new ArrayList<>();
        QueryParams.dateOrToday(errors, "asOf", "2026-13-40");
        try {
            QueryParams.check(errors);
            fail("a malformed date must be refused");
        } catch (ValidationException e) {
            assertEquals(422, ProblemMapper.problemFor(e).status());
            assertEquals("asOf", e.errors().get(0).field());
        }
    }

    @Test
    public void missingOrMalformedSocietyIdIsNamed() {
        List<FieldError> errors = new ArrayList<>();
        QueryParams.requiredLong(errors, "societyId", null);
        QueryParams.requiredLong(errors, "societyId", "abc");
        assertEquals("REQUIRED", errors.get(0).code());
        assertEquals("INVALID_VALUE", errors.get(1).code());
        assertEquals(7L, QueryParams.requiredLong(new ArrayList<>(), "societyId", "7"));
    }

    @Test
    public void organisationReadCanBePutBackAsDraft() throws Exception {
        String read = "{\"id\":3,\"name\":\"中国数学会党支部\",\"type\":\"BRANCH\",\"parentId\":null,\"societyIds\":[1],"
                + "\"secretary\":{\"name\":\"王小明\",\"source\":\"PRINCIPAL_LEADER\"},\"formalMembers\":5,\"probationaryMembers\":1,"
                + "\"committeeSize\":null,\"establishedOn\":\"2026-11-26\",\"termStartsOn\":\"2026-11-26\",\"termEndsOn\":\"2029-11-25\","
                + "\"note\":null,\"status\":\"ACTIVE\",\"dissolvedOn\":null,\"version\":2,\"updatedAt\":\"2026-11-26T01:00:00Z\",\"updatedBy\":\"admin\"}";
        PartyOrganisationDraft draft = json.readValue(read, PartyOrganisationDraft.class);
        assertEquals("中国数学会党支部", draft.name());
        assertEquals(OrganisationType.BRANCH, draft.type());
        assertEquals(List.of(1L), draft.societyIds());
        assertEquals(LocalDate.of(2029, 11, 25), draft.termEndsOn());
    }

    @Test
    public void stepBodiesRead() throws Exception {
        StepBodies.Dissolution d = json.readValue("{\"dissolvedOn\":\"2026-11-26\",\"reason\":\"学会注销\"}", StepBodies.Dissolution.class);
        assertEquals(LocalDate.of(2026, 11, 26), d.dissolvedOn());
        assertEquals("学会注销", d.reason());
        assertEquals("同意", StepBodies.Comment.of(json.readValue("{\"comment\":\"同意\"}", StepBodies.Comment.class)));
        assertNull(StepBodies.Comment.of(null));
        assertEquals("why", StepBodies.Justification.of(json.readValue("{\"justification\":\"why\"}", StepBodies.Justification.class)));
    }
}
