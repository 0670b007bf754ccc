package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;
import org.castpb.api.Discipline;
import org.castpb.api.ForbiddenException;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerService;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.Society;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.SocietyTransferService;
import org.apache.karaf.shell.api.console.SessionFactory;
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
 * Who sees and changes what: five accounts (national admin, local admins of Zhejiang 33 and Shanghai 31, the
 * secretary of one Hangzhou society, a Zhejiang viewer) against every endpoint family, read and write. The
 * expected outcome of every cell is written once, in {@link #MATRIX}; every door must give exactly that.
 *
 * <p>Four societies are the fixtures: Z (Zhejiang, provincial, 330000), H (Hangzhou, municipal, 330100; the
 * secretary's), S (Shanghai, provincial, 310000) and N (national, 100000). A list cell names the fixtures the
 * account sees, so a leak shows as a letter too many.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ScopeMatrixIT extends CastpbTestSupport {

    static final List<String> ACCOUNTS = List.of("national", "zj-admin", "sh-admin", "h-secretary", "zj-viewer");

    /** Operation, then the outcome for each of {@link #ACCOUNTS}: ok, 403, 404, or the fixtures a list returns. */
    static final String[][] MATRIX = {
        // records: societies
        {"list societies", "HNSZ", "HZ", "S", "H", "HZ"},
        {"get society Z", "ok", "ok", "404", "404", "ok"},
        {"get society N", "ok", "404", "404", "404", "404"},
        {"history of S", "ok", "404", "ok", "404", "404"},
        {"create society in 33", "ok", "ok", "403", "403", "403"},
        {"create national society", "ok", "403", "403", "403", "403"},
        {"update society H", "ok", "ok", "403", "ok", "403"},
        {"update society N", "ok", "403", "403", "403", "403"},
        {"move society Z to 31", "ok", "403", "403", "403", "403"},
        // records: ledgers
        {"ledger of H", "ok", "ok", "404", "ok", "ok"},
        {"ledger revisions of S", "ok", "404", "ok", "404", "404"},
        {"unclear ledgers", "HNSZ", "HZ", "S", "H", "HZ"},
        {"write ledger of H", "ok", "ok", "403", "ok", "403"},
        {"write ledger of Z", "ok", "ok", "403", "403", "403"},
        // records: import and export
        {"export societies", "HNSZ", "HZ", "S", "H", "HZ"},
        {"import a 33 row and a 31 row", "ok", "refused line 3", "refused line 2", "403", "403"},
    };

    @Inject
    @Filter(timeout = 120_000)
    SocietyService societies;
    @Inject
    @Filter(timeout = 120_000)
    LedgerService ledgers;
    @Inject
    @Filter(timeout = 120_000)
    SocietyTransferService transfers;
    @Inject
    @Filter(timeout = 120_000)
    SessionFactory sessionFactory;

    private static final Map<String, String> FIXTURE_NAMES = Map.of("Z", "浙江省科学技术史学会", "H", "杭州市计算机学会",
            "S", "上海市声学学会", "N", "中国矩阵学会");
    private static final Map<String, Long> FIXTURES = new LinkedHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every account's password in this test. */
    private static final String PASSWORD_OF = "matrix-password-1";
    private static int serial;
    private static boolean accountsCreated;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void fixtures() {
        await().atMost(BOOT).until(() -> get("/v1/societies?limit=1").statusCode() == 200);
        if (FIXTURES.isEmpty()) {
            FIXTURES.put("Z", create(Actor.SYSTEM, FIXTURE_NAMES.get("Z"), SocietyLevel.PROVINCIAL, "330000").id());
            FIXTURES.put("H", create(Actor.SYSTEM, FIXTURE_NAMES.get("H"), SocietyLevel.MUNICIPAL, "330100").id());
            FIXTURES.put("S", create(Actor.SYSTEM, FIXTURE_NAMES.get("S"), SocietyLevel.PROVINCIAL, "310000").id());
            FIXTURES.put("N", create(Actor.SYSTEM, FIXTURE_NAMES.get("N"), SocietyLevel.NATIONAL, "100000").id());
        }
    }

    /** The services themselves, called with each account's actor: the rule every door passes on. */
    @Test
    public void theServicesGiveEveryAccountExactlyItsScope() {
        Map<String, Actor> actors = Map.of(
                "national", new Actor("national", Set.of("national-admin"), Scope.ALL),
                "zj-admin", new Actor("zj-admin", Set.of("local-admin"), Scope.region("33")),
                "sh-admin", new Actor("sh-admin", Set.of("local-admin"), Scope.region("31")),
                "h-secretary", new Actor("h-secretary", Set.of("society-secretary"), Scope.societies(List.of(FIXTURES.get("H")))),
                "zj-viewer", new Actor("zj-viewer", Set.of("viewer"), Scope.region("33")));
        assertMatrix(account -> operation -> onService(actors.get(account), operation));
    }

    @Test
    public void aRealmUserWithoutCastpbRoleReadsNothing() {
        Actor outsider = new Actor("outsider", Set.of("manager"));
        assertEquals("403 FORBIDDEN", refusal(() -> societies.list(outsider, SocietyQuery.all())));
        assertEquals("403 FORBIDDEN", refusal(() -> societies.get(outsider, FIXTURES.get("Z"))));
        assertEquals("403 FORBIDDEN", refusal(() -> ledgers.unclear(outsider, SocietyQuery.all())));
        assertEquals("403 FORBIDDEN", refusal(() -> transfers.exportCsv(outsider, SocietyQuery.all(), new ByteArrayOutputStream())));
    }

    @Test
    public void aWriteOutsideTheScopeSaysSoWithItsCode() {
        Actor zj = new Actor("zj-admin", Set.of("local-admin"), Scope.region("33"));
        assertEquals("403 " + ForbiddenException.OUT_OF_SCOPE, refusal(() -> update(zj, "S", null)));
        assertEquals("403 " + ForbiddenException.CODE,
                refusal(() -> update(new Actor("zj-viewer", Set.of("viewer"), Scope.region("33")), "Z", null)));
    }

    /** The REST door, each account created through the API by the national administrator and calling with its password. */
    @Test
    public void theRestDoorGivesEveryAccountExactlyItsScope() throws Exception {
        accounts();
        assertMatrix(account -> operation -> onRest(account, operation));
    }

    @Test
    public void aLocalAdministratorCannotGrantNationalAdminNorAWiderRegion() throws Exception {
        accounts();
        HttpResponse<String> national = as("zj-admin", "POST", "/v1/accounts", "application/json",
                "{\"userName\":\"zj-boss\",\"role\":\"national-admin\",\"password\":\"" + PASSWORD_OF + "\"}");
        assertEquals(national.body(), 403, national.statusCode());
        assertEquals("GRANT_EXCEEDS_OWN", JSON.readTree(national.body()).get("code").asText());
        HttpResponse<String> wider = as("zj-admin", "POST", "/v1/accounts", "application/json",
                "{\"userName\":\"zj-wide\",\"role\":\"viewer\",\"regionPrefix\":\"31\",\"password\":\"" + PASSWORD_OF + "\"}");
        assertEquals(wider.body(), 403, wider.statusCode());
        HttpResponse<String> self = as("zj-admin", "PUT", "/v1/accounts/zj-admin", "application/json",
                "{\"role\":\"national-admin\"}", "If-Match", "\"1\"");
        assertEquals(self.body(), 403, self.statusCode());
        // nothing half-changed: no account and no realm user zj-boss
        assertEquals(404, call("GET", "/v1/accounts/zj-boss", null, null, true).statusCode());
        assertEquals(401, asUser("zj-boss", PASSWORD_OF, "GET", "/v1/societies", null, null).statusCode());
        // a region the standard does not know, and a society that does not exist, are named
        HttpResponse<String> unknown = postJson("/v1/accounts", "{\"userName\":\"x1\",\"role\":\"local-admin\",\"regionPrefix\":\"99\","
                + "\"societyIds\":[999999],\"password\":\"" + PASSWORD_OF + "\"}");
        assertEquals(unknown.body(), 422, unknown.statusCode());
        assertEquals(Set.of("UNKNOWN_REGION", "UNKNOWN_SOCIETY"), codes(unknown.body()));
        // and the refusals are in the access log, with who and what
        String log = get("/v1/access-log?limit=500").body();
        assertTrue(log, log.contains("\"userName\":\"zj-admin\"") && log.contains("GRANT_EXCEEDS_OWN"));
        assertEquals(403, as("zj-viewer", "GET", "/v1/access-log", null, null).statusCode());
    }

    @Test
    public void aDisabledAccountIsRefusedAtOnce() throws Exception {
        accounts();
        postJson("/v1/accounts", "{\"userName\":\"to-disable\",\"role\":\"viewer\",\"regionPrefix\":\"33\",\"password\":\""
                + PASSWORD_OF + "\"}");
        assertEquals(200, asUser("to-disable", PASSWORD_OF, "GET", "/v1/societies", null, null).statusCode());
        HttpResponse<String> disabled = call("POST", "/v1/accounts/to-disable/disable", null, null, true, "If-Match", "\"1\"");
        assertEquals(disabled.body(), 200, disabled.statusCode());
        HttpResponse<String> refused = asUser("to-disable", PASSWORD_OF, "GET", "/v1/societies", null, null);
        assertEquals(refused.body(), 401, refused.statusCode());
        assertEquals("ACCOUNT_DISABLED", JSON.readTree(refused.body()).get("code").asText());
    }

    /** Creates the five accounts once, through the REST door, as the shipped national administrator. */
    private void accounts() throws Exception {
        if (accountsCreated) {
            return;
        }
        String[] drafts = {
            "{\"userName\":\"national\",\"role\":\"national-admin\"",
            "{\"userName\":\"zj-admin\",\"role\":\"local-admin\",\"regionPrefix\":\"33\"",
            "{\"userName\":\"sh-admin\",\"role\":\"local-admin\",\"regionPrefix\":\"31\"",
            "{\"userName\":\"h-secretary\",\"role\":\"society-secretary\",\"societyIds\":[" + FIXTURES.get("H") + "]",
            "{\"userName\":\"zj-viewer\",\"role\":\"viewer\",\"regionPrefix\":\"33\"",
        };
        for (String draft : drafts) {
            HttpResponse<String> created = postJson("/v1/accounts", draft + ",\"password\":\"" + PASSWORD_OF + "\"}");
            assertEquals(created.body(), 201, created.statusCode());
        }
        accountsCreated = true;
    }

    private String onRest(String account, String operation) {
        try {
            return switch (operation) {
                case "list societies" -> visible(ids(as(account, "GET", "/v1/societies?limit=500", null, null), "items", "id"));
                case "get society Z" -> status(as(account, "GET", "/v1/societies/" + FIXTURES.get("Z"), null, null));
                case "get society N" -> status(as(account, "GET", "/v1/societies/" + FIXTURES.get("N"), null, null));
                case "history of S" -> status(as(account, "GET", "/v1/societies/" + FIXTURES.get("S") + "/history", null, null));
                case "create society in 33" -> status(as(account, "POST", "/v1/societies", "application/json",
                        societyJson("浙江省REST学会" + serial, "330000", "PROVINCIAL")));
                case "create national society" -> status(as(account, "POST", "/v1/societies", "application/json",
                        societyJson("中国REST学会" + serial, "100000", "NATIONAL")));
                case "update society H" -> restUpdate(account, "H", null);
                case "update society N" -> restUpdate(account, "N", null);
                case "move society Z to 31" -> {
                    String moved = restUpdate(account, "Z", "310000");
                    update(Actor.SYSTEM, "Z", "330000");
                    yield moved;
                }
                case "ledger of H" -> status(as(account, "GET", "/v1/societies/" + FIXTURES.get("H") + "/ledger", null, null));
                case "ledger revisions of S" -> status(as(account, "GET", "/v1/societies/" + FIXTURES.get("S") + "/ledger/revisions", null, null));
                case "unclear ledgers" -> visible(ids(as(account, "GET", "/v1/ledgers/unclear?limit=500", null, null), "items", "society"));
                case "write ledger of H" -> restLedger(account, "H");
                case "write ledger of Z" -> restLedger(account, "Z");
                case "export societies" -> exportedText(as(account, "GET", "/v1/exports/societies", null, null).body());
                case "import a 33 row and a 31 row" -> {
                    HttpResponse<String> imported = as(account, "POST", "/v1/imports/societies", "text/csv", importFile());
                    yield imported.statusCode() == 200 ? "ok" : imported.statusCode() == 422
                            ? "refused line " + rows(imported.body()) : String.valueOf(imported.statusCode());
                }
                default -> throw new IllegalArgumentException("no such operation in the matrix: " + operation);
            };
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String restUpdate(String account, String fixture, String region) throws java.io.IOException {
        HttpResponse<String> read = get("/v1/societies/" + FIXTURES.get(fixture));
        ObjectNode society = (ObjectNode) JSON.readTree(read.body());
        society.put("nameEn", "Society " + serial++);
        if (region != null) {
            society.put("regionCode", region);
        }
        return status(as(account, "PUT", "/v1/societies/" + FIXTURES.get(fixture), "application/json", society.toString(),
                "If-Match", read.headers().firstValue("ETag").orElseThrow()));
    }

    private String restLedger(String account, String fixture) throws java.io.IOException {
        HttpResponse<String> read = get("/v1/societies/" + FIXTURES.get(fixture) + "/ledger");
        return status(as(account, "PUT", "/v1/societies/" + FIXTURES.get(fixture) + "/ledger", "application/json",
                "{\"activitiesInYear\":" + serial++ + "}", "If-Match", read.headers().firstValue("ETag").orElseThrow()));
    }

    private String societyJson(String name, String region, String level) {
        return "{\"name\":\"" + name + "\",\"uscc\":\"" + Usccs.valid(region, 8000 + serial++) + "\",\"kind\":\"SOCIETY\",\"level\":\""
                + level + "\",\"regionCode\":\"" + region + "\",\"discipline\":\"SCIENCE\",\"groupMemberStatus\":\"NONE\"}";
    }

    /** ok for a 2xx answer, else its status. */
    private static String status(HttpResponse<String> response) {
        return response.statusCode() / 100 == 2 ? "ok" : String.valueOf(response.statusCode());
    }

    private static List<Long> ids(HttpResponse<String> response, String list, String field) throws java.io.IOException {
        assertEquals(response.body(), 200, response.statusCode());
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : JSON.readTree(response.body()).get(list)) {
            JsonNode id = item.get(field);
            ids.add(id.isObject() ? id.get("id").asLong() : id.asLong());
        }
        return ids;
    }

    private static String rows(String report) throws java.io.IOException {
        Set<String> rows = new TreeSet<>();
        JSON.readTree(report).get("errors").forEach(e -> rows.add(e.get("row").asText()));
        return String.join(",", rows);
    }

    private static Set<String> codes(String problem) throws java.io.IOException {
        Set<String> codes = new TreeSet<>();
        JSON.readTree(problem).get("errors").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    /** A call as one of the accounts, with its password. */
    private HttpResponse<String> as(String account, String method, String path, String contentType, String body, String... headers) {
        return asUser(account, PASSWORD_OF, method, path, contentType, body, headers);
    }

    private HttpResponse<String> asUser(String user, String password, String method, String path, String contentType, String body,
                                        String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        System.arraycopy(headers, 0, all, 2, headers.length);
        return call(method, path, contentType, body, false, all);
    }

    /**
     * The console, each account running commands as the realm user the API created (its realm role is its castpb
     * role). Operations the console does not offer (changing a society's record, file transfers, which the exchange
     * directory confines) are left to the other doors.
     */
    @Test
    public void theConsoleGivesEveryAccountExactlyItsScope() throws Exception {
        accounts();
        awaitCommands(sessionFactory, "society:list", "ledger:set", "account:list");
        assertMatrix(account -> operation -> onConsole(account, operation));
    }

    /** The SOAP door's SocietyService port, each account calling with its password. */
    @Test
    public void theSoapDoorGivesEveryAccountExactlyItsScope() throws Exception {
        accounts();
        await().atMost(BOOT).until(() -> call("GET", SOAP_PATH + "?wsdl", null, null, false).statusCode() == 200);
        assertMatrix(account -> operation -> onSoap(account, operation));
    }

    private static final String SOAP_PATH = "/soap/SocietyService";

    private String onSoap(String account, String operation) {
        return switch (operation) {
            case "list societies" -> named(soap(account, "<s:listSocieties><s:filter><s:limit>500</s:limit></s:filter></s:listSocieties>").body());
            case "get society Z" -> soapOutcome(soap(account, "<s:getSociety><s:id>" + FIXTURES.get("Z") + "</s:id></s:getSociety>"));
            case "get society N" -> soapOutcome(soap(account, "<s:getSociety><s:id>" + FIXTURES.get("N") + "</s:id></s:getSociety>"));
            case "history of S" -> soapOutcome(soap(account, "<s:getSocietyHistory><s:id>" + FIXTURES.get("S") + "</s:id></s:getSocietyHistory>"));
            case "create society in 33" -> soapOutcome(soap(account, "<s:createSociety>" + societyXml("浙江省SOAP学会" + serial,
                    Usccs.valid("330000", 8000 + serial++), "PROVINCIAL", "330000", null) + "</s:createSociety>"));
            case "create national society" -> soapOutcome(soap(account, "<s:createSociety>" + societyXml("中国SOAP学会" + serial,
                    Usccs.valid("100000", 8000 + serial++), "NATIONAL", "100000", null) + "</s:createSociety>"));
            case "update society H" -> soapUpdate(account, "H", null);
            case "update society N" -> soapUpdate(account, "N", null);
            case "move society Z to 31" -> {
                String moved = soapUpdate(account, "Z", "310000");
                update(Actor.SYSTEM, "Z", "330000");
                yield moved;
            }
            case "ledger of H" -> soapOutcome(soap(account, "<s:getLedger><s:societyId>" + FIXTURES.get("H") + "</s:societyId></s:getLedger>"));
            case "ledger revisions of S" -> soapOutcome(soap(account, "<s:listLedgerRevisions><s:societyId>" + FIXTURES.get("S")
                    + "</s:societyId></s:listLedgerRevisions>"));
            case "unclear ledgers" -> named(soap(account, "<s:listUnclearLedgers><s:filter><s:limit>500</s:limit></s:filter></s:listUnclearLedgers>").body());
            case "write ledger of H" -> soapLedger(account, "H");
            case "write ledger of Z" -> soapLedger(account, "Z");
            case "export societies" -> exportedText(soap(account, "<s:exportSocieties/>").body());
            case "import a 33 row and a 31 row" -> {
                HttpResponse<String> imported = soap(account, "<s:importSocieties><s:csv>" + importFile() + "</s:csv></s:importSocieties>");
                String outcome = soapOutcome(imported);
                Set<String> rows = new TreeSet<>();
                java.util.regex.Matcher row = java.util.regex.Pattern.compile("<(?:\\w+:)?row>(\\d+)</").matcher(imported.body());
                while (row.find()) {
                    rows.add(row.group(1));
                }
                yield !"ok".equals(outcome) || rows.isEmpty() ? outcome : "refused line " + String.join(",", rows);
            }
            default -> null;
        };
    }

    private String soapUpdate(String account, String fixture, String region) {
        Society now = societies.get(Actor.SYSTEM, FIXTURES.get(fixture));
        return soapOutcome(soap(account, "<s:updateSociety><s:id>" + now.id() + "</s:id><s:version>" + now.version() + "</s:version>"
                + societyXml(now.name(), now.uscc(), now.level().name(), region == null ? now.regionCode() : region, "Society " + serial++)
                + "</s:updateSociety>"));
    }

    private String soapLedger(String account, String fixture) {
        long id = FIXTURES.get(fixture);
        return soapOutcome(soap(account, "<s:updateLedger><s:societyId>" + id + "</s:societyId><s:revision>"
                + ledgers.current(Actor.SYSTEM, id).revision() + "</s:revision><s:ledger><s:activitiesInYear>" + serial++
                + "</s:activitiesInYear></s:ledger></s:updateLedger>"));
    }

    private static String societyXml(String name, String uscc, String level, String region, String nameEn) {
        return "<s:society><s:name>" + name + "</s:name>" + (nameEn == null ? "" : "<s:nameEn>" + nameEn + "</s:nameEn>")
                + "<s:uscc>" + uscc + "</s:uscc><s:kind>SOCIETY</s:kind><s:level>" + level + "</s:level><s:regionCode>" + region
                + "</s:regionCode><s:discipline>SCIENCE</s:discipline><s:groupMemberStatus>NONE</s:groupMemberStatus></s:society>";
    }

    private HttpResponse<String> soap(String account, String operation) {
        return as(account, "POST", SOAP_PATH, "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"http://castpb.org/soap/society/1\">"
                        + "<soap:Body>" + operation + "</soap:Body></soap:Envelope>");
    }

    /** ok, or the HTTP status the fault's code stands for in the other doors. */
    private static String soapOutcome(HttpResponse<String> response) {
        if (response.statusCode() == 200) {
            return "ok";
        }
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("<(?:\\w+:)?code>([A-Z_]+)</").matcher(response.body());
        return refusalOf(code.find() ? "Error: " + code.group(1) + ": fault" : "Error: HTTP_" + response.statusCode() + ":");
    }

    private static final Map<String, String> ROLE_OF = Map.of("national", "national-admin", "zj-admin", "local-admin",
            "sh-admin", "local-admin", "h-secretary", "society-secretary", "zj-viewer", "viewer");

    private String onConsole(String account, String operation) {
        return switch (operation) {
            case "list societies" -> named(console(account, "society:list --limit 500"));
            case "get society Z" -> refusalOf(console(account, "society:show " + FIXTURES.get("Z")));
            case "get society N" -> refusalOf(console(account, "society:show " + FIXTURES.get("N")));
            case "history of S" -> refusalOf(console(account, "society:history " + FIXTURES.get("S")));
            case "create society in 33" -> refusalOf(console(account, "society:add --name 浙江省控制台学会" + serial + " --uscc "
                    + Usccs.valid("330000", 8000 + serial++) + " --level PROVINCIAL --region 330000 --discipline SCIENCE"));
            case "create national society" -> refusalOf(console(account, "society:add --name 中国控制台学会" + serial + " --uscc "
                    + Usccs.valid("100000", 8000 + serial++) + " --level NATIONAL --region 100000 --discipline SCIENCE"));
            case "ledger of H" -> refusalOf(console(account, "ledger:show " + FIXTURES.get("H")));
            case "ledger revisions of S" -> refusalOf(console(account, "ledger:revisions " + FIXTURES.get("S")));
            case "unclear ledgers" -> named(console(account, "ledger:unclear --limit 500"));
            case "write ledger of H" -> refusalOf(console(account, "ledger:set --activities " + serial++ + " " + FIXTURES.get("H")));
            case "write ledger of Z" -> refusalOf(console(account, "ledger:set --activities " + serial++ + " " + FIXTURES.get("Z")));
            default -> null;
        };
    }

    /** What the command printed, or the message of its refusal. */
    private String console(String account, String command) {
        try {
            return executeCommandAs(sessionFactory, account, List.of(ROLE_OF.get(account)), command);
        } catch (Exception e) {
            // the refusal arrives wrapped (Subject.doAs), its message on the command's own exception
            Throwable refusal = e;
            while (refusal.getCause() != null && (refusal.getMessage() == null || !refusal.getMessage().contains("Error: "))) {
                refusal = refusal.getCause();
            }
            return String.valueOf(refusal.getMessage());
        }
    }

    /** ok, or the HTTP status the refusal's code stands for in the other doors. */
    private static String refusalOf(String printed) {
        int error = printed.indexOf("Error: ");
        if (error < 0) {
            return "ok";
        }
        String code = printed.substring(error + 7, printed.indexOf(':', error + 7));
        return switch (code) {
            case "NOT_FOUND" -> "404";
            case "FORBIDDEN", "OUT_OF_SCOPE" -> "403";
            default -> code;
        };
    }

    /** The fixtures a listing names. */
    private String named(String printed) {
        Set<String> seen = new TreeSet<>();
        FIXTURE_NAMES.forEach((fixture, name) -> {
            if (printed.contains(name)) {
                seen.add(fixture);
            }
        });
        return String.join("", seen);
    }

    /**
     * Checks every cell of the matrix through one door, and reports all differing cells at once. A door answers
     * null for an operation it does not offer.
     */
    private void assertMatrix(Function<String, Function<String, String>> door) {
        List<String> differences = new ArrayList<>();
        for (String[] row : MATRIX) {
            for (int a = 0; a < ACCOUNTS.size(); a++) {
                String actual = door.apply(ACCOUNTS.get(a)).apply(row[0]);
                if (actual != null && !row[a + 1].equals(actual)) {
                    differences.add(row[0] + " by " + ACCOUNTS.get(a) + ": expected " + row[a + 1] + ", got " + actual);
                }
            }
        }
        assertEquals(String.join("\n", differences), 0, differences.size());
    }

    private String onService(Actor actor, String operation) {
        return switch (operation) {
            case "list societies" -> visible(societies.list(actor, SocietyQuery.all().page(0, SocietyQuery.MAX_LIMIT)).items()
                    .stream().map(Society::id).toList());
            case "get society Z" -> outcome(() -> societies.get(actor, FIXTURES.get("Z")));
            case "get society N" -> outcome(() -> societies.get(actor, FIXTURES.get("N")));
            case "history of S" -> outcome(() -> societies.history(actor, FIXTURES.get("S")));
            case "create society in 33" -> outcome(() -> create(actor, "浙江省新建学会" + serial, SocietyLevel.PROVINCIAL, "330000"));
            case "create national society" -> outcome(() -> create(actor, "中国新建学会" + serial, SocietyLevel.NATIONAL, "100000"));
            case "update society H" -> outcome(() -> update(actor, "H", null));
            case "update society N" -> outcome(() -> update(actor, "N", null));
            case "move society Z to 31" -> outcome(() -> {
                Society moved = update(actor, "Z", "310000");
                update(Actor.SYSTEM, "Z", "330000");
                return moved;
            });
            case "ledger of H" -> outcome(() -> ledgers.current(actor, FIXTURES.get("H")));
            case "ledger revisions of S" -> outcome(() -> ledgers.revisions(actor, FIXTURES.get("S")));
            case "unclear ledgers" -> visible(ledgers.unclear(actor, SocietyQuery.all().page(0, SocietyQuery.MAX_LIMIT)).items()
                    .stream().map(u -> u.society().id()).toList());
            case "write ledger of H" -> outcome(() -> writeLedger(actor, "H"));
            case "write ledger of Z" -> outcome(() -> writeLedger(actor, "Z"));
            case "export societies" -> exported(actor);
            case "import a 33 row and a 31 row" -> imported(actor);
            default -> throw new IllegalArgumentException("no such operation in the matrix: " + operation);
        };
    }

    private String exported(Actor actor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfers.exportCsv(actor, SocietyQuery.all(), out);
        return exportedText(out.toString(StandardCharsets.UTF_8));
    }

    /** The fixtures whose USCC an export holds. */
    private String exportedText(String csv) {
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<String, Long> fixture : FIXTURES.entrySet()) {
            if (csv.contains(societies.get(Actor.SYSTEM, fixture.getValue()).uscc())) {
                seen.add(fixture.getKey());
            }
        }
        return String.join("", seen);
    }

    /** A 33 row on line 2 and a 31 row on line 3, the same file for every account. */
    private static String importFile() {
        return "名称,统一社会信用代码,类型,级别,行政区划代码,学科,团体会员状态\n"
                + "浙江省导入学会," + Usccs.valid("330000", 7001) + ",学会,省级,330000,理科,非会员\n"
                + "上海市导入学会," + Usccs.valid("310000", 7002) + ",学会,省级,310000,理科,非会员\n";
    }

    private String imported(Actor actor) {
        String csv = importFile();
        try {
            ImportReport report = transfers.importCsv(actor, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    ImportMode.ALL_OR_NOTHING);
            return report.errors().isEmpty() ? "ok" : "refused line " + report.errors().stream()
                    .map(e -> String.valueOf(e.row())).distinct().collect(Collectors.joining(","));
        } catch (CastpbException e) {
            return status(e);
        }
    }

    private static String visible(List<Long> ids) {
        Set<String> seen = new TreeSet<>();
        FIXTURES.forEach((name, id) -> {
            if (ids.contains(id)) {
                seen.add(name);
            }
        });
        return String.join("", seen);
    }

    private Society create(Actor actor, String name, SocietyLevel level, String region) {
        return societies.create(actor, SocietyDraft.of(name, Usccs.valid(region, 8000 + serial++), SocietyKind.SOCIETY, level,
                region, Discipline.SCIENCE, GroupMemberStatus.NONE));
    }

    /** Rewrites a fixture's record (its English name, or its region), as the actor. */
    private Society update(Actor actor, String fixture, String region) {
        Society now = societies.get(Actor.SYSTEM, FIXTURES.get(fixture));
        SocietyDraft draft = new SocietyDraft(now.name(), "Society " + serial++, now.uscc(), null, now.kind(), now.level(),
                region == null ? now.regionCode() : region, now.discipline(), now.supervisingUnit(), now.groupMemberStatus(),
                now.groupMemberAppliedOn(), now.groupMemberAdmittedOn(), now.registrationStatus(), now.foundingYear(),
                now.contactName(), now.contactPhone(), now.contactEmail(), now.partyBuildingInCharter());
        return societies.update(actor, now.id(), now.version(), draft);
    }

    private Object writeLedger(Actor actor, String fixture) {
        long id = FIXTURES.get(fixture);
        int revision = ledgers.current(Actor.SYSTEM, id).revision();
        LedgerDraft empty = LedgerDraft.empty();
        LedgerDraft draft = new LedgerDraft(empty.runningState(), empty.lastInspectionResult(), empty.lastInspectionYear(),
                serial++, empty.fullTimeStaff(), empty.staffPartyMembers(), empty.formalMembers(), empty.probationaryMembers(),
                empty.relationshipsHere(), empty.relationshipsElsewhere(), empty.leaders(), empty.partyOrganisationEstablished(),
                empty.noOrganisationReason(), empty.noOrganisationText(), empty.note());
        return ledgers.update(actor, id, revision, draft);
    }

    /** The refusal's HTTP status and code, or ok. */
    private static String refusal(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (CastpbException e) {
            return status(e) + " " + e.code();
        }
    }

    /** ok, or the refusal's HTTP status as the doors answer it. */
    private static String outcome(java.util.function.Supplier<?> call) {
        try {
            call.get();
            return "ok";
        } catch (NotFoundException e) {
            return "404";
        } catch (ForbiddenException e) {
            return "403";
        } catch (CastpbException e) {
            return e.code();
        }
    }

    private static String status(CastpbException e) {
        return e instanceof ForbiddenException ? "403" : e instanceof NotFoundException ? "404" : e.code();
    }
}
