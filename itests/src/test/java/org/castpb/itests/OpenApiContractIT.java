package org.castpb.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The REST door's contract, in the unpacked distribution: the live OpenAPI document passes {@code @redocly/cli}'s
 * recommended rules without an error, and what the server really answers (a society, a list page, a ledger, the
 * coverage, a 404 and 422 problems) matches the document's statuses, media types and schemas, nulls included.
 */
public class OpenApiContractIT {

    /** Pinned: a newer release may add rules; move it on purpose. */
    static final String REDOCLY = "@redocly/cli@2.77.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private static UnpackedDistribution server;
    private static String document;
    private static OpenApiInteractionValidator validator;

    @BeforeClass
    public static void startTheServerAndReadItsDocument() throws Exception {
        server = UnpackedDistribution.unpack("openapi-contract");
        server.start("admin", "admin");
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/openapi.json"))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(answer.body(), 200, answer.statusCode());
        document = answer.body();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    }

    @AfterClass
    public static void stopTheServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void theLiveDocumentPassesRedoclysRecommendedRulesWithoutAnError() throws Exception {
        String npx = onPath("npx");
        if (npx == null) {
            fail("npx is not on PATH, so the OpenAPI document cannot be linted: install Node.js and npm "
                    + "(Debian: apt-get install nodejs npm; .ci/run does when they are missing)");
        }
        Path dir = Files.createDirectories(Path.of("target", "openapi-contract-lint").toAbsolutePath());
        Path file = dir.resolve("openapi.json");
        Files.writeString(file, document);
        Path output = dir.resolve("redocly.txt");
        Process lint = new ProcessBuilder(npx, "--yes", REDOCLY, "lint", "--extends=recommended", "--format=stylish",
                "--max-problems=1000", file.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!lint.waitFor(10, TimeUnit.MINUTES)) {
            lint.destroyForcibly();
            fail("redocly lint did not end within 10 minutes: " + Files.readString(output));
        }
        String report = Files.readString(output);
        assertEquals("redocly lint --extends=recommended found errors in the OpenAPI document:\n" + report, 0, lint.exitValue());
        assertTrue(report, report.contains("openapi.json"));
        // counted by redocly itself: every operation was there to lint
        assertTrue(JSON.readTree(document).get("paths").size() > 100);
    }

    @Test
    public void realAnswersMatchTheDocument() throws Exception {
        long id = JSON.readTree(check("POST", "/societies", "application/json",
                "{\"name\":\"中国契约学会\",\"uscc\":\"" + Usccs.valid("100000", 7301) + "\",\"kind\":\"SOCIETY\",\"level\":\"NATIONAL\","
                        + "\"regionCode\":\"100000\",\"discipline\":\"SCIENCE\",\"groupMemberStatus\":\"MEMBER\"}", 201)).get("id").asLong();
        // nameEn, the contact fields and the dates it was never given are null in the answer, and the document says they may be
        JsonNode society = JSON.readTree(check("GET", "/societies/" + id, null, null, 200));
        assertTrue(society.toString(), society.get("nameEn").isNull());
        check("GET", "/societies?limit=5&level=NATIONAL", null, null, 200);
        check("GET", "/societies/" + id + "/ledger", null, null, 200);
        check("PUT", "/societies/" + id + "/ledger", "application/json", "{\"runningState\":\"NORMAL\",\"lastInspectionResult\":\"QUALIFIED\","
                + "\"lastInspectionYear\":2025,\"activitiesInYear\":6,\"fullTimeStaff\":8,\"staffPartyMembers\":3,\"formalMembers\":5,"
                + "\"probationaryMembers\":1,\"relationshipsHere\":4,\"relationshipsElsewhere\":2,\"leaders\":[{\"name\":\"王小明\","
                + "\"role\":\"PRESIDENT\",\"principal\":true,\"partyMember\":true}],\"partyOrganisationEstablished\":true}", 200,
                "If-Match", "\"0\"");
        check("GET", "/societies/" + id + "/history", null, null, 200);
        check("GET", "/coverage", null, null, 200);
        check("GET", "/coverage?groupBy=LEVEL", null, null, 200);
        check("GET", "/societies/999999999", null, null, 404);
        check("GET", "/societies?level=NOWHERE", null, null, 422);
        check("POST", "/societies", "application/json", "{\"name\":\"\",\"kind\":\"SOCIETY\"}", 422);
        check("PUT", "/societies/" + id, "application/json", "{\"name\":\"中国契约学会\"}", 428);
        // the validator does hold answers to the document: a society whose id is text, or a status not documented
        assertTrue(validator.validateResponse("/api/v1/societies/" + id, Request.Method.GET, SimpleResponse.Builder.ok()
                .withContentType("application/json").withBody(society.toString().replaceFirst("\"id\":\\d+", "\"id\":\"one\"")).build())
                .hasErrors());
        assertTrue(validator.validateResponse("/api/v1/societies/" + id, Request.Method.GET, SimpleResponse.Builder.status(418)
                .withContentType("application/json").withBody("{}").build()).hasErrors());
    }

    /**
     * Calls the server, asserts the status, and validates the answer against the document's operation for that
     * path and method; returns the body.
     */
    private static String check(String method, String pathAndQuery, String contentType, String body, int status, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1" + pathAndQuery))
                .timeout(Duration.ofSeconds(120)).header("Authorization", BASIC)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(method + " " + pathAndQuery + ": " + answer.body(), status, answer.statusCode());
        String path = "/api/v1" + pathAndQuery.replaceFirst("\\?.*", "");
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode()).withBody(answer.body());
        answer.headers().firstValue("Content-Type").ifPresent(response::withContentType);
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        List<String> problems = new ArrayList<>();
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> problems.add(m.getKey() + ": " + m.getMessage()));
        assertTrue(method + " " + pathAndQuery + " " + answer.statusCode() + " does not match the document: " + problems
                + "\n" + answer.body(), problems.isEmpty());
        assertFalse(answer.body(), answer.body().contains("at org."));
        return answer.body();
    }

    private static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File file = new File(dir, command);
            if (file.canExecute()) {
                return file.getAbsolutePath();
            }
        }
        return null;
    }
}
