package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The party-organisation endpoints over HTTP in the shipped distribution: establishment requests from
 * draft to approval, rule warnings that block approval until accepted, liaison assignments, and the
 * refusals every door gives (malformed dates, missing If-Match, steps the state does not allow).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OrganisationRestIT extends CastpbTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void restIsUp() {
        await().atMost(BOOT).until(() -> get("/v1/societies?limit=1").statusCode() == 200
                && get("/v1/establishment-requests/pending").statusCode() == 200);
    }

    @Test
    public void approvedRequestCreatesTheOrganisationListedForTheSociety() throws Exception {
        long society = createSociety("中国植物学会", Usccs.valid("100000", 9501));
        // the society's ledger says its organisation is still being prepared (正在筹建)
        assertEquals(200, call("PUT", "/v1/societies/" + society + "/ledger", "application/json", "{\"runningState\":\"NORMAL\","
                + "\"activitiesInYear\":6,\"fullTimeStaff\":8,\"staffPartyMembers\":5,\"formalMembers\":5,\"probationaryMembers\":0,"
                + "\"partyOrganisationEstablished\":false,\"noOrganisationReason\":\"IN_PREPARATION\",\"noOrganisationText\":\"正在筹建\","
                + "\"note\":\"年度更新\"}", true, "If-Match", "\"0\"").statusCode());

        HttpResponse<String> created = postJson("/v1/establishment-requests", draft("中国植物学会党支部", society, 5));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode request = JSON.readTree(created.body());
        long id = request.get("id").asLong();
        String path = "/v1/establishment-requests/" + id;
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api" + path));
        assertEquals(etag(request), created.headers().firstValue("ETag").orElseThrow());
        assertEquals("DRAFT", request.get("state").asText());
        assertEquals("中国植物学会党支部", request.get("draft").get("name").asText());

        HttpResponse<String> read = get(path);
        assertEquals(200, read.statusCode());
        assertEquals(etag(request), read.headers().firstValue("ETag").orElseThrow());

        JsonNode submitted = step(path + "/submit", request, "{\"comment\":\"请审批\"}", 200);
        assertEquals("SUBMITTED", submitted.get("state").asText());
        assertEquals(submitted.toString(), 0, submitted.get("warnings").size());

        JsonNode queued = find(JSON.readTree(get("/v1/establishment-requests/pending").body()), "requestId", id);
        assertNotNull("the pending queue lists the submitted request", queued);
        assertEquals(0, queued.get("ageDays").asLong());
        assertFalse(queued.get("overdue").asBoolean());
        assertEquals(submitted.get("version").asLong(), queued.get("version").asLong());

        JsonNode approved = step(path + "/approve", submitted, "{\"comment\":\"同意成立\"}", 200);
        assertEquals("APPROVED", approved.get("state").asText());
        assertTrue(approved.toString(), approved.get("organisationId").isNumber());
        long organisationId = approved.get("organisationId").asLong();
        assertNull(find(JSON.readTree(get("/v1/establishment-requests/pending").body()), "requestId", id));

        JsonNode listed = JSON.readTree(get("/v1/party-organisations?societyId=" + society).body());
        JsonNode organisation = find(listed, "id", organisationId);
        assertNotNull(listed.toString(), organisation);
        assertEquals("中国植物学会党支部", organisation.get("name").asText());
        assertEquals("BRANCH", organisation.get("type").asText());
        assertEquals("ACTIVE", organisation.get("status").asText());

        HttpResponse<String> one = get("/v1/party-organisations/" + organisationId);
        assertEquals(200, one.statusCode());
        assertEquals(etag(organisation), one.headers().firstValue("ETag").orElseThrow());
        assertEquals(0, JSON.readTree(get("/v1/party-organisations/" + organisationId + "/warnings").body()).size());

        // approving again: the request is no longer SUBMITTED
        assertProblem(call("POST", path + "/approve", "application/json", "{}", true, "If-Match", etag(approved)),
                409, "INVALID_TRANSITION");

        // the ledger follows the approval: a revision by the system naming the request, the rest kept
        JsonNode ledger = JSON.readTree(get("/v1/societies/" + society + "/ledger").body());
        assertEquals(ledger.toString(), 2, ledger.get("revision").asInt());
        assertEquals("castpb-system", ledger.get("recordedBy").asText());
        JsonNode content = ledger.get("content");
        assertTrue(content.toString(), content.get("partyOrganisationEstablished").asBoolean());
        assertTrue(content.toString(), content.get("noOrganisationReason").isNull());
        assertTrue(content.toString(), content.get("note").asText().contains("establishment request " + id + " approved"));
        assertEquals(6, content.get("activitiesInYear").asInt());

        // and its dissolution: not established any more, the reason names the organisation dissolved
        HttpResponse<String> dissolved = call("POST", "/v1/party-organisations/" + organisationId + "/dissolve", "application/json",
                "{\"dissolvedOn\":\"" + TODAY + "\",\"reason\":\"学会注销\"}", true,
                "If-Match", etag(organisation));
        assertEquals(dissolved.body(), 200, dissolved.statusCode());
        JsonNode after = JSON.readTree(get("/v1/societies/" + society + "/ledger").body());
        assertEquals(after.toString(), 3, after.get("revision").asInt());
        assertFalse(after.toString(), after.get("content").get("partyOrganisationEstablished").asBoolean());
        assertEquals("OTHER", after.get("content").get("noOrganisationReason").asText());
        assertTrue(after.toString(), after.get("content").get("noOrganisationText").asText().contains(organisationId + " 中国植物学会党支部"));
        assertTrue(after.toString(), after.get("content").get("note").asText().contains("学会注销"));
    }

    @Test
    public void tooFewMembersBlocksApprovalUntilTheWarningIsAccepted() throws Exception {
        long society = createSociety("中国微生物学会", Usccs.valid("100000", 9502));
        HttpResponse<String> created = postJson("/v1/establishment-requests", draft("中国微生物学会党支部", society, 2));
        assertEquals(created.body(), 201, created.statusCode());
        String path = "/v1/establishment-requests/" + JSON.readTree(created.body()).get("id").asLong();

        // the same warning is visible without saving anything
        HttpResponse<String> checked = postJson("/v1/party-organisations/check", draft("中国微生物学会党支部", society, 2));
        assertEquals(checked.body(), 200, checked.statusCode());
        assertEquals("TOO_FEW_MEMBERS", JSON.readTree(checked.body()).get(0).get("code").asText());

        JsonNode submitted = step(path + "/submit", JSON.readTree(created.body()), "{}", 200);
        assertEquals(submitted.toString(), 1, submitted.get("warnings").size());
        assertEquals("TOO_FEW_MEMBERS", submitted.get("warnings").get(0).get("code").asText());

        assertProblem(call("POST", path + "/approve", "application/json", "{}", true, "If-Match", etag(submitted)),
                409, "UNACCEPTED_WARNINGS");
        // a warning must be justified, and only a raised one can be accepted
        assertProblem(call("POST", path + "/warnings/TOO_FEW_MEMBERS/accept", "application/json", "{}", true,
                "If-Match", etag(submitted)), 422, "VALIDATION_FAILED");
        assertProblem(call("POST", path + "/warnings/TERM_LENGTH/accept", "application/json", "{\"justification\":\"无\"}", true,
                "If-Match", etag(submitted)), 409, "WARNING_NOT_RAISED");

        JsonNode accepted = step(path + "/warnings/TOO_FEW_MEMBERS/accept", submitted,
                "{\"justification\":\"与相关学会联合组建前先行成立\"}", 200);
        assertEquals("SUBMITTED", accepted.get("state").asText());
        assertEquals("TOO_FEW_MEMBERS", accepted.get("acceptances").get(0).get("code").asText());
        assertEquals("admin", accepted.get("acceptances").get(0).get("acceptedBy").asText());

        JsonNode approved = step(path + "/approve", accepted, "{}", 200);
        assertEquals("APPROVED", approved.get("state").asText());
        assertTrue(approved.get("organisationId").isNumber());
    }

    @Test
    public void liaisonAssignmentRoundTrips() throws Exception {
        long society = createSociety("中国遗传学会", Usccs.valid("100000", 9503));
        String body = "{\"kind\":\"LIAISON_OFFICER\",\"name\":\"张伟\",\"societyId\":" + society + ",\"fromDate\":\"" + TODAY
                + "\",\"toDate\":null,\"dispatchedBy\":\"中国科协科技社团党委\"}";
        HttpResponse<String> created = postJson("/v1/liaison-assignments", body);
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode assignment = JSON.readTree(created.body());
        String path = "/v1/liaison-assignments/" + assignment.get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api" + path));

        HttpResponse<String> read = get(path);
        assertEquals(200, read.statusCode());
        assertEquals("张伟", JSON.readTree(read.body()).get("name").asText());
        assertEquals(etag(assignment), read.headers().firstValue("ETag").orElseThrow());

        // end it tomorrow: PUT back what was read, changed
        ObjectNode changed = (ObjectNode) JSON.readTree(read.body());
        changed.put("toDate", TODAY.plusDays(1).toString());
        assertProblem(call("PUT", path, "application/json", changed.toString(), true), 428, "PRECONDITION_REQUIRED");
        HttpResponse<String> updated = call("PUT", path, "application/json", changed.toString(), true, "If-Match", etag(assignment));
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals(TODAY.plusDays(1).toString(), JSON.readTree(updated.body()).get("toDate").asText());
        assertProblem(call("PUT", path, "application/json", changed.toString(), true, "If-Match", etag(assignment)),
                412, "VERSION_CONFLICT");

        String bySociety = "/v1/liaison-assignments?societyId=" + society;
        assertEquals(1, JSON.readTree(get(bySociety).body()).size());
        assertEquals(1, JSON.readTree(get(bySociety + "&asOf=" + TODAY).body()).size());
        assertEquals(0, JSON.readTree(get(bySociety + "&asOf=" + TODAY.plusDays(2)).body()).size());
    }

    @Test
    public void coverageCountsASocietyAnApprovalALiaisonAndADissolutionOnTheNextCall() throws Exception {
        // the figures are kept between calls: each read below follows a change made just before it
        long[] start = coverage();
        long society = createSociety("中国古生物学会", Usccs.valid("100000", 9505));
        assertFigures(start, 1, 0, 0, coverage());

        HttpResponse<String> created = postJson("/v1/establishment-requests", draft("中国古生物学会党支部", society, 5));
        assertEquals(created.body(), 201, created.statusCode());
        String path = "/v1/establishment-requests/" + JSON.readTree(created.body()).get("id").asLong();
        JsonNode approved = step(path + "/approve", step(path + "/submit", JSON.readTree(created.body()), "{}", 200), "{}", 200);
        assertFigures(start, 1, 1, 1, coverage());

        long other = createSociety("中国动物学会", Usccs.valid("100000", 9506));
        assertEquals(201, postJson("/v1/liaison-assignments", "{\"kind\":\"INSTRUCTOR\",\"name\":\"刘洋\",\"societyId\":" + other
                + ",\"fromDate\":\"" + TODAY + "\",\"toDate\":null,\"dispatchedBy\":\"中国科协科技社团党委\"}").statusCode());
        assertFigures(start, 2, 1, 2, coverage());

        long organisationId = approved.get("organisationId").asLong();
        HttpResponse<String> organisation = get("/v1/party-organisations/" + organisationId);
        assertEquals(200, call("POST", "/v1/party-organisations/" + organisationId + "/dissolve", "application/json",
                "{\"dissolvedOn\":\"" + TODAY + "\",\"reason\":\"合并\"}", true,
                "If-Match", organisation.headers().firstValue("ETag").orElseThrow()).statusCode());
        assertFigures(start, 2, 0, 1, coverage());

        // by city: six-digit keys ending in 00 that add up to the totals; the national societies are all under 100000
        JsonNode byCity = JSON.readTree(get("/v1/coverage?groupBy=CITY").body());
        assertEquals("CITY", byCity.get("groupBy").asText());
        long counted = 0;
        for (JsonNode row : byCity.get("rows")) {
            assertTrue(row.toString(), row.get("key").asText().matches("\\d{4}00"));
            counted += row.get("figures").get("inScope").asLong();
        }
        assertEquals(byCity.get("totals").get("inScope").asLong(), counted);
        assertEquals(start[0] + 2, counted);
    }

    /** Societies counted, organisation-covered and work-covered today, as the national administrator reads them. */
    private long[] coverage() throws Exception {
        HttpResponse<String> report = get("/v1/coverage");
        assertEquals(report.body(), 200, report.statusCode());
        JsonNode totals = JSON.readTree(report.body()).get("totals");
        return new long[] {totals.get("inScope").asLong(), totals.get("organisationCovered").asLong(), totals.get("workCovered").asLong()};
    }

    private static void assertFigures(long[] start, long inScope, long organisation, long work, long[] now) {
        assertEquals("societies counted", start[0] + inScope, now[0]);
        assertEquals("organisation-covered", start[1] + organisation, now[1]);
        assertEquals("work-covered", start[2] + work, now[2]);
    }

    @Test
    public void badInputIsAProblemDocumentNeverA500() throws Exception {
        long society = createSociety("中国生态学学会", Usccs.valid("100000", 9504));
        HttpResponse<String> created = postJson("/v1/establishment-requests", draft("中国生态学学会党支部", society, 5));
        assertEquals(created.body(), 201, created.statusCode());
        String path = "/v1/establishment-requests/" + JSON.readTree(created.body()).get("id").asLong();

        // a step without If-Match
        assertProblem(call("POST", path + "/submit", "application/json", "{}", true), 428, "PRECONDITION_REQUIRED");

        // malformed dates in query parameters name the parameter
        JsonNode badDate = assertProblem(get("/v1/party-organisations/1?asOf=2026-02-30"), 422, "VALIDATION_FAILED");
        assertEquals("asOf", badDate.get("errors").get(0).get("field").asText());
        assertEquals("asOf", assertProblem(get("/v1/party-organisations/1/warnings?asOf=yesterday"), 422, "VALIDATION_FAILED")
                .get("errors").get(0).get("field").asText());
        assertEquals("asOf", assertProblem(get("/v1/liaison-assignments?societyId=" + society + "&asOf=26-11-2026"), 422,
                "VALIDATION_FAILED").get("errors").get(0).get("field").asText());
        assertEquals("societyId", assertProblem(get("/v1/party-organisations"), 422, "VALIDATION_FAILED")
                .get("errors").get(0).get("field").asText());

        // an invalid draft names its fields; an unknown one is 404
        assertProblem(postJson("/v1/establishment-requests", "{\"name\":\"无类型党支部\"}"), 422, "VALIDATION_FAILED");
        assertProblem(get("/v1/establishment-requests/987654321"), 404, "NOT_FOUND");
        assertProblem(get("/v1/party-organisations/987654321"), 404, "NOT_FOUND");
        assertTrue(JSON.readTree(get("/v1/party-organisations/rule-sets").body()).size() >= 2);
    }

    // ---- helpers ----

    /** Takes a workflow step on the version read and returns the request afterwards. */
    private JsonNode step(String path, JsonNode read, String body, int status) throws Exception {
        HttpResponse<String> response = call("POST", path, "application/json", body, true, "If-Match", etag(read));
        assertEquals(response.body(), status, response.statusCode());
        JsonNode after = JSON.readTree(response.body());
        assertEquals(etag(after), response.headers().firstValue("ETag").orElseThrow());
        return after;
    }

    private static String etag(JsonNode record) {
        return "\"" + record.get("version").asLong() + "\"";
    }

    private static JsonNode find(JsonNode array, String field, long id) {
        for (JsonNode item : array) {
            if (item.get(field).asLong() == id) {
                return item;
            }
        }
        return null;
    }

    private long createSociety(String name, String uscc) throws Exception {
        HttpResponse<String> created = postJson("/v1/societies", "{\"name\":\"" + name + "\",\"uscc\":\"" + uscc
                + "\",\"kind\":\"SOCIETY\",\"level\":\"NATIONAL\",\"regionCode\":\"100000\",\"discipline\":\"SCIENCE\","
                + "\"groupMemberStatus\":\"MEMBER\"}");
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    /** A branch for one society, its term the prescribed three years from today, its secretary the principal leader. */
    private static String draft(String name, long society, int formalMembers) {
        ObjectNode draft = JSON.createObjectNode();
        draft.put("name", name);
        draft.put("type", "BRANCH");
        draft.putArray("societyIds").add(society);
        draft.putObject("secretary").put("name", "王小明").put("source", "PRINCIPAL_LEADER");
        draft.put("formalMembers", formalMembers);
        draft.put("probationaryMembers", 0);
        draft.put("establishedOn", TODAY.toString());
        draft.put("termStartsOn", TODAY.toString());
        draft.put("termEndsOn", TODAY.plusYears(3).minusDays(1).toString());
        return draft.toString();
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(response.body(), code, problem.get("code").asText());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(response.body(), response.body().contains("Exception") || response.body().contains("at org."));
        return problem;
    }
}
