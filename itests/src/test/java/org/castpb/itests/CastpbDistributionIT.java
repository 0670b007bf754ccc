package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.castpb.api.Actor;
import org.castpb.api.SocietyService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * The castpb distribution as shipped, booted once for all these tests: features, the REST
 * door with each of its error cases and its OpenAPI document, the SOAP door with a fault, the shell, and authentication.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CastpbDistributionIT extends CastpbTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOAP_PATH = "/soap/SocietyService";

    @Inject
    @Filter(timeout = 120_000)
    SocietyService societies;

    @Inject
    @Filter(timeout = 120_000)
    org.castpb.api.organisation.EstablishmentRequestService requests;

    @Inject
    org.castpb.api.organisation.PartyOrganisationService organisations;

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    org.osgi.framework.BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    /** Whether the first request for the OpenAPI document has been made, with a forged Host header. */
    private static boolean documentPoisoned;

    @Before
    public void restIsUp() throws Exception {
        await().atMost(BOOT).until(() -> get("/v1/societies?limit=1").statusCode() == 200);
        if (!documentPoisoned) {
            // the first request for the document after start, before any test reads it: a server taken from
            // this request would be kept and advertised to every later caller
            documentPoisoned = true;
            String answer = rawHttp("GET /api/v1/openapi.json HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertTrue(answer, answer.startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    public void everyCastpbFeatureIsInstalled() {
        for (String feature : new String[] {"castpb", "castpb-core", "castpb-rest", "castpb-openapi", "castpb-soap", "castpb-shell"}) {
            // on a busy machine the boot provisioning may still be settling when the first test runs
            await().atMost(60, TimeUnit.SECONDS).ignoreExceptions()
                    .until(() -> features.getFeature(feature) != null && features.isInstalled(features.getFeature(feature)));
        }
    }

    @Test
    public void societyRoundTripsOverRestWithChineseText() throws Exception {
        String uscc = Usccs.valid("100000", 1001);
        HttpResponse<String> created = postJson("/v1/societies", society("中国力学学会", uscc, "NATIONAL", "100000", "SCIENCE"));
        assertEquals(created.body(), 201, created.statusCode());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElseThrow());
        JsonNode body = JSON.readTree(created.body());
        long id = body.get("id").asLong();
        assertTrue(location, location.endsWith("/api/v1/societies/" + id));

        HttpResponse<String> read = get("/v1/societies/" + id);
        assertEquals(200, read.statusCode());
        JsonNode society = JSON.readTree(read.body());
        assertEquals("中国力学学会", society.get("name").asText());
        assertEquals(uscc, society.get("uscc").asText());
        assertEquals("NATIONAL", society.get("level").asText());
        assertEquals("100000", society.get("regionCode").asText());
        assertEquals("SCIENCE", society.get("discipline").asText());
        assertEquals("MEMBER", society.get("groupMemberStatus").asText());
        assertEquals(1, society.get("version").asLong());

        // PUT back what was read, changed: read-only fields are accepted and ignored
        ((com.fasterxml.jackson.databind.node.ObjectNode) society).put("nameEn", "Chinese Society of Theoretical and Applied Mechanics");
        HttpResponse<String> updated = call("PUT", "/v1/societies/" + id, "application/json", society.toString(), true, "If-Match", "\"1\"");
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals("\"2\"", updated.headers().firstValue("ETag").orElseThrow());
        assertEquals("Chinese Society of Theoretical and Applied Mechanics", JSON.readTree(updated.body()).get("nameEn").asText());

        // the service behind every door sees the same record
        assertEquals("中国力学学会", societies.get(Actor.SYSTEM, id).name());
        assertEquals(2, societies.get(Actor.SYSTEM, id).version());
    }

    @Test
    public void listingIsFilteredAndPaged() throws Exception {
        for (int i = 0; i < 3; i++) {
            String uscc = Usccs.valid("650000", 2000 + i);
            assertEquals(201, postJson("/v1/societies", society("新疆维吾尔自治区学会" + i, uscc, "PROVINCIAL", "650000", "AGRICULTURE")).statusCode());
        }
        assertEquals(201, postJson("/v1/societies", society("乌鲁木齐市学会", Usccs.valid("650100", 2010), "MUNICIPAL", "650100", "MEDICINE")).statusCode());

        JsonNode page = JSON.readTree(get("/v1/societies?regionPrefix=65&level=PROVINCIAL&limit=2").body());
        assertEquals(3, page.get("total").asLong());
        assertEquals(2, page.get("items").size());
        JsonNode next = JSON.readTree(get("/v1/societies?regionPrefix=65&level=PROVINCIAL&limit=2&offset=2").body());
        assertEquals(1, next.get("items").size());
        assertEquals(1, JSON.readTree(get("/v1/societies?regionPrefix=6501&discipline=MEDICINE").body()).get("total").asLong());
        assertEquals(0, JSON.readTree(get("/v1/societies?regionPrefix=65&groupMemberStatus=APPLICANT").body()).get("total").asLong());
    }

    @Test
    public void restRefusalsAreProblemDocumentsWithStableCodes() throws Exception {
        // malformed JSON
        assertProblem(postJson("/v1/societies", "{\"name\": \"中国数学会\","), 400, "MALFORMED_JSON");

        // invalid field: a USCC whose check character is wrong names the field and the expected character
        String[] bad = Usccs.withWrongCheck(Usccs.valid("100000", 3001));
        JsonNode invalid = assertProblem(postJson("/v1/societies", society("中国数学会", bad[0], "NATIONAL", "100000", "SCIENCE")), 422, "VALIDATION_FAILED");
        assertEquals("uscc", invalid.get("errors").get(0).get("field").asText());
        assertTrue(invalid.toString(), invalid.get("errors").get(0).get("message").asText().contains("'" + bad[1] + "'"));

        // an unknown enum value names its field
        JsonNode badLevel = assertProblem(postJson("/v1/societies",
                society("中国数学会", Usccs.valid("100000", 3002), "GALACTIC", "100000", "SCIENCE")), 422, "VALIDATION_FAILED");
        assertEquals("level", badLevel.get("errors").get(0).get("field").asText());

        // unknown id
        assertProblem(get("/v1/societies/987654321"), 404, "NOT_FOUND");

        // duplicate USCC
        String uscc = Usccs.valid("100000", 3003);
        HttpResponse<String> created = postJson("/v1/societies", society("中国化学会", uscc, "NATIONAL", "100000", "SCIENCE"));
        assertEquals(201, created.statusCode());
        assertProblem(postJson("/v1/societies", society("另一个学会", uscc, "NATIONAL", "100000", "SCIENCE")), 409, "DUPLICATE_USCC");

        // PUT without If-Match, then with a stale version
        String path = "/v1/societies/" + JSON.readTree(created.body()).get("id").asLong();
        String change = society("中国化学会", uscc, "NATIONAL", "100000", "ENGINEERING");
        assertProblem(call("PUT", path, "application/json", change, true), 428, "PRECONDITION_REQUIRED");
        assertEquals(200, call("PUT", path, "application/json", change, true, "If-Match", "\"1\"").statusCode());
        assertProblem(call("PUT", path, "application/json", change, true, "If-Match", "\"1\""), 412, "VERSION_CONFLICT");

        // bad query parameters
        JsonNode badQuery = assertProblem(get("/v1/societies?limit=100000"), 422, "VALIDATION_FAILED");
        assertEquals("limit", badQuery.get("errors").get(0).get("field").asText());

        // wrong media type, unknown path
        assertProblem(call("POST", "/v1/societies", "text/plain", "hello", true), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(get("/v1/no-such-thing"), 404, "NOT_FOUND");
    }

    @Test
    public void anonymousCallersGet401OnRestAndSoap() {
        HttpResponse<String> rest = call("GET", "/v1/societies", null, null, false);
        assertEquals(401, rest.statusCode());
        assertTrue(rest.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertEquals(401, call("POST", SOAP_PATH, "text/xml; charset=UTF-8", soapGet(1), false).statusCode());
        HttpResponse<String> wrongPassword = call("GET", "/v1/societies", null, null, false,
                "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:wrong".getBytes()));
        assertEquals(401, wrongPassword.statusCode());
    }

    @Test
    public void openApiDocumentDescribesTheRestApiAndIsPublicLikeTheWsdls() throws Exception {
        HttpResponse<String> document = get("/v1/openapi.json");
        assertEquals(document.body(), 200, document.statusCode());
        JsonNode paths = JSON.readTree(document.body()).get("paths");
        for (String path : new String[] {"/societies", "/societies/{id}/ledger", "/party-organisations", "/coverage", "/evaluation/campaigns"}) {
            assertTrue(path + " in " + paths.fieldNames(), paths.has(path));
        }
        // a bean parameter is described as query parameters, not as a request body of a GET
        assertFalse(paths.get("/societies").get("get").has("requestBody"));
        assertEquals(200, call("GET", "/v1/openapi.json", null, null, false).statusCode());
        // Swagger UI calls the API, so it asks for the same login
        assertEquals(401, call("GET", "/v1/api-docs", null, null, false).statusCode());
    }

    @Test
    public void openApiDocumentNamesARelativeServerWhateverHostTheFirstCallerSent() throws Exception {
        HttpResponse<String> document = call("GET", "/v1/openapi.json", null, null, false);
        assertEquals(200, document.statusCode());
        assertFalse(document.body(), document.body().contains("evil.example"));
        JsonNode servers = JSON.readTree(document.body()).get("servers");
        assertEquals(servers.toString(), 1, servers.size());
        assertEquals("/api/v1", servers.get(0).get("url").asText());
        assertFalse(call("GET", "/v1/openapi.yaml", null, null, false).body().contains("evil.example"));
    }

    @Test
    public void datesOutsideTheAcceptedRangeAreRefusedAtEveryDoorNamingTheField() throws Exception {
        long id = createSociety("中国古生物学会", Usccs.valid("100000", 8601), "NATIONAL", "100000");
        // these answered 500, or read the current state as of a day 7,000 years ago and passed an admission check
        for (String[] call : new String[][] {
                {"/v1/societies/" + id + "/ledger?asOf=-10000-01-01", "asOf"},
                {"/v1/societies/" + id + "/admission-check?asOf=-5000-01-01", "asOf"},
                {"/v1/coverage?asOf=-10000-01-01", "asOf"},
                {"/v1/coverage/uncovered?asOf=2101-01-01", "asOf"},
                {"/v1/coverage/trend?from=1900-01&to=1949-12", "fromMonth"}}) {
            JsonNode refused = assertProblem(get(call[0]), 422, "VALIDATION_FAILED");
            assertEquals(call[0], call[1], refused.get("errors").get(0).get("field").asText());
            assertEquals(call[0], "DATE_OUT_OF_RANGE", refused.get("errors").get(0).get("code").asText());
        }
        // the year -1 was stored as 0002-01-01
        JsonNode body = assertProblem(postJson("/v1/societies", society("中国古脊椎动物学会", Usccs.valid("100000", 8602), "NATIONAL", "100000", "SCIENCE")
                .replace("{", "{\"groupMemberAppliedOn\":\"-0001-01-01\",")), 422, "VALIDATION_FAILED");
        assertEquals("groupMemberAppliedOn", body.get("errors").get(0).get("field").asText());
        assertEquals("DATE_OUT_OF_RANGE", body.get("errors").get(0).get("code").asText());

        HttpResponse<String> fault = soap("<s:getLedger><s:societyId>" + id + "</s:societyId><s:asOf>-10000-01-01</s:asOf></s:getLedger>");
        assertEquals("VALIDATION_FAILED", between(fault.body(), "<code>", "</code>"));
        assertTrue(fault.body(), fault.body().contains("<field>asOf</field>"));
        HttpResponse<String> unreadable = soap("<s:getLedger><s:societyId>" + id + "</s:societyId><s:asOf>2016-13-01</s:asOf></s:getLedger>");
        assertEquals(unreadable.body(), "VALIDATION_FAILED", between(unreadable.body(), "<code>", "</code>"));
        assertTrue(unreadable.body(), unreadable.body().contains("soap:Client"));
        assertFalse(unreadable.body(), unreadable.body().contains("java."));

        awaitCommands(sessionFactory, "ledger:show");
        try {
            executeCommand(sessionFactory, "ledger:show --as-of 1900-01-01 " + id);
            org.junit.Assert.fail("the console read a ledger as of 1900");
        } catch (Exception e) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append(" | ");
            }
            assertTrue(messages.toString(), messages.toString().contains("Error: VALIDATION_FAILED") && messages.toString().contains("asOf"));
        }
    }

    @Test
    public void jsonIsReadAsTypedNamingTheFieldOfAnyOtherType() throws Exception {
        String valid = society("中国微生物学会", Usccs.valid("100000", 8701), "NATIONAL", "100000", "SCIENCE");
        for (String[] bad : new String[][] {
                {valid.replace("\"name\":\"中国微生物学会\"", "\"name\":123"), "name"},
                {valid.replace("{", "{\"partyBuildingInCharter\":2,"), "partyBuildingInCharter"},
                {valid.replace("{", "{\"groupMemberAppliedOn\":17000,"), "groupMemberAppliedOn"},
                {valid.replace("{", "{\"foundingYear\":\"1950\","), "foundingYear"}}) {
            JsonNode refused = assertProblem(postJson("/v1/societies", bad[0]), 422, "VALIDATION_FAILED");
            assertEquals(bad[0], bad[1], refused.get("errors").get(0).get("field").asText());
        }
        assertEquals(201, postJson("/v1/societies", valid).statusCode());
    }

    @Test
    public void answersCarrySecurityHeadersAndTheServiceListAndWadlAreNotPublic() {
        HttpResponse<String> json = get("/v1/societies?limit=1");
        assertEquals("nosniff", json.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", json.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("DENY", json.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(json.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        HttpResponse<String> refused = call("GET", "/v1/societies", null, null, false);
        assertEquals(401, refused.statusCode());
        assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> ui = call("GET", "/v1/api-docs/index.html?url=/api/v1/openapi.json", null, null, true);
        assertEquals(ui.body(), 200, ui.statusCode());
        assertEquals("DENY", ui.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(ui.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", call("GET", "/v1/openapi.json", null, null, false).headers().firstValue("X-Content-Type-Options").orElse(""));

        for (String path : new String[] {"", "/", "/services", "/v1?_wadl", "/v1/societies?_wadl"}) {
            HttpResponse<String> answer = call("GET", path, null, null, false);
            assertTrue(path + " answered " + answer.statusCode() + ": " + answer.body(), answer.statusCode() == 404 || answer.statusCode() == 401);
            assertFalse(path, answer.body().contains("SocietyService") || answer.body().contains("wadl"));
        }
        HttpResponse<String> wadl = call("GET", "/v1?_wadl", null, null, true);
        assertFalse(wadl.body(), wadl.body().contains("<application"));
        // the WSDLs stay public
        assertEquals(200, call("GET", SOAP_PATH + "?wsdl", null, null, false).statusCode());
        HttpResponse<String> soapAnswer = soap("<s:getSociety><s:id>987654321</s:id></s:getSociety>");
        assertEquals("nosniff", soapAnswer.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", soapAnswer.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", call("POST", SOAP_PATH, "text/xml; charset=UTF-8", soapGet(1), false)
                .headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    public void controlCharactersBrokenWorkbooksAndPatternPrefixesAreRefusedInPlainWords() throws Exception {
        JsonNode nul = assertProblem(postJson("/v1/societies", society("中国\\u0000数学会", Usccs.valid("100000", 8801), "NATIONAL", "100000", "SCIENCE")),
                422, "VALIDATION_FAILED");
        assertEquals("name", nul.get("errors").get(0).get("field").asText());
        assertEquals("CONTROL_CHARACTER", nul.get("errors").get(0).get("code").asText());

        for (String prefix : new String[] {"%25", "_", "11%25"}) {
            JsonNode refused = assertProblem(get("/v1/exports/societies?regionPrefix=" + prefix), 422, "VALIDATION_FAILED");
            assertEquals("regionPrefix", refused.get("errors").get(0).get("field").asText());
        }

        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            out.write("<Types><broken".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        HttpResponse<String> workbook = callBytes("POST", "/v1/imports/societies",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip.toByteArray(), true);
        JsonNode broken = assertProblem(workbook, 422, "VALIDATION_FAILED");
        assertEquals("NOT_XLSX", broken.get("errors").get(0).get("code").asText());
        assertFalse(workbook.body(), workbook.body().contains("org.apache"));
    }

    @Test
    public void aLostRaceForALedgerIsA412AndLogsNoWarning() throws Exception {
        String path = "/v1/societies/" + createSociety("中国遗传学会", Usccs.valid("100000", 8901), "NATIONAL", "100000") + "/ledger";
        java.nio.file.Path log = java.nio.file.Paths.get(System.getProperty("karaf.log"), "karaf.log");
        long before = java.nio.file.Files.size(log);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            for (int round = 0; round < 3; round++) {
                String revision = "\"" + JSON.readTree(get(path).body()).get("revision").asInt() + "\"";
                java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    String body = ledger(100 * round + i, true);
                    answers.add(pool.submit(() -> call("PUT", path, "application/json", body, true, "If-Match", revision).statusCode()));
                }
                int won = 0;
                for (java.util.concurrent.Future<Integer> answer : answers) {
                    int status = answer.get(60, TimeUnit.SECONDS);
                    assertTrue("status " + status, status == 200 || status == 412);
                    won += status == 200 ? 1 : 0;
                }
                assertEquals("one writer wins each round", 1, won);
            }
        } finally {
            pool.shutdownNow();
        }
        byte[] all = java.nio.file.Files.readAllBytes(log);
        String written = new String(all, (int) Math.min(before, all.length), (int) Math.max(0, all.length - before),
                java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(written, written.contains("Exception during transaction rollback"));
        assertFalse(written, written.contains("ResourceLocalJpaTemplate"));
    }

    @Test
    public void soapRoundTripAndFaultsCarryTheRestCodes() {
        HttpResponse<String> wsdl = call("GET", SOAP_PATH + "?wsdl", null, null, false);
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("wsdl:service name=\"SocietyService\""));

        String uscc = Usccs.valid("100000", 4001);
        HttpResponse<String> created = soap("<s:createSociety><s:society><s:name>中国天文学会</s:name><s:uscc>" + uscc + "</s:uscc>"
                + "<s:kind>SOCIETY</s:kind><s:level>NATIONAL</s:level><s:regionCode>100000</s:regionCode>"
                + "<s:discipline>SCIENCE</s:discipline><s:groupMemberStatus>MEMBER</s:groupMemberStatus></s:society></s:createSociety>");
        assertEquals(created.body(), 200, created.statusCode());
        String id = between(created.body(), "<id>", "</id>");

        HttpResponse<String> read = soap("<s:getSociety><s:id>" + id + "</s:id></s:getSociety>");
        assertEquals(200, read.statusCode());
        assertTrue(read.body(), read.body().contains("<name>中国天文学会</name>"));
        // and REST sees the same record
        assertTrue(get("/v1/societies/" + id).body().contains("中国天文学会"));

        HttpResponse<String> listed = soap("<s:listSocieties><s:filter><s:regionPrefix>100000</s:regionPrefix><s:limit>500</s:limit></s:filter></s:listSocieties>");
        assertTrue(listed.body().contains(uscc));

        HttpResponse<String> missing = soap("<s:getSociety><s:id>987654321</s:id></s:getSociety>");
        assertEquals(500, missing.statusCode());
        assertEquals("NOT_FOUND", between(missing.body(), "<code>", "</code>"));
        assertTrue(missing.body(), missing.body().contains("soap:Client"));

        HttpResponse<String> duplicate = soap("<s:createSociety><s:society><s:name>重复</s:name><s:uscc>" + uscc + "</s:uscc>"
                + "<s:kind>SOCIETY</s:kind><s:level>NATIONAL</s:level><s:regionCode>100000</s:regionCode>"
                + "<s:discipline>SCIENCE</s:discipline><s:groupMemberStatus>MEMBER</s:groupMemberStatus></s:society></s:createSociety>");
        assertEquals("DUPLICATE_USCC", between(duplicate.body(), "<code>", "</code>"));

        HttpResponse<String> invalid = soap("<s:createSociety><s:society><s:name>中国数学会</s:name><s:uscc>"
                + Usccs.withWrongCheck(Usccs.valid("100000", 4002))[0] + "</s:uscc></s:society></s:createSociety>");
        assertEquals("VALIDATION_FAILED", between(invalid.body(), "<code>", "</code>"));
        assertTrue(invalid.body(), invalid.body().contains("<field>uscc</field>"));
        assertFalse(invalid.body().contains("at org."));
    }

    @Test
    public void foundationsFederationsAndPromotionAssociationsAreKindsOfEveryDoorAndDocument() throws Exception {
        String uscc = Usccs.valid("100000", 4101);
        HttpResponse<String> created = postJson("/v1/societies", society("中国产学研合作促进会", uscc, "NATIONAL", "100000", "INTERDISCIPLINARY")
                .replace("\"kind\":\"SOCIETY\"", "\"kind\":\"PROMOTION_ASSOCIATION\""));
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("PROMOTION_ASSOCIATION", JSON.readTree(get("/v1/societies/" + JSON.readTree(created.body()).get("id").asLong()).body())
                .get("kind").asText());

        HttpResponse<String> foundation = soap("<s:createSociety><s:society><s:name>中国科技馆发展基金会</s:name><s:uscc>" + Usccs.valid("100000", 4102)
                + "</s:uscc><s:kind>FOUNDATION</s:kind><s:level>NATIONAL</s:level><s:regionCode>100000</s:regionCode>"
                + "<s:discipline>INTERDISCIPLINARY</s:discipline><s:groupMemberStatus>MEMBER</s:groupMemberStatus></s:society></s:createSociety>");
        assertEquals(foundation.body(), 200, foundation.statusCode());
        assertTrue(foundation.body(), foundation.body().contains("<kind>FOUNDATION</kind>"));

        String openApi = get("/v1/openapi.json").body();
        String wsdl = call("GET", SOAP_PATH + "?wsdl", null, null, false).body();
        String schema = wsdl.contains("PROMOTION_ASSOCIATION") ? wsdl : call("GET", SOAP_PATH + "?xsd=1", null, null, false).body();
        for (String kind : new String[] {"FOUNDATION", "FEDERATION", "PROMOTION_ASSOCIATION"}) {
            assertTrue(kind + " in the OpenAPI document", openApi.contains("\"" + kind + "\""));
            assertTrue(kind + " in the SOAP schema", schema.contains("\"" + kind + "\""));
        }
    }

    @Test
    public void sameNamesWarnOrUnderTheStrictRuleAreRefusedAndTheDemoIsTakenBackWithWhatHangsOffIt() throws Exception {
        String loaded = executeCommand(sessionFactory, "castpb:demo");
        assertTrue(loaded, loaded.contains("105 societies are marked as demo data"));

        // the real 中国数学会 under its own code, beside the demo's: recorded, with a warning naming the other
        HttpResponse<String> real = postJson("/v1/societies", society("中国数学会", Usccs.valid("100000", 4201), "NATIONAL", "100000", "SCIENCE"));
        assertEquals(real.body(), 201, real.statusCode());
        String warning = real.headers().firstValue("Warning").orElse("");
        assertTrue(warning, warning.startsWith("299 castpb \"society ") && warning.contains("USCC 51100000D"));
        long realId = JSON.readTree(real.body()).get("id").asLong();
        JsonNode report = JSON.readTree(importRow("中国力学学会", 4202).body());
        assertEquals(report.toString(), 1, report.get("created").asInt());
        assertEquals(report.toString(), "名称", report.get("warnings").get(0).get("column").asText());
        assertTrue(report.toString(), report.get("warnings").get(0).get("reason").asText().contains("is active under the same name"));

        configureTransfer("refuseDuplicateNames", Boolean.TRUE);
        try {
            await().atMost(60, TimeUnit.SECONDS).ignoreExceptions().until(() -> importRow("中国声学学会", 4203).statusCode() == 422);
            JsonNode refused = JSON.readTree(importRow("中国声学学会", 4203).body());
            assertFalse(refused.toString(), refused.get("applied").asBoolean());
            assertEquals(refused.toString(), "名称", refused.get("errors").get(0).get("column").asText());
            java.util.concurrent.atomic.AtomicInteger serial = new java.util.concurrent.atomic.AtomicInteger(4210);
            await().atMost(60, TimeUnit.SECONDS).ignoreExceptions().until(() -> postJson("/v1/societies",
                    society("中国化学会", Usccs.valid("100000", serial.incrementAndGet()), "NATIONAL", "100000", "SCIENCE")).statusCode() == 409);
            assertProblem(postJson("/v1/societies", society("中国化学会", Usccs.valid("100000", 4230), "NATIONAL", "100000", "SCIENCE")),
                    409, "DUPLICATE_NAME");
        } finally {
            configureTransfer("refuseDuplicateNames", Boolean.FALSE);
        }
        await().atMost(60, TimeUnit.SECONDS).ignoreExceptions().until(() -> importRow("中国声学学会", 4203).statusCode() == 200);
        assertEquals("a changed rule restarts no endpoint", 200, get("/v1/societies?limit=1").statusCode());

        // the demo with everything hanging off it: its ledgers and the party organisations castpb:demo recorded
        long demoWithOrganisation = -1;
        for (JsonNode s : JSON.readTree(get("/v1/societies?regionPrefix=100000&limit=500").body()).get("items")) {
            if (s.get("uscc").asText().startsWith("51100000D") && !organisations.bySociety(Actor.SYSTEM, s.get("id").asLong()).isEmpty()) {
                demoWithOrganisation = s.get("id").asLong();
                break;
            }
        }
        assertTrue("a demo society with a party organisation", demoWithOrganisation > 0);
        HttpResponse<String> removed = call("DELETE", "/v1/demo", null, null, true);
        assertEquals(removed.body(), 200, removed.statusCode());
        JsonNode removal = JSON.readTree(removed.body());
        assertEquals(removal.toString(), 105, removal.get("societies").asInt());
        assertTrue(removal.toString(), removal.get("rows").get("PORG_ORGANISATION").asInt() > 0
                && removal.get("rows").get("LEDGER_REVISION").asInt() >= 105);
        assertEquals(404, get("/v1/societies/" + demoWithOrganisation).statusCode());
        assertEquals(200, get("/v1/societies/" + realId).statusCode());
        for (JsonNode s : JSON.readTree(get("/v1/societies?regionPrefix=100000&limit=500").body()).get("items")) {
            assertFalse(s.toString(), s.get("uscc").asText().startsWith("51100000D"));
        }
        assertTrue(executeCommand(sessionFactory, "castpb:demo-remove").contains("Removed 0 demo societies"));
    }

    @Test
    public void shellAddsListsAndShowsSocieties() throws Exception {
        awaitCommands(sessionFactory, "society:add", "society:list", "society:show");
        String uscc = Usccs.valid("310000", 5001);
        String added = executeCommand(sessionFactory, "society:add --name 上海市声学学会 --uscc " + uscc
                + " --level PROVINCIAL --region 310000 --discipline SCIENCE --member NONE");
        assertTrue(added, added.contains("Recorded society"));
        String id = added.replaceAll("(?s).*Recorded society (\\d+):.*", "$1");

        String listed = executeCommand(sessionFactory, "society:list --region 31 --level PROVINCIAL");
        assertTrue(listed, listed.contains("上海市声学学会"));
        assertTrue(listed, listed.contains(uscc));
        assertTrue(listed, listed.contains("USCC"));

        String shown = executeCommand(sessionFactory, "society:show " + id);
        assertTrue(shown, shown.contains("上海市声学学会"));
        assertTrue(shown, shown.contains("PROVINCIAL"));
    }

    @Test
    public void ledgerRevisionsAreDatedReadableAsOfADateAndComparable() throws Exception {
        String path = "/v1/societies/" + createSociety("中国植物学会", Usccs.valid("100000", 8001), "NATIONAL", "100000") + "/ledger";
        HttpResponse<String> empty = get(path);
        assertEquals(200, empty.statusCode());
        assertEquals("\"0\"", empty.headers().firstValue("ETag").orElseThrow());
        JsonNode none = JSON.readTree(empty.body());
        assertEquals(0, none.get("revision").asInt());
        assertFalse(none.get("clear").asBoolean());

        HttpResponse<String> first = call("PUT", path, "application/json", ledger(12, true), true, "If-Match", "\"0\"");
        assertEquals(first.body(), 200, first.statusCode());
        JsonNode one = JSON.readTree(first.body());
        assertEquals(1, one.get("revision").asInt());
        assertTrue(first.body(), one.get("clear").asBoolean());
        assertEquals("admin", one.get("recordedBy").asText());

        assertProblem(call("PUT", path, "application/json", ledger(20, true), true, "If-Match", "\"0\""), 412, "VERSION_CONFLICT");
        assertEquals(200, call("PUT", path, "application/json", ledger(20, true), true, "If-Match", "\"1\"").statusCode());

        JsonNode revisions = JSON.readTree(get(path + "/revisions").body());
        assertEquals(2, revisions.size());
        assertEquals(2, revisions.get(0).get("revision").asInt());
        JsonNode compared = JSON.readTree(get(path + "/compare?from=1&to=2").body());
        assertEquals(1, compared.get("changes").size());
        assertEquals("activitiesInYear", compared.get("changes").get(0).get("field").asText());
        assertEquals("12", compared.get("changes").get(0).get("before").asText());
        assertEquals(12, JSON.readTree(get(path + "/revisions/1").body()).get("content").get("activitiesInYear").asInt());

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals(2, JSON.readTree(get(path + "?asOf=" + today).body()).get("revision").asInt());
        assertEquals(0, JSON.readTree(get(path + "?asOf=" + today.minusDays(1)).body()).get("revision").asInt());
        assertProblem(get(path + "?asOf=yesterday"), 422, "VALIDATION_FAILED");
        assertProblem(get(path + "/revisions/9"), 404, "NOT_FOUND");

        // a contradiction is refused, naming the field
        JsonNode refused = assertProblem(call("PUT", path, "application/json",
                ledger(20, true).replace("\"staffPartyMembers\":3", "\"staffPartyMembers\":30"), true, "If-Match", "\"2\""),
                422, "VALIDATION_FAILED");
        assertEquals("staffPartyMembers", refused.get("errors").get(0).get("field").asText());
    }

    @Test
    public void pilotRegionUsccIsAcceptedOnlyWithAnAuditedOverride() throws Exception {
        String pilot = Usccs.withWrongCheck(Usccs.valid("100000", 8301))[0];
        String body = society("中国试点学会", pilot, "NATIONAL", "100000", "SCIENCE");
        assertProblem(postJson("/v1/societies", body), 422, "VALIDATION_FAILED");
        HttpResponse<String> created = postJson("/v1/societies", body.replace("{", "{\"usccOverrideReason\":\"2015年试点地区赋码\","));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode society = JSON.readTree(created.body());
        assertTrue(society.get("usccCheckOverridden").asBoolean());
        JsonNode history = JSON.readTree(get("/v1/societies/" + society.get("id").asLong() + "/history").body());
        assertEquals(1, history.size());
        assertEquals("CREATE", history.get(0).get("change").asText());
        assertEquals("admin", history.get(0).get("actor").asText());
        assertTrue(history.toString(), history.get(0).get("after").asText().contains("USCC check overridden: 2015年试点地区赋码"));
    }

    @Test
    public void unclearLedgersNameWhatIsMissing() throws Exception {
        long clear = createSociety("广东省数学会", Usccs.valid("440000", 8101), "PROVINCIAL", "440000");
        long incomplete = createSociety("广东省力学学会", Usccs.valid("440000", 8102), "PROVINCIAL", "440000");
        long none = createSociety("广东省化学会", Usccs.valid("440000", 8103), "PROVINCIAL", "440000");
        assertEquals(200, call("PUT", "/v1/societies/" + clear + "/ledger", "application/json", ledger(5, true), true, "If-Match", "\"0\"").statusCode());
        assertEquals(200, call("PUT", "/v1/societies/" + incomplete + "/ledger", "application/json",
                ledger(5, false).replaceAll("\"leaders\":\\[.*?\\]", "\"leaders\":[]"), true, "If-Match", "\"0\"").statusCode());

        JsonNode page = JSON.readTree(get("/v1/ledgers/unclear?regionPrefix=44&level=PROVINCIAL").body());
        assertEquals(page.toString(), 2, page.get("total").asInt());
        JsonNode first = page.get("items").get(0);
        assertEquals(incomplete, first.get("society").get("id").asLong());
        assertEquals(1, first.get("revision").asInt());
        String missing = first.get("unclearSections").toString();
        assertTrue(missing, missing.contains("LEADERS") && missing.contains("\"leaders\""));
        assertTrue(missing, missing.contains("NO_ORGANISATION_REASON") && missing.contains("noOrganisationReason"));
        assertEquals(none, page.get("items").get(1).get("society").get("id").asLong());
        assertEquals(5, page.get("items").get(1).get("unclearSections").size());
    }

    @Test
    public void csvImportOverRestIsAtomicIdempotentAndReimportsItsExport() throws Exception {
        String header = "名称,统一社会信用代码,类型,级别,行政区划代码,学科,团体会员状态,运行状态,最近年检结果,最近年检年度,年度活动次数,专职工作人员数,其中党员数,"
                + "正式党员数,预备党员数,组织关系在本会党员数,组织关系在外党员数,负责人,已建立党组织\n";
        String ledgerCells = ",运行正常,合格,2025,8,6,2,4,1,3,2,王小明|理事长|是|是;李红|秘书长|否|是,是";
        String good = "贵州省数学会," + Usccs.valid("520000", 8201) + ",学会,省级,520000,理科,非会员" + ledgerCells + "\n"
                + "贵阳市力学学会," + Usccs.valid("520100", 8202) + ",SOCIETY,MUNICIPAL,520100,ENGINEERING,NONE,,,,,,,,,,,,\n";
        String bad = "贵州省化学会," + Usccs.withWrongCheck(Usccs.valid("520000", 8203))[0] + ",学会,省级,520000,理科,非会员,,,,,,,,,,,,\n";
        String csv = header + good + bad;

        HttpResponse<String> refused = call("POST", "/v1/imports/societies", "text/csv", csv, true);
        assertEquals(refused.body(), 422, refused.statusCode());
        JsonNode report = JSON.readTree(refused.body());
        assertFalse(report.get("applied").asBoolean());
        assertEquals(1, report.get("errors").size());
        assertEquals(4, report.get("errors").get(0).get("row").asInt());
        assertEquals("统一社会信用代码", report.get("errors").get(0).get("column").asText());
        assertEquals("nothing half-imported", 0, JSON.readTree(get("/v1/societies?regionPrefix=52").body()).get("total").asInt());

        JsonNode partial = JSON.readTree(call("POST", "/v1/imports/societies?mode=VALID_ROWS", "text/csv", csv, true).body());
        assertEquals(2, partial.get("created").asInt());
        assertEquals(1, partial.get("errors").size());
        JsonNode again = JSON.readTree(call("POST", "/v1/imports/societies?mode=VALID_ROWS", "text/csv", csv, true).body());
        assertEquals(0, again.get("created").asInt());
        assertEquals(2, again.get("unchanged").asInt());

        long imported = JSON.readTree(get("/v1/societies?regionPrefix=5200").body()).get("items").get(0).get("id").asLong();
        JsonNode ledger = JSON.readTree(get("/v1/societies/" + imported + "/ledger").body());
        assertTrue(ledger.toString(), ledger.get("clear").asBoolean());

        HttpResponse<String> export = get("/v1/exports/societies?regionPrefix=52");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(export.body().startsWith("\uFEFF名称,英文名称,统一社会信用代码"));
        assertEquals(3, export.body().split("\r\n").length);
        JsonNode reimport = JSON.readTree(call("POST", "/v1/imports/societies", "text/csv", export.body(), true).body());
        assertEquals(reimport.toString(), 2, reimport.get("unchanged").asInt());
        assertEquals(0, reimport.get("updated").asInt());

        // the same sheet as an Excel workbook re-imports unchanged too
        HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + "/v1/exports/societies?regionPrefix=52&format=xlsx"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0]);
        JsonNode fromExcel = JSON.readTree(callBytes("POST", "/v1/imports/societies",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.body(), true).body());
        assertEquals(fromExcel.toString(), 2, fromExcel.get("unchanged").asInt());
        assertEquals(0, fromExcel.get("created").asInt());

        JsonNode notUtf8 = assertProblem(callBytes("POST", "/v1/imports/societies", "text/csv", csv.getBytes("GBK"), true), 422, "VALIDATION_FAILED");
        assertEquals("NOT_UTF8", notUtf8.get("errors").get(0).get("code").asText());
        JsonNode notCsv = assertProblem(call("POST", "/v1/imports/societies", "text/csv", "hello,world\n1,2\n", true), 422, "VALIDATION_FAILED");
        assertEquals("BAD_HEADER", notCsv.get("errors").get(0).get("code").asText());
        assertProblem(call("POST", "/v1/imports/societies?mode=SOMETIMES", "text/csv", csv, true), 422, "VALIDATION_FAILED");
    }

    @Test
    public void approvedEstablishmentRequestCreatesTheOrganisationThatCoversTheSociety() throws Exception {
        long society = createSociety("中国昆虫学会", Usccs.valid("100000", 8401), "NATIONAL", "100000");
        org.castpb.api.Actor admin = new org.castpb.api.Actor("admin", java.util.Set.of("admin", "national-admin"));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        var draft = new org.castpb.api.organisation.PartyOrganisationDraft("中国昆虫学会党支部",
                org.castpb.api.organisation.OrganisationType.BRANCH, null, java.util.List.of(society),
                new org.castpb.api.organisation.Secretary("王小明", org.castpb.api.organisation.SecretarySource.PRINCIPAL_LEADER),
                5, 1, null, today, today, today.plusYears(3).minusDays(1), "理事会党支部");
        JsonNode before = JSON.readTree(get("/v1/coverage?groupBy=LEVEL").body());
        var request = requests.create(admin, draft);
        assertEquals(org.castpb.api.organisation.RequestState.DRAFT, request.state());
        var submitted = requests.submit(admin, request.id(), request.version(), "报批");
        assertTrue(requests.pending(admin).stream().anyMatch(p -> p.requestId() == submitted.id() && !p.overdue()));
        var approved = requests.approve(admin, submitted.id(), submitted.version(), "同意");
        assertEquals(org.castpb.api.organisation.RequestState.APPROVED, approved.state());
        assertNotNull(approved.organisationId());
        assertEquals(approved.organisationId().longValue(), organisations.bySociety(admin, society).get(0).id());
        assertTrue(organisations.coveredSocieties(admin, today).contains(society));
        JsonNode after = JSON.readTree(get("/v1/coverage?groupBy=LEVEL").body());
        assertEquals(before.get("totals").get("inScope").asInt(), after.get("totals").get("inScope").asInt());
        assertEquals(before.get("totals").get("organisationCovered").asInt() + 1, after.get("totals").get("organisationCovered").asInt());
        assertEquals(before.get("totals").get("workCovered").asInt() + 1, after.get("totals").get("workCovered").asInt());
        assertEquals("NATIONAL", after.get("rows").get(0).get("key").asText());
        JsonNode uncovered = JSON.readTree(get("/v1/coverage/uncovered?limit=1000").body());
        assertFalse(uncovered.toString().contains("\"societyId\":" + society + ","));
        JsonNode targets = JSON.readTree(get("/v1/coverage/targets").body());
        assertEquals(2, targets.size());
        assertEquals("2016-12-31", targets.get(0).get("target").get("date").asText());
        assertProblem(get("/v1/coverage?asOf=2016-13-01"), 422, "VALIDATION_FAILED");
        assertProblem(get("/v1/coverage/uncovered?limit=0"), 422, "VALIDATION_FAILED");
        try {
            requests.approve(admin, approved.id(), approved.version(), "again");
            org.junit.Assert.fail("a decided request cannot be approved twice");
        } catch (org.castpb.api.CastpbException e) {
            assertEquals("INVALID_TRANSITION", e.code());
        }
    }

    @Test
    public void admissionCheckRectificationAndTrendAnswerOverRest() throws Exception {
        long applicant = createSociety("中国菌物学会", Usccs.valid("100000", 8501), "NATIONAL", "100000");
        JsonNode failing = JSON.readTree(get("/v1/societies/" + applicant + "/admission-check").body());
        assertFalse(failing.toString(), failing.get("pass").asBoolean());
        assertTrue(failing.toString(), failing.toString().contains("NO_ORGANISATION_OR_REQUEST"));
        assertTrue(failing.toString(), failing.toString().contains("LEDGER_NOT_CLEAR"));
        assertProblem(get("/v1/societies/987654321/admission-check"), 404, "NOT_FOUND");

        // every passed target opens tasks for the societies short of it, once
        JsonNode generated = JSON.readTree(call("POST", "/v1/rectifications/generate", null, (String) null, true).body());
        assertTrue(generated.toString(), generated.get("opened").asInt() >= 1);
        assertEquals(0, JSON.readTree(call("POST", "/v1/rectifications/generate", null, (String) null, true).body()).get("opened").asInt());
        JsonNode open = JSON.readTree(get("/v1/rectifications?limit=1000").body());
        assertTrue(open.get("total").asInt() >= 1);
        JsonNode task = open.get("items").get(0);
        assertEquals("OPEN", task.get("status").asText());
        assertTrue("the 2016 and 2017 targets are long past", JSON.readTree(get("/v1/rectifications?status=overdue").body()).get("total").asInt() >= 1);
        String close = "/v1/rectifications/" + task.get("id").asLong() + "/close";
        assertProblem(call("POST", close, "application/json", "{}", true), 422, "VALIDATION_FAILED");
        JsonNode closed = JSON.readTree(call("POST", close, "application/json", "{\"note\":\"已建立党组织, 材料已核\"}", true).body());
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals("admin", closed.get("closedBy").asText());
        assertProblem(call("POST", close, "application/json", "{\"note\":\"again\"}", true), 409, "ALREADY_CLOSED");

        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals(200, call("POST", "/v1/coverage/snapshots", null, (String) null, true).statusCode());
        JsonNode trend = JSON.readTree(get("/v1/coverage/trend?from=" + now.minusMonths(2) + "&to=" + now).body());
        assertEquals(trend.toString(), 3, trend.size());
        assertTrue(trend.toString(), trend.get(2).get("stored").asBoolean());
        assertProblem(get("/v1/coverage/trend?from=2016-13&to=2017-01"), 422, "VALIDATION_FAILED");

        // the report and the uncovered list as CSV sheets
        HttpResponse<String> sheet = get("/v1/coverage?groupBy=LEVEL&format=csv");
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.body(), sheet.body().startsWith("\uFEFF截至日期,分组"));
        assertTrue(sheet.body(), sheet.body().contains(",全国,") && !sheet.body().contains("NATIONAL") && sheet.body().contains("合计"));
        String uncoveredSheet = get("/v1/coverage/uncovered?format=csv").body();
        assertTrue(uncoveredSheet, uncoveredSheet.contains("中国菌物学会"));
        assertProblem(get("/v1/coverage?format=pdf"), 422, "VALIDATION_FAILED");
    }

    // ---- helpers ----

    /** Sends a request as written (Java's HTTP client will not forge a Host header) and returns the whole answer. */
    private static String rawHttp(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", java.net.URI.create(baseUrl()).getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Sets a property of the import's configuration through ConfigurationAdmin (by reflection: the tests do not compile against it). */
    private void configureTransfer(String key, Object value) throws Exception {
        org.osgi.framework.ServiceReference<?> reference = bundleContext.getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
        Object admin = bundleContext.getService(reference);
        Class<?> adminType = reference.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
        Class<?> configurationType = reference.getBundle().loadClass("org.osgi.service.cm.Configuration");
        Object configuration = adminType.getMethod("getConfiguration", String.class, String.class)
                .invoke(admin, "org.castpb.records.transfer", "?");
        @SuppressWarnings("unchecked")
        java.util.Dictionary<String, Object> properties = (java.util.Dictionary<String, Object>) configurationType.getMethod("getProperties")
                .invoke(configuration);
        if (properties == null) {
            properties = new java.util.Hashtable<>();
        }
        properties.put(key, value);
        configurationType.getMethod("update", java.util.Dictionary.class).invoke(configuration, properties);
        bundleContext.ungetService(reference);
    }

    /** Imports one national society row over REST. */
    private HttpResponse<String> importRow(String name, long serial) {
        return call("POST", "/v1/imports/societies", "text/csv", "名称,统一社会信用代码,类型,级别,行政区划代码,学科,团体会员状态\r\n"
                + name + "," + Usccs.valid("100000", serial) + ",学会,全国,100000,理科,团体会员\r\n", true);
    }

    private long createSociety(String name, String uscc, String level, String region) throws Exception {
        HttpResponse<String> created = postJson("/v1/societies", society(name, uscc, level, region, "SCIENCE"));
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static String ledger(int activities, boolean established) {
        return "{\"runningState\":\"NORMAL\",\"lastInspectionResult\":\"QUALIFIED\",\"lastInspectionYear\":2025,"
                + "\"activitiesInYear\":" + activities + ",\"fullTimeStaff\":8,\"staffPartyMembers\":3,\"formalMembers\":5,"
                + "\"probationaryMembers\":1,\"relationshipsHere\":4,\"relationshipsElsewhere\":2,"
                + "\"leaders\":[{\"name\":\"王小明\",\"role\":\"PRESIDENT\",\"principal\":true,\"partyMember\":true},"
                + "{\"name\":\"李红\",\"role\":\"SECRETARY_GENERAL\",\"principal\":false,\"partyMember\":true}],"
                + "\"partyOrganisationEstablished\":" + established + ",\"note\":\"年度更新\"}";
    }

    private static String society(String name, String uscc, String level, String region, String discipline) {
        return "{\"name\":\"" + name + "\",\"uscc\":\"" + uscc + "\",\"kind\":\"SOCIETY\",\"level\":\"" + level
                + "\",\"regionCode\":\"" + region + "\",\"discipline\":\"" + discipline + "\",\"groupMemberStatus\":\"MEMBER\"}";
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(code, problem.get("code").asText());
        assertEquals(status, problem.get("status").asInt());
        assertNotNull(problem.get("detail"));
        assertFalse(response.body(), response.body().contains("Exception") || response.body().contains("at org."));
        return problem;
    }

    private HttpResponse<String> soap(String operation) {
        return call("POST", SOAP_PATH, "text/xml; charset=UTF-8", envelope(operation), true);
    }

    private static String soapGet(long id) {
        return envelope("<s:getSociety><s:id>" + id + "</s:id></s:getSociety>");
    }

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"http://castpb.org/soap/society/1\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    private static String between(String text, String start, String end) {
        int a = text.indexOf(start);
        assertTrue(text, a >= 0);
        int b = text.indexOf(end, a);
        return text.substring(a + start.length(), b);
    }
}
