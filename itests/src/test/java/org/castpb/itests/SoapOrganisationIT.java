package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * draft to approval, the refusal of a second approval, the coverage the new organisation gives, and
 * the public contract.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SoapOrganisationIT extends CastpbTestSupport {

    private static final String SOAP_PATH = "/soap/OrganisationService";
    private static final String NS = "http://castpb.org/soap/organisation/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void restAndSoapAreUp() {
        await().atMost(60, TimeUnit.SECONDS).until(() -> get("/v1/societies?limit=1").statusCode() == 200);
        // the SOAP endpoints are published by their own component, possibly a moment after REST
        await().atMost(60, TimeUnit.SECONDS).until(() -> call("GET", SOAP_PATH + "?wsdl", null, null, false).statusCode() == 200);
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
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:o=\"" + NS + "\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    /** The text of the first element with this local name, whatever prefix the server chose. */
    private static String element(String xml, String name) {
        Matcher m = tag(name).matcher(xml);
        assertTrue(name + " in " + xml, m.find());
        return m.group(1);
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
