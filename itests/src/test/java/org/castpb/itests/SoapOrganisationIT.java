package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The organisation port of the SOAP door in the shipped distribution: an establishment request from
 * draft to approval, the refusal of a second approval, the coverage the new organisation gives, the
 * group-member admission check, rectification tasks, snapshots and the trend, and the public contract; party
 * organisations recorded, changed (a stale version refused), their history, children and rule warnings; and the
 * federation port.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SoapOrganisationIT extends CastpbTestSupport {

    private static final String SOAP_PATH = "/soap/OrganisationService";
    private static final String NS = "http://castpb.org/soap/organisation/1";
    private static final String FEDERATION_PATH = "/soap/FederationService";
    private static final String FEDERATION_NS = "http://castpb.org/soap/federation/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void restAndSoapAreUp() {
        await().atMost(BOOT).until(() -> get("/v1/societies?limit=1").statusCode() == 200);
        // the SOAP endpoints are published by their own component, possibly a moment after REST
        await().atMost(BOOT).until(() -> call("GET", SOAP_PATH + "?wsdl", null, null, false).statusCode() == 200);
    }

    @Test
    public void approvedRequestCreatesAnOrganisationThatCountsInCoverage() throws Exception {
        long society = createSociety("中国生物化学与分子生物学会", Usccs.valid("100000", 9701));

        HttpResponse<String> created = soap("<o:createEstablishmentRequest>" + draft("中国生物化学与分子生物学会党支部", society, 5)
                + "</o:createEstablishmentRequest>");
        assertEquals(created.body(), 200, created.statusCode());
        assertEquals("DRAFT", element(created.body(), "state"));
        String id = element(created.body(), "id");

        HttpResponse<String> submitted = soap(step("submitEstablishmentRequest", id, element(created.body(), "version"), "请审批"));
        assertEquals(submitted.body(), 200, submitted.statusCode());
        assertEquals("SUBMITTED", element(submitted.body(), "state"));
        assertEquals(submitted.body(), 0, count(submitted.body(), "warning"));

        HttpResponse<String> pending = soap("<o:listPendingRequests/>");
        assertEquals(pending.body(), 200, pending.statusCode());
        assertTrue(pending.body(), pending.body().matches("(?s).*<(\\w+:)?requestId>" + id + "</(\\w+:)?requestId>.*"));

        HttpResponse<String> approved = soap(step("approveEstablishmentRequest", id, element(submitted.body(), "version"), "同意成立"));
        assertEquals(approved.body(), 200, approved.statusCode());
        assertEquals("APPROVED", element(approved.body(), "state"));
        String organisationId = element(approved.body(), "organisationId");

        HttpResponse<String> organisation = soap("<o:getPartyOrganisation><o:id>" + organisationId + "</o:id></o:getPartyOrganisation>");
        assertEquals(organisation.body(), 200, organisation.statusCode());
        assertEquals("中国生物化学与分子生物学会党支部", element(organisation.body(), "name"));
        assertEquals("BRANCH", element(organisation.body(), "type"));
        assertEquals("ACTIVE", element(organisation.body(), "status"));

        HttpResponse<String> listed = soap("<o:listPartyOrganisations><o:societyId>" + society + "</o:societyId></o:listPartyOrganisations>");
        assertEquals(listed.body(), 1, count(listed.body(), "organisation"));

        // approving again: the request is no longer SUBMITTED
        assertFault(soap(step("approveEstablishmentRequest", id, element(approved.body(), "version"), null)), "INVALID_TRANSITION");
        // an unknown request
        assertFault(soap("<o:getEstablishmentRequest><o:id>999999999</o:id></o:getEstablishmentRequest>"), "NOT_FOUND");

        HttpResponse<String> report = soap("<o:getCoverageReport/>");
        assertEquals(report.body(), 200, report.statusCode());
        assertEquals(TODAY.toString(), element(report.body(), "asOf"));
        long organisationCovered = Long.parseLong(element(report.body(), "organisationCovered"));
        assertTrue(report.body(), organisationCovered >= 1);

        HttpResponse<String> uncovered = soap("<o:listUncoveredSocieties><o:limit>1000</o:limit></o:listUncoveredSocieties>");
        assertEquals(uncovered.body(), 200, uncovered.statusCode());
        assertFalse("the society is covered now: " + uncovered.body(),
                uncovered.body().matches("(?s).*<(\\w+:)?societyId>" + society + "</(\\w+:)?societyId>.*"));
    }

    @Test
    public void admissionCheckCountsASubmittedRequestAndNamesTheUnclearLedger() throws Exception {
        long society = createSociety("中国真空学会", Usccs.valid("100000", 9702));
        String check = "<o:checkAdmission><o:societyId>" + society + "</o:societyId>";

        HttpResponse<String> failing = soap(check + "<o:asOf>2017-06-30</o:asOf></o:checkAdmission>");
        assertEquals(failing.body(), 200, failing.statusCode());
        assertEquals(Long.toString(society), element(failing.body(), "societyId"));
        assertEquals("MEMBER", element(failing.body(), "groupMemberStatus"));
        assertEquals("2017-06-30", element(failing.body(), "asOf"));
        assertEquals("false", element(failing.body(), "pass"));
        assertEquals(List.of("NO_ORGANISATION_OR_REQUEST", "LEDGER_NOT_CLEAR"), elements(failing.body(), "code"));
        assertEquals(List.of("false", "false"), elements(failing.body(), "met"));

        // a submitted request for an organisation meets the organisation condition; the ledger still fails
        HttpResponse<String> created = soap("<o:createEstablishmentRequest>" + draft("中国真空学会党支部", society, 5)
                + "</o:createEstablishmentRequest>");
        assertEquals(created.body(), 200, created.statusCode());
        HttpResponse<String> submitted = soap(step("submitEstablishmentRequest", element(created.body(), "id"),
                element(created.body(), "version"), null));
        assertEquals("SUBMITTED", element(submitted.body(), "state"));

        HttpResponse<String> pending = soap(check + "</o:checkAdmission>");
        assertEquals(pending.body(), 200, pending.statusCode());
        assertEquals("today in Beijing when left out", TODAY.toString(), element(pending.body(), "asOf"));
        assertEquals("false", element(pending.body(), "pass"));
        assertEquals(List.of("PENDING_REQUEST", "LEDGER_NOT_CLEAR"), elements(pending.body(), "code"));
        assertEquals(List.of("true", "false"), elements(pending.body(), "met"));
        assertTrue(pending.body(), pending.body().contains("submitted establishment request " + element(created.body(), "id")));

        assertFault(soap("<o:checkAdmission><o:societyId>987654321</o:societyId></o:checkAdmission>"), "NOT_FOUND");
    }

    @Test
    public void rectificationTasksAreOpenedListedAndClosedByHand() throws Exception {
        long society = createSociety("中国粉体工业学会", Usccs.valid("100000", 9703));

        HttpResponse<String> generated = soap("<o:generateRectificationTasks/>");
        assertEquals(generated.body(), 200, generated.statusCode());
        assertTrue(generated.body(), Integer.parseInt(element(generated.body(), "opened")) >= 3);
        assertEquals("every task exists once", "0", element(soap("<o:generateRectificationTasks/>").body(), "opened"));

        // the society lacks both coverages on 2016-12-31 and organisation coverage on 2017-06-30: three tasks, 90 days each
        HttpResponse<String> overdue = soap("<o:listRectificationTasks><o:overdue>true</o:overdue><o:limit>1000</o:limit>"
                + "</o:listRectificationTasks>");
        assertEquals(overdue.body(), 200, overdue.statusCode());
        assertEquals("1000", element(overdue.body(), "limit"));
        List<String> ours = new ArrayList<>();
        for (String item : elements(overdue.body(), "item")) {
            if (element(item, "societyId").equals(Long.toString(society))) {
                assertEquals(item, "中国粉体工业学会", element(item, "societyName"));
                assertEquals(item, "OPEN", element(item, "status"));
                assertEquals(item, "true", element(item, "overdue"));
                ours.add(element(item, "targetDate") + " " + element(item, "kind") + " " + element(item, "dueOn"));
            }
        }
        assertEquals(overdue.body(), List.of("2016-12-31 ORGANISATION 2017-03-31", "2016-12-31 WORK 2017-03-31",
                "2017-06-30 ORGANISATION 2017-09-28"), ours.stream().sorted().toList());
        assertTrue(overdue.body(), Long.parseLong(element(overdue.body(), "total")) >= 3);

        HttpResponse<String> firstPage = soap("<o:listRectificationTasks><o:limit>1</o:limit></o:listRectificationTasks>");
        assertEquals(firstPage.body(), 1, count(firstPage.body(), "item"));
        assertEquals("0", element(firstPage.body(), "offset"));

        String id = element(firstPage.body(), "id");
        HttpResponse<String> task = soap("<o:getRectificationTask><o:id>" + id + "</o:id></o:getRectificationTask>");
        assertEquals(task.body(), "OPEN", element(task.body(), "status"));
        assertFault(soap("<o:closeRectificationTask><o:id>" + id + "</o:id></o:closeRectificationTask>"), "VALIDATION_FAILED");
        HttpResponse<String> closed = soap("<o:closeRectificationTask><o:id>" + id + "</o:id><o:note>已建立党组织, 材料已核</o:note>"
                + "</o:closeRectificationTask>");
        assertEquals(closed.body(), 200, closed.statusCode());
        assertEquals("CLOSED", element(closed.body(), "status"));
        assertEquals(USER, element(closed.body(), "closedBy"));
        assertEquals(TODAY.toString(), element(closed.body(), "closedOn"));
        assertEquals("已建立党组织, 材料已核", element(closed.body(), "closingNote"));
        assertFault(soap("<o:closeRectificationTask><o:id>" + id + "</o:id><o:note>again</o:note></o:closeRectificationTask>"),
                "ALREADY_CLOSED");
        assertFault(soap("<o:getRectificationTask><o:id>987654321</o:id></o:getRectificationTask>"), "NOT_FOUND");
    }

    @Test
    public void snapshotOfThisMonthIsStoredAndEndsTheTrend() {
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> taken = soap("<o:takeCoverageSnapshot/>");
        assertEquals(taken.body(), 200, taken.statusCode());
        assertEquals(now.toString(), element(taken.body(), "month"));
        assertEquals(TODAY.toString(), element(taken.body(), "asOf"));

        HttpResponse<String> stored = soap("<o:listCoverageSnapshots><o:fromMonth>" + now + "</o:fromMonth><o:toMonth>" + now
                + "</o:toMonth></o:listCoverageSnapshots>");
        assertEquals(stored.body(), 1, count(stored.body(), "snapshot"));

        HttpResponse<String> trend = soap("<o:getCoverageTrend><o:fromMonth>" + now.minusMonths(2) + "</o:fromMonth><o:toMonth>" + now
                + "</o:toMonth></o:getCoverageTrend>");
        assertEquals(trend.body(), 200, trend.statusCode());
        assertEquals(List.of(now.minusMonths(2).toString(), now.minusMonths(1).toString(), now.toString()), elements(trend.body(), "month"));
        assertEquals("true", elements(trend.body(), "stored").get(2));
        assertEquals(element(taken.body(), "inScope"), elements(trend.body(), "inScope").get(2));

        assertFault(soap("<o:getCoverageTrend><o:fromMonth>" + now + "</o:fromMonth><o:toMonth>" + now.minusMonths(1)
                + "</o:toMonth></o:getCoverageTrend>"), "VALIDATION_FAILED");
    }

    @Test
    public void partyOrganisationIsRecordedChangedAndCheckedWithItsHistoryAndChildren() throws Exception {
        long society = createSociety("中国晶体学会", Usccs.valid("100000", 9704));

        HttpResponse<String> created = soap("<o:createPartyOrganisation>" + draft("中国晶体学会党总支", society, 5)
                + "</o:createPartyOrganisation>");
        assertEquals(created.body(), 200, created.statusCode());
        assertEquals("ACTIVE", element(created.body(), "status"));
        assertEquals("5", element(created.body(), "formalMembers"));
        String id = element(created.body(), "id");
        String read = element(created.body(), "version");

        // two formal members: the change is saved, and the rules warn about it
        HttpResponse<String> updated = soap("<o:updatePartyOrganisation><o:id>" + id + "</o:id><o:version>" + read + "</o:version>"
                + draft("中国晶体学会党支部", society, 2) + "</o:updatePartyOrganisation>");
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals("中国晶体学会党支部", element(updated.body(), "name"));
        assertEquals("2", element(updated.body(), "formalMembers"));
        assertTrue(updated.body(), Long.parseLong(element(updated.body(), "version")) > Long.parseLong(read));

        // the version read before that change is no longer current: refused, nothing written
        assertFault(soap("<o:updatePartyOrganisation><o:id>" + id + "</o:id><o:version>" + read + "</o:version>"
                + draft("中国晶体学会第二党支部", society, 7) + "</o:updatePartyOrganisation>"), "VERSION_CONFLICT");
        HttpResponse<String> current = soap("<o:getPartyOrganisation><o:id>" + id + "</o:id></o:getPartyOrganisation>");
        assertEquals("中国晶体学会党支部", element(current.body(), "name"));
        assertEquals(element(updated.body(), "version"), element(current.body(), "version"));

        HttpResponse<String> history = soap("<o:getPartyOrganisationHistory><o:id>" + id + "</o:id></o:getPartyOrganisationHistory>");
        assertEquals(history.body(), 200, history.statusCode());
        List<String> entries = elements(history.body(), "historyEntry");
        assertTrue("the creation and the one change: " + history.body(), entries.size() >= 2);
        assertEquals(USER, element(entries.get(entries.size() - 1), "actor"));
        assertTrue(history.body(), history.body().contains("中国晶体学会党支部"));

        HttpResponse<String> warnings = soap("<o:getPartyOrganisationWarnings><o:id>" + id + "</o:id></o:getPartyOrganisationWarnings>");
        assertEquals(warnings.body(), 200, warnings.statusCode());
        assertTrue(warnings.body(), elements(warnings.body(), "code").contains("TOO_FEW_MEMBERS"));
        // as it stood before the change, with five formal members, the same rule held
        HttpResponse<String> before = soap("<o:checkPartyOrganisation>" + draft("中国晶体学会党总支", society, 5)
                + "</o:checkPartyOrganisation>");
        assertEquals(before.body(), 200, before.statusCode());
        assertFalse(before.body(), elements(before.body(), "code").contains("TOO_FEW_MEMBERS"));
        HttpResponse<String> checked = soap("<o:checkPartyOrganisation>" + draft("中国晶体学会党支部", society, 2)
                + "<o:asOf>" + TODAY + "</o:asOf></o:checkPartyOrganisation>");
        assertTrue(checked.body(), elements(checked.body(), "code").contains("TOO_FEW_MEMBERS"));
        assertTrue(soap("<o:listOrganisationRuleSets/>").body(), count(soap("<o:listOrganisationRuleSets/>").body(), "ruleSet") >= 1);

        HttpResponse<String> child = soap("<o:createPartyOrganisation>" + draft("中国晶体学会党支部第一党小组", society, 3)
                .replace("</o:type>", "</o:type><o:parentId>" + id + "</o:parentId>") + "</o:createPartyOrganisation>");
        assertEquals(child.body(), 200, child.statusCode());
        HttpResponse<String> children = soap("<o:listChildOrganisations><o:id>" + id + "</o:id></o:listChildOrganisations>");
        assertEquals(children.body(), 200, children.statusCode());
        assertEquals(List.of(element(child.body(), "id")), elements(children.body(), "id"));
        assertEquals("[]", elements(soap("<o:listChildOrganisations><o:id>" + element(child.body(), "id") + "</o:id>"
                + "</o:listChildOrganisations>").body(), "id").toString());
        assertFault(soap("<o:getPartyOrganisationHistory><o:id>987654321</o:id></o:getPartyOrganisationHistory>"), "NOT_FOUND");

        HttpResponse<String> targets = soap("<o:listCoverageTargets/>");
        assertEquals(targets.body(), 200, targets.statusCode());
        assertTrue(targets.body(), elements(targets.body(), "date").contains("2016-12-31"));
    }

    @Test
    public void federationPortTellsWhoThisInstanceIsAndItsOverview() {
        HttpResponse<String> instance = call("POST", FEDERATION_PATH, "text/xml; charset=UTF-8",
                envelope(FEDERATION_NS, "<o:getInstance/>"), true);
        assertEquals(instance.body(), 200, instance.statusCode());
        assertEquals("cast", element(instance.body(), "instanceId"));
        assertEquals("NATIONAL", element(instance.body(), "level"));
        assertEquals("100000", element(instance.body(), "regionCode"));

        HttpResponse<String> overview = call("POST", FEDERATION_PATH, "text/xml; charset=UTF-8",
                envelope(FEDERATION_NS, "<o:getFederationOverview/>"), true);
        assertEquals(overview.body(), 200, overview.statusCode());
        assertEquals("today in Beijing when left out", TODAY.toString(), element(overview.body(), "asOf"));
        assertEquals(overview.body(), 1, count(overview.body(), "own"));

        HttpResponse<String> anonymous = call("POST", FEDERATION_PATH, "text/xml; charset=UTF-8",
                envelope(FEDERATION_NS, "<o:getInstance/>"), false);
        assertEquals(anonymous.body(), 401, anonymous.statusCode());
    }

    @Test
    public void contractIsPublicAndNamesTheOrganisationService() {
        HttpResponse<String> wsdl = call("GET", SOAP_PATH + "?wsdl", null, null, false);
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body(), wsdl.body().contains("OrganisationService"));
        assertTrue(wsdl.body(), wsdl.body().contains(NS));

        // the data behind it is not public
        HttpResponse<String> anonymous = call("POST", SOAP_PATH, "text/xml; charset=UTF-8", envelope("<o:listPendingRequests/>"), false);
        assertEquals(anonymous.body(), 401, anonymous.statusCode());
    }

    // ---- helpers ----

    private long createSociety(String name, String uscc) throws Exception {
        HttpResponse<String> created = postJson("/v1/societies", "{\"name\":\"" + name + "\",\"uscc\":\"" + uscc
                + "\",\"kind\":\"SOCIETY\",\"level\":\"NATIONAL\",\"regionCode\":\"100000\",\"discipline\":\"SCIENCE\","
                + "\"groupMemberStatus\":\"MEMBER\"}");
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    /** A branch for one society, its term the prescribed three years from today, its secretary the principal leader. */
    private static String draft(String name, long society, int formalMembers) {
        return "<o:draft><o:name>" + name + "</o:name><o:type>BRANCH</o:type><o:societyId>" + society + "</o:societyId>"
                + "<o:secretary><o:name>王小明</o:name><o:source>PRINCIPAL_LEADER</o:source></o:secretary>"
                + "<o:formalMembers>" + formalMembers + "</o:formalMembers><o:probationaryMembers>0</o:probationaryMembers>"
                + "<o:establishedOn>" + TODAY + "</o:establishedOn><o:termStartsOn>" + TODAY + "</o:termStartsOn>"
                + "<o:termEndsOn>" + TODAY.plusYears(3).minusDays(1) + "</o:termEndsOn></o:draft>";
    }

    private static String step(String operation, String id, String version, String comment) {
        return "<o:" + operation + "><o:id>" + id + "</o:id><o:version>" + version + "</o:version>"
                + (comment == null ? "" : "<o:comment>" + comment + "</o:comment>") + "</o:" + operation + ">";
    }

    private static void assertFault(HttpResponse<String> response, String code) {
        assertEquals(response.body(), 500, response.statusCode());
        assertEquals(code, element(response.body(), "code"));
        assertTrue(response.body(), response.body().contains("soap:Client"));
        assertFalse(response.body(), response.body().contains("at org."));
    }

    private HttpResponse<String> soap(String operation) {
        return call("POST", SOAP_PATH, "text/xml; charset=UTF-8", envelope(operation), true);
    }

    private static String envelope(String body) {
        return envelope(NS, body);
    }

    private static String envelope(String namespace, String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:o=\"" + namespace + "\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    /** The text of the first element with this local name, whatever prefix the server chose. */
    private static String element(String xml, String name) {
        Matcher m = tag(name).matcher(xml);
        assertTrue(name + " in " + xml, m.find());
        return m.group(1);
    }

    /** The text of every element with this local name, in document order. */
    private static List<String> elements(String xml, String name) {
        Matcher m = tag(name).matcher(xml);
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    /** How many elements with this local name there are. */
    private static int count(String xml, String name) {
        Matcher m = tag(name).matcher(xml);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Pattern tag(String name) {
        String qualified = "(?:[\\w.-]+:)?" + Pattern.quote(name);
        return Pattern.compile("<" + qualified + "(?:\\s[^>]*)?>((?:(?!<" + qualified + "[\\s>]).)*?)</" + qualified + ">", Pattern.DOTALL);
    }
}
