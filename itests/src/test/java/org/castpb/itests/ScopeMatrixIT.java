package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

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
import java.time.LocalDate;
import org.castpb.api.account.AccessLog;
import org.castpb.api.account.AccessRefusal;
import org.castpb.api.account.Account;
import org.castpb.api.account.AccountDraft;
import org.castpb.api.account.AccountService;
import org.castpb.api.coverage.AdmissionService;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.GroupBy;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.RectificationTask;
import org.castpb.api.coverage.SnapshotService;
import org.castpb.api.coverage.UncoveredSociety;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignDraft;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.FundingService;
import org.castpb.api.evaluation.ResultQuery;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.organisation.EstablishmentRequest;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.LiaisonDraft;
import org.castpb.api.organisation.LiaisonKind;
import org.castpb.api.organisation.LiaisonService;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;
import org.castpb.api.DemoDataService;
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
 * secretary of one Hangzhou society, a Zhejiang viewer) and a realm user with no castpb role or account against
 * every endpoint family (records, party organisations, establishment requests, liaisons, coverage, rectification,
 * snapshots, evaluation, funding, accounts, the access log), read and write. The expected outcome of every cell is
 * written once, in {@link #MATRIX}; every door must give exactly that (the service door and REST run every row; SOAP
 * and the console the rows their operations and commands offer).
 *
 * <p>Four societies are the fixtures: Z (Zhejiang, provincial, 330000), H (Hangzhou, municipal, 330100; the
 * secretary's), S (Shanghai, provincial, 310000) and N (national, 100000). A list cell names the fixtures the
 * account sees, so a leak shows as a letter too many. One Karaf boot serves every test of the class.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ScopeMatrixIT extends CastpbTestSupport {

    static final List<String> ACCOUNTS = List.of("national", "zj-admin", "sh-admin", "h-secretary", "zj-viewer", "outsider");

    /** Operation, then the outcome for each of {@link #ACCOUNTS}: ok, 403, 404, or the fixtures a list returns. */
    static final String[][] MATRIX = {
        // records: societies
        {"list societies", "HNSZ", "HZ", "S", "H", "HZ", "403"},
        {"get society Z", "ok", "ok", "404", "404", "ok", "403"},
        {"get society N", "ok", "404", "404", "404", "404", "403"},
        {"history of S", "ok", "404", "ok", "404", "404", "403"},
        {"create society in 33", "ok", "ok", "403", "403", "403", "403"},
        {"create national society", "ok", "403", "403", "403", "403", "403"},
        {"update society H", "ok", "ok", "403", "ok", "403", "403"},
        {"update society N", "ok", "403", "403", "403", "403", "403"},
        {"move society Z to 31", "ok", "403", "403", "403", "403", "403"},
        // records: ledgers
        {"ledger of H", "ok", "ok", "404", "ok", "ok", "403"},
        {"ledger revisions of S", "ok", "404", "ok", "404", "404", "403"},
        {"unclear ledgers", "HNSZ", "HZ", "S", "H", "HZ", "403"},
        {"write ledger of H", "ok", "ok", "403", "ok", "403", "403"},
        {"write ledger of Z", "ok", "ok", "403", "403", "403", "403"},
        // records: import and export
        {"export societies", "HNSZ", "HZ", "S", "H", "HZ", "403"},
        {"import a 33 row and a 31 row", "ok", "refused line 3", "refused line 2", "403", "403", "403"},
        // party organisations
        {"get organisation of Z", "ok", "ok", "404", "404", "ok", "403"},
        {"get organisation of S", "ok", "404", "ok", "404", "404", "403"},
        {"organisations of Z", "listed", "listed", "none", "none", "listed", "403"},
        {"record organisation for Z", "ok", "ok", "403", "403", "403", "403"},
        {"record organisation for N", "ok", "403", "403", "403", "403", "403"},
        {"change organisation of S", "ok", "403", "ok", "403", "403", "403"},
        // establishment requests: the secretary drafts and submits for its society; approval of a national society's
        // request is the national administrator's, of a local one's its region's administrator's too
        {"get request of H", "ok", "ok", "404", "ok", "ok", "403"},
        {"get request of S", "ok", "404", "ok", "404", "404", "403"},
        {"pending requests", "HNSZ", "HZ", "S", "H", "HZ", "403"},
        {"draft request for H", "ok", "ok", "403", "ok", "403", "403"},
        {"draft request for N", "ok", "403", "403", "403", "403", "403"},
        {"submit request of H", "ok", "ok", "403", "ok", "403", "403"},
        {"approve request of Z", "ok", "ok", "403", "403", "403", "403"},
        {"approve request of N", "ok", "403", "403", "403", "403", "403"},
        // liaison assignments
        {"get liaison of Z", "ok", "ok", "404", "404", "ok", "403"},
        {"liaisons of N", "listed", "none", "none", "none", "none", "403"},
        {"assign liaison to Z", "ok", "ok", "403", "403", "403", "403"},
        {"change liaison of Z", "ok", "ok", "403", "403", "403", "403"},
        // coverage as of 2021-06-30 (Z and S have organisations, Z and N liaisons), counted over every level here
        {"coverage by province", "10,31,33", "33", "31", "33", "33", "403"},
        {"uncovered organisation", "HN", "H", "", "H", "H", "403"},
        {"uncovered work", "H", "H", "", "H", "H", "403"},
        {"coverage targets", "ok", "ok", "ok", "ok", "ok", "403"},
        {"admission check of S", "ok", "404", "ok", "404", "404", "403"},
        {"generate rectifications", "ok", "ok", "ok", "403", "403", "403"},
        // coverage tasks of H and N, and the tasks the completed campaigns opened for the societies that failed them (S, Z)
        {"open rectification tasks", "HNSZ", "HZ", "S", "H", "HZ", "403"},
        {"take coverage snapshot", "ok", "ok", "ok", "403", "403", "403"},
        {"organisation-covered in trend of 2021-06", "2", "1", "1", "0", "1", "403"},
        // evaluation: campaigns n (national), z (33) and s (31), run to completion before the matrix
        {"list campaigns", "nsz", "z", "s", "", "z", "403"},
        {"results of campaign z", "HZ", "HZ", "404", "404", "HZ", "403"},
        {"result of Z in campaign n", "ok", "ok", "404", "404", "ok", "403"},
        {"evaluations of H", "ok", "ok", "404", "ok", "ok", "403"},
        {"open campaign in 31", "ok", "403", "ok", "403", "403", "403"},
        {"run a campaign of 33", "ok", "ok", "403", "403", "403", "403"},
        {"allocate funding on campaign z", "ok", "ok", "403", "403", "403", "403"},
        {"allocations of campaign z", "ok", "ok", "404", "404", "ok", "403"},
        // accounts and the access log: an administrator manages its scope and below, never a national-admin
        {"list accounts", "h-secretary,national,sh-admin,zj-admin,zj-viewer", "h-secretary,zj-admin,zj-viewer", "sh-admin", "403", "403", "403"},
        {"get account sh-admin", "ok", "404", "ok", "403", "403", "403"},
        {"create viewer of 3301", "ok", "ok", "403", "403", "403", "403"},
        {"create national-admin", "ok", "403", "403", "403", "403", "403"},
        {"disable a viewer of 33", "ok", "ok", "404", "403", "403", "403"},
        {"reset password of a viewer of 33", "ok", "ok", "404", "403", "403", "403"},
        {"access log", "h-secretary,national,outsider,sh-admin,zj-admin,zj-viewer", "h-secretary,zj-admin,zj-viewer", "sh-admin",
            "403", "403", "403"},
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
    @Inject
    @Filter(timeout = 120_000)
    PartyOrganisationService organisations;
    @Inject
    @Filter(timeout = 120_000)
    EstablishmentRequestService requests;
    @Inject
    @Filter(timeout = 120_000)
    LiaisonService liaisons;
    @Inject
    @Filter(timeout = 120_000)
    CoverageService coverage;
    @Inject
    @Filter(timeout = 120_000)
    RectificationService rectifications;
    @Inject
    @Filter(timeout = 120_000)
    SnapshotService snapshots;
    @Inject
    @Filter(timeout = 120_000)
    AdmissionService admission;
    @Inject
    @Filter(timeout = 120_000)
    EvaluationService evaluations;
    @Inject
    @Filter(timeout = 120_000)
    FundingService funding;
    @Inject
    @Filter(timeout = 120_000)
    AccountService accountService;
    @Inject
    @Filter(timeout = 120_000)
    AccessLog accessLog;
    @Inject
    @Filter(timeout = 120_000)
    DemoDataService demo;

    private static final Map<String, String> FIXTURE_NAMES = Map.of("Z", "浙江省科学技术史学会", "H", "杭州市计算机学会",
            "S", "上海市声学学会", "N", "中国矩阵学会");
    private static final Map<String, Long> FIXTURES = new LinkedHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every account's password in this test. */
    private static final String PASSWORD_OF = "matrix-password-1";
    private static int serial;
    private static boolean accountsCreated;

    /** Party organisations (OZ, OS), requests (RH, RS: drafts; PH, PZ, PS, PN: submitted), liaisons (LZ, LN), campaigns (n, z, s). */
    private static final Map<String, Long> RECORDS = new LinkedHashMap<>();
    /** The day the coverage rows are counted on: the fixtures' organisations and liaisons run, the matrix's later ones not yet. */
    private static final LocalDate COUNTED = LocalDate.of(2021, 6, 30);
    /** Organisations, requests and liaisons the matrix itself records start here, after {@link #COUNTED}. */
    private static final LocalDate LATER = LocalDate.of(2026, 1, 1);

    @Configuration
    public Option[] config() {
        return distribution(
                // coverage over every level and member status, so a region's administrator has figures of its own
                editConfigurationFilePut("etc/org.castpb.coverage.cfg", "scopeLevels", "NATIONAL, PROVINCIAL, MUNICIPAL"),
                editConfigurationFilePut("etc/org.castpb.coverage.cfg", "scopeGroupMemberStatuses", "MEMBER, APPLICANT, NONE"),
                // a realm user with no castpb role and no account
                editConfigurationFilePut("etc/users.properties", "outsider", hashedPassword(PASSWORD_OF) + ",manager"));
    }

    @Before
    public void fixtures() {
        await().atMost(BOOT).until(() -> get("/v1/societies?limit=1").statusCode() == 200);
        if (FIXTURES.isEmpty()) {
            FIXTURES.put("Z", create(Actor.SYSTEM, FIXTURE_NAMES.get("Z"), SocietyLevel.PROVINCIAL, "330000").id());
            FIXTURES.put("H", create(Actor.SYSTEM, FIXTURE_NAMES.get("H"), SocietyLevel.MUNICIPAL, "330100").id());
            FIXTURES.put("S", create(Actor.SYSTEM, FIXTURE_NAMES.get("S"), SocietyLevel.PROVINCIAL, "310000").id());
            FIXTURES.put("N", create(Actor.SYSTEM, FIXTURE_NAMES.get("N"), SocietyLevel.NATIONAL, "100000").id());
            records();
        }
    }

    /** The records of the other families the matrix reads, each recorded once by the platform. */
    private void records() {
        LocalDate established = LocalDate.of(2020, 3, 1);
        RECORDS.put("OZ", organisations.create(Actor.SYSTEM, organisationDraft("Z", established)).id());
        RECORDS.put("OS", organisations.create(Actor.SYSTEM, organisationDraft("S", established)).id());
        RECORDS.put("RH", requests.create(Actor.SYSTEM, organisationDraft("H", LATER)).id());
        RECORDS.put("RS", requests.create(Actor.SYSTEM, organisationDraft("S", LATER)).id());
        for (String fixture : List.of("H", "Z", "S", "N")) {
            RECORDS.put("P" + fixture, submitted(fixture).id());
        }
        RECORDS.put("LZ", liaisons.assign(Actor.SYSTEM, liaisonDraft("Z", LocalDate.of(2020, 1, 1))).id());
        RECORDS.put("LN", liaisons.assign(Actor.SYSTEM, liaisonDraft("N", LocalDate.of(2020, 1, 1))).id());
        RECORDS.put("n", completedCampaign(""));
        RECORDS.put("z", completedCampaign("33"));
        RECORDS.put("s", completedCampaign("31"));
        // one refusal of every account, as the doors write them
        for (String account : ACCOUNTS) {
            accessLog.refused(new AccessRefusal(java.time.Instant.now(), account, "REST", "GET /v1/matrix", "127.0.0.1", "FORBIDDEN"));
        }
    }

    private PartyOrganisationDraft organisationDraft(String fixture, LocalDate established) {
        return new PartyOrganisationDraft(FIXTURE_NAMES.get(fixture) + "党支部" + serial++, OrganisationType.BRANCH, null,
                List.of(FIXTURES.get(fixture)), new Secretary("王小明", SecretarySource.PRINCIPAL_LEADER), 5, 0, null, established,
                established, established.plusYears(3).minusDays(1), null);
    }

    private EstablishmentRequest submitted(String fixture) {
        EstablishmentRequest draft = requests.create(Actor.SYSTEM, organisationDraft(fixture, LATER));
        return requests.submit(Actor.SYSTEM, draft.id(), draft.version(), "报批");
    }

    private LiaisonDraft liaisonDraft(String fixture, LocalDate from) {
        return new LiaisonDraft(LiaisonKind.LIAISON_OFFICER, "张三", FIXTURES.get(fixture), from, null, "中国科协科技社团党委");
    }

    private long completedCampaign(String region) {
        Campaign opened = evaluations.create(Actor.SYSTEM, new CampaignDraft(2026, EvaluationKind.ASSESSMENT, null, null, region));
        evaluations.run(Actor.SYSTEM, opened.id());
        await().atMost(120, TimeUnit.SECONDS).until(() -> evaluations.get(Actor.SYSTEM, opened.id()).status() != CampaignStatus.RUNNING);
        assertEquals(CampaignStatus.COMPLETED, evaluations.get(Actor.SYSTEM, opened.id()).status());
        return opened.id();
    }

    /** The services themselves, called with each account's actor: the rule every door passes on. */
    @Test
    public void theServicesGiveEveryAccountExactlyItsScope() throws Exception {
        Map<String, Actor> actors = Map.of(
                "national", new Actor("national", Set.of("national-admin"), Scope.ALL),
                "zj-admin", new Actor("zj-admin", Set.of("local-admin"), Scope.region("33")),
                "sh-admin", new Actor("sh-admin", Set.of("local-admin"), Scope.region("31")),
                "h-secretary", new Actor("h-secretary", Set.of("society-secretary"), Scope.societies(List.of(FIXTURES.get("H")))),
                "zj-viewer", new Actor("zj-viewer", Set.of("viewer"), Scope.region("33")),
                "outsider", new Actor("outsider", Set.of("manager")));
        accounts();
        assertMatrix(account -> operation -> onService(actors.get(account), operation));
    }

    @Test
    public void aRealmUserWithoutCastpbRoleReadsNothing() {
        // the realm knows its hashed password, castpb gives it nothing
        HttpResponse<String> rest = asUser("outsider", PASSWORD_OF, "GET", "/v1/societies", null, null);
        assertEquals(rest.body(), 403, rest.statusCode());
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

    /**
     * Accounts created at the same time all log in: Karaf's engine reads the whole users file, hashes the password
     * (slowly) and writes the whole file back, so two creations at once used to keep only one realm user.
     */
    @Test
    public void accountsCreatedAtTheSameTimeAllLogIn() throws Exception {
        accounts();
        List<String> users = List.of("together-1", "together-2", "together-3", "together-4");
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(users.size());
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> creations = clients.invokeAll(users.stream()
                    .map(user -> (java.util.concurrent.Callable<HttpResponse<String>>) () -> postJson("/v1/accounts",
                            "{\"userName\":\"" + user + "\",\"role\":\"viewer\",\"regionPrefix\":\"33\",\"password\":\""
                                    + PASSWORD_OF + "\"}"))
                    .toList());
            for (java.util.concurrent.Future<HttpResponse<String>> creation : creations) {
                HttpResponse<String> created = creation.get();
                assertEquals(created.body(), 201, created.statusCode());
            }
        } finally {
            clients.shutdownNow();
        }
        for (String user : users) {
            assertEquals(user, 200, asUser(user, PASSWORD_OF, "GET", "/v1/societies", null, null).statusCode());
        }
    }

    @Test
    public void aDisabledAccountIsRefusedAtOnce() throws Exception {
        accounts();
        HttpResponse<String> created = postJson("/v1/accounts", "{\"userName\":\"to-disable\",\"role\":\"viewer\","
                + "\"regionPrefix\":\"33\",\"password\":\"" + PASSWORD_OF + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals(200, asUser("to-disable", PASSWORD_OF, "GET", "/v1/societies", null, null).statusCode());
        HttpResponse<String> disabled = call("POST", "/v1/accounts/to-disable/disable", null, null, true, "If-Match", "\"1\"");
        assertEquals(disabled.body(), 200, disabled.statusCode());
        HttpResponse<String> refused = asUser("to-disable", PASSWORD_OF, "GET", "/v1/societies", null, null);
        assertEquals(refused.body(), 401, refused.statusCode());
        assertEquals("ACCOUNT_DISABLED", JSON.readTree(refused.body()).get("code").asText());
    }

    /**
     * Removing a society (here as demo data) takes it out of every account that names it, audited as the platform's:
     * no account names a society that is gone, and a secretary left with none sees nothing.
     */
    @Test
    public void aRemovedSocietyLeavesNoAccountNamingItAndItsSecretarySeesNothing() throws Exception {
        accounts();
        Society doomed = create(Actor.SYSTEM, "杭州市待撤销学会", SocietyLevel.MUNICIPAL, "330100");
        assertEquals(1, demo.mark(Actor.SYSTEM, List.of(doomed.uscc())));
        for (String draft : List.of("{\"userName\":\"doomed-sec\",\"role\":\"society-secretary\",\"societyIds\":[" + doomed.id() + "]",
                "{\"userName\":\"doomed-viewer\",\"role\":\"viewer\",\"regionPrefix\":\"3301\",\"societyIds\":[" + doomed.id() + "]")) {
            HttpResponse<String> created = postJson("/v1/accounts", draft + ",\"password\":\"" + PASSWORD_OF + "\"}");
            assertEquals(created.body(), 201, created.statusCode());
        }
        assertEquals(200, asUser("doomed-sec", PASSWORD_OF, "GET", "/v1/societies/" + doomed.id(), null, null).statusCode());

        HttpResponse<String> removed = call("DELETE", "/v1/demo", null, null, true);
        assertEquals(removed.body(), 200, removed.statusCode());

        JsonNode secretary = JSON.readTree(get("/v1/accounts/doomed-sec").body());
        assertEquals(secretary.toString(), 0, secretary.get("societyIds").size());
        JsonNode viewer = JSON.readTree(get("/v1/accounts/doomed-viewer").body());
        assertEquals(viewer.toString(), 0, viewer.get("societyIds").size());
        assertEquals("the region stays", "3301", viewer.get("regionPrefix").asText());
        String history = get("/v1/accounts/doomed-sec/history").body();
        assertTrue(history, history.contains("SOCIETY_REMOVED") && history.contains(Actor.SYSTEM.name()));
        // the secretary without societies reads nothing, in every family
        for (String list : List.of("/v1/societies", "/v1/ledgers/unclear", "/v1/coverage/uncovered?asOf=" + COUNTED,
                "/v1/rectifications")) {
            HttpResponse<String> read = asUser("doomed-sec", PASSWORD_OF, "GET", list, null, null);
            assertEquals(list + ": " + read.body(), 0, JSON.readTree(read.body()).get("total").asLong());
        }
        HttpResponse<String> pending = asUser("doomed-sec", PASSWORD_OF, "GET", "/v1/establishment-requests/pending", null, null);
        assertEquals(pending.body(), "[]", pending.body());
    }

    /** The SOAP AccountService: the whole life of an account, and the refusals with the REST door's codes. */
    @Test
    public void theSoapAccountPortManagesAccountsUnderTheSameRules() throws Exception {
        accounts();
        await().atMost(BOOT).until(() -> call("GET", ACCOUNT_PORT + "?wsdl", null, null, false).statusCode() == 200);
        HttpResponse<String> created = soapAt("national", ACCOUNT_PORT, "<a:createAccount><a:account><a:userName>soap-zj</a:userName>"
                + "<a:role>local-admin</a:role><a:regionPrefix>33</a:regionPrefix><a:password>" + PASSWORD_OF + "</a:password>"
                + "</a:account></a:createAccount>");
        assertEquals(created.body(), 200, created.statusCode());
        assertEquals(List.of("1"), matches(created.body(), "<(?:\\w+:)?version>(\\d+)</"));

        // beyond the granting administrator's own role, by a local administrator: refused, nothing created
        HttpResponse<String> beyond = soapAt("zj-admin", ACCOUNT_PORT, "<a:createAccount><a:account><a:userName>soap-boss</a:userName>"
                + "<a:role>national-admin</a:role><a:password>" + PASSWORD_OF + "</a:password></a:account></a:createAccount>");
        assertEquals(List.of("GRANT_EXCEEDS_OWN"), matches(beyond.body(), "<(?:\\w+:)?code>([A-Z_]+)</"));
        assertEquals(List.of("NOT_FOUND"), matches(soapAt("national", ACCOUNT_PORT, "<a:getAccount><a:userName>soap-boss</a:userName>"
                + "</a:getAccount>").body(), "<(?:\\w+:)?code>([A-Z_]+)</"));
        // each bad field named, as over REST
        HttpResponse<String> invalid = soapAt("national", ACCOUNT_PORT, "<a:createAccount><a:account><a:userName>soap-bad</a:userName>"
                + "<a:role>governor</a:role><a:regionPrefix>99</a:regionPrefix><a:societyId>999999</a:societyId><a:password>"
                + PASSWORD_OF + "</a:password></a:account></a:createAccount>");
        assertEquals(List.of("VALIDATION_FAILED", "UNKNOWN_ROLE", "UNKNOWN_REGION", "UNKNOWN_SOCIETY"),
                matches(invalid.body(), "<(?:\\w+:)?code>([A-Z_]+)</"));

        HttpResponse<String> changed = soapAt("national", ACCOUNT_PORT, "<a:changeAccount><a:userName>soap-zj</a:userName><a:version>1"
                + "</a:version><a:account><a:role>viewer</a:role><a:regionPrefix>3301</a:regionPrefix></a:account></a:changeAccount>");
        assertEquals(changed.body(), 200, changed.statusCode());
        assertTrue(changed.body(), changed.body().contains("3301"));
        HttpResponse<String> stale = soapAt("national", ACCOUNT_PORT, "<a:disableAccount><a:userName>soap-zj</a:userName><a:version>1"
                + "</a:version></a:disableAccount>");
        assertEquals(List.of("VERSION_CONFLICT"), matches(stale.body(), "<(?:\\w+:)?code>([A-Z_]+)</"));
        assertEquals(200, soapAt("national", ACCOUNT_PORT, "<a:disableAccount><a:userName>soap-zj</a:userName><a:version>2"
                + "</a:version></a:disableAccount>").statusCode());
        assertEquals(401, asUser("soap-zj", PASSWORD_OF, "GET", "/v1/societies", null, null).statusCode());
        assertEquals(200, soapAt("national", ACCOUNT_PORT, "<a:enableAccount><a:userName>soap-zj</a:userName><a:version>3"
                + "</a:version></a:enableAccount>").statusCode());
        assertEquals(200, soapAt("national", ACCOUNT_PORT, "<a:setPassword><a:userName>soap-zj</a:userName><a:password>"
                + PASSWORD_OF + "-soap</a:password></a:setPassword>").statusCode());
        await().atMost(70, TimeUnit.SECONDS).until(() -> asUser("soap-zj", PASSWORD_OF + "-soap", "GET", "/v1/societies", null, null)
                .statusCode() == 200);
        String history = soapAt("national", ACCOUNT_PORT, "<a:getAccountHistory><a:userName>soap-zj</a:userName></a:getAccountHistory>").body();
        assertEquals(List.of("CREATE", "UPDATE", "DISABLE", "ENABLE", "PASSWORD"), matches(history, "<(?:\\w+:)?change>([A-Z_]+)</"));
        assertTrue("no password in an answer", !history.contains(PASSWORD_OF));
        // a viewer manages no accounts
        assertEquals(List.of("FORBIDDEN"), matches(soapAt("zj-viewer", ACCOUNT_PORT, "<a:listAccounts/>").body(),
                "<(?:\\w+:)?code>([A-Z_]+)</"));
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
                case "list societies" -> restVisible(as(account, "GET", "/v1/societies?limit=500", null, null), "items", "id");
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
                case "unclear ledgers" -> restVisible(as(account, "GET", "/v1/ledgers/unclear?limit=500", null, null), "items", "society");
                case "write ledger of H" -> restLedger(account, "H");
                case "write ledger of Z" -> restLedger(account, "Z");
                case "export societies" -> {
                    HttpResponse<String> exported = as(account, "GET", "/v1/exports/societies", null, null);
                    yield exported.statusCode() != 200 ? status(exported) : exportedText(exported.body());
                }
                case "import a 33 row and a 31 row" -> {
                    HttpResponse<String> imported = as(account, "POST", "/v1/imports/societies", "text/csv", importFile());
                    yield imported.statusCode() == 200 ? "ok" : imported.statusCode() == 422
                            ? "refused line " + rows(imported.body()) : String.valueOf(imported.statusCode());
                }
                default -> onFamilyRest(account, operation);
            };
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows of the families beside the records, through /api/v1. */
    private String onFamilyRest(String account, String operation) throws java.io.IOException {
        return switch (operation) {
            case "get organisation of Z" -> status(as(account, "GET", "/v1/party-organisations/" + RECORDS.get("OZ"), null, null));
            case "get organisation of S" -> status(as(account, "GET", "/v1/party-organisations/" + RECORDS.get("OS"), null, null));
            case "organisations of Z" -> restListed(as(account, "GET", "/v1/party-organisations?societyId=" + FIXTURES.get("Z"), null, null));
            case "record organisation for Z" -> status(as(account, "POST", "/v1/party-organisations", "application/json",
                    organisationJson("Z", LATER)));
            case "record organisation for N" -> {
                HttpResponse<String> created = as(account, "POST", "/v1/party-organisations", "application/json", organisationJson("N", LATER));
                if (created.statusCode() == 201) {
                    dissolved(JSON.readTree(created.body()).get("id").asLong());
                }
                yield status(created);
            }
            case "change organisation of S" -> {
                PartyOrganisation now = organisations.get(Actor.SYSTEM, RECORDS.get("OS"));
                yield status(as(account, "PUT", "/v1/party-organisations/" + now.id(), "application/json",
                        organisationJson("S", now.establishedOn()), "If-Match", "\"" + now.version() + "\""));
            }
            case "get request of H" -> status(as(account, "GET", "/v1/establishment-requests/" + RECORDS.get("RH"), null, null));
            case "get request of S" -> status(as(account, "GET", "/v1/establishment-requests/" + RECORDS.get("RS"), null, null));
            case "pending requests" -> {
                HttpResponse<String> pending = as(account, "GET", "/v1/establishment-requests/pending", null, null);
                if (pending.statusCode() != 200) {
                    yield status(pending);
                }
                List<Long> named = new ArrayList<>();
                JSON.readTree(pending.body()).forEach(p -> p.get("societyIds").forEach(id -> named.add(id.asLong())));
                yield visible(named);
            }
            case "draft request for H" -> status(as(account, "POST", "/v1/establishment-requests", "application/json",
                    organisationJson("H", LATER)));
            case "draft request for N" -> status(as(account, "POST", "/v1/establishment-requests", "application/json",
                    organisationJson("N", LATER)));
            case "submit request of H" -> {
                EstablishmentRequest draft = requests.create(Actor.SYSTEM, organisationDraft("H", LATER));
                yield status(as(account, "POST", "/v1/establishment-requests/" + draft.id() + "/submit", "application/json",
                        "{\"comment\":\"报批\"}", "If-Match", "\"" + draft.version() + "\""));
            }
            case "approve request of Z" -> restApprove(account, submitted("Z"));
            case "approve request of N" -> restApprove(account, submitted("N"));
            case "get liaison of Z" -> status(as(account, "GET", "/v1/liaison-assignments/" + RECORDS.get("LZ"), null, null));
            case "liaisons of N" -> restListed(as(account, "GET", "/v1/liaison-assignments?societyId=" + FIXTURES.get("N"), null, null));
            case "assign liaison to Z" -> status(as(account, "POST", "/v1/liaison-assignments", "application/json", liaisonJson("Z")));
            case "change liaison of Z" -> {
                LiaisonAssignment now = liaisons.get(Actor.SYSTEM, RECORDS.get("LZ"));
                ObjectNode changed = (ObjectNode) JSON.readTree(liaisonJson("Z"));
                changed.put("fromDate", now.fromDate().toString()).put("name", "张三" + serial++ % 2);
                yield status(as(account, "PUT", "/v1/liaison-assignments/" + now.id(), "application/json", changed.toString(),
                        "If-Match", "\"" + now.version() + "\""));
            }
            case "coverage by province" -> {
                HttpResponse<String> report = as(account, "GET", "/v1/coverage?asOf=" + COUNTED + "&groupBy=REGION", null, null);
                if (report.statusCode() != 200) {
                    yield status(report);
                }
                List<String> provinces = new ArrayList<>();
                JSON.readTree(report.body()).get("rows").forEach(r -> provinces.add(r.get("key").asText().substring(0, 2)));
                yield String.join(",", provinces);
            }
            case "uncovered organisation" -> restVisible(as(account, "GET", "/v1/coverage/uncovered?kind=ORGANISATION&limit=500&asOf=" + COUNTED,
                    null, null), "items", "societyId");
            case "uncovered work" -> restVisible(as(account, "GET", "/v1/coverage/uncovered?kind=WORK&limit=500&asOf=" + COUNTED,
                    null, null), "items", "societyId");
            case "coverage targets" -> status(as(account, "GET", "/v1/coverage/targets", null, null));
            case "admission check of S" -> status(as(account, "GET", "/v1/societies/" + FIXTURES.get("S") + "/admission-check", null, null));
            case "generate rectifications" -> status(as(account, "POST", "/v1/rectifications/generate", null, null));
            case "open rectification tasks" -> restVisible(as(account, "GET", "/v1/rectifications?limit=500", null, null), "items", "societyId");
            case "take coverage snapshot" -> status(as(account, "POST", "/v1/coverage/snapshots", null, null));
            case "organisation-covered in trend of 2021-06" -> {
                HttpResponse<String> trend = as(account, "GET", "/v1/coverage/trend?from=2021-06&to=2021-06", null, null);
                yield trend.statusCode() != 200 ? status(trend) : JSON.readTree(trend.body()).get(0).get("organisationCovered").asText();
            }
            case "list campaigns" -> {
                HttpResponse<String> listed = as(account, "GET", "/v1/evaluation/campaigns?limit=500", null, null);
                yield listed.statusCode() != 200 ? status(listed) : campaigns(ids(listed, "items", "id"));
            }
            case "results of campaign z" -> restVisible(as(account, "GET", "/v1/evaluation/campaigns/" + RECORDS.get("z") + "/results?limit=500",
                    null, null), "items", "societyId");
            case "result of Z in campaign n" -> status(as(account, "GET", "/v1/evaluation/campaigns/" + RECORDS.get("n") + "/results/"
                    + FIXTURES.get("Z"), null, null));
            case "evaluations of H" -> status(as(account, "GET", "/v1/societies/" + FIXTURES.get("H") + "/evaluations", null, null));
            case "open campaign in 31" -> status(as(account, "POST", "/v1/evaluation/campaigns", "application/json",
                    "{\"year\":2026,\"kind\":\"ANNUAL_INSPECTION\",\"regionPrefix\":\"31\"}"));
            case "run a campaign of 33" -> status(as(account, "POST", "/v1/evaluation/campaigns/" + evaluations.create(Actor.SYSTEM,
                    new CampaignDraft(2026, EvaluationKind.ANNUAL_INSPECTION, null, null, "33")).id() + "/run", null, null));
            case "allocate funding on campaign z" -> status(as(account, "POST", "/v1/evaluation/campaigns/" + RECORDS.get("z") + "/allocations",
                    "application/json", "{\"schemeId\":\"" + AWARD + "\",\"budget\":" + BUDGET + "}"));
            case "allocations of campaign z" -> status(as(account, "GET", "/v1/evaluation/campaigns/" + RECORDS.get("z") + "/allocations",
                    null, null));
            case "list accounts" -> {
                HttpResponse<String> listed = as(account, "GET", "/v1/accounts", null, null);
                yield listed.statusCode() != 200 ? status(listed) : matrixAccounts(names(listed.body()));
            }
            case "get account sh-admin" -> status(as(account, "GET", "/v1/accounts/sh-admin", null, null));
            case "create viewer of 3301" -> status(as(account, "POST", "/v1/accounts", "application/json", "{\"userName\":\"mx-" + serial++
                    + "\",\"role\":\"viewer\",\"regionPrefix\":\"3301\",\"password\":\"" + PASSWORD_OF + "\"}"));
            case "create national-admin" -> status(as(account, "POST", "/v1/accounts", "application/json", "{\"userName\":\"mx-" + serial++
                    + "\",\"role\":\"national-admin\",\"password\":\"" + PASSWORD_OF + "\"}"));
            case "disable a viewer of 33" -> {
                Account viewer = zhejiangViewer();
                yield status(as(account, "POST", "/v1/accounts/" + viewer.userName() + "/disable", null, null,
                        "If-Match", "\"" + viewer.version() + "\""));
            }
            case "reset password of a viewer of 33" -> status(as(account, "PUT", "/v1/accounts/" + zhejiangViewer().userName() + "/password",
                    "application/json", "{\"password\":\"" + PASSWORD_OF + "-new\"}"));
            case "access log" -> {
                HttpResponse<String> log = as(account, "GET", "/v1/access-log?limit=500", null, null);
                yield log.statusCode() != 200 ? status(log) : matrixAccounts(names(log.body()));
            }
            default -> throw new IllegalArgumentException("no such operation in the matrix: " + operation);
        };
    }

    private String restApprove(String account, EstablishmentRequest request) throws java.io.IOException {
        HttpResponse<String> approved = as(account, "POST", "/v1/establishment-requests/" + request.id() + "/approve", "application/json",
                "{\"comment\":\"同意\"}", "If-Match", "\"" + request.version() + "\"");
        JsonNode organisation = approved.statusCode() == 200 ? JSON.readTree(approved.body()).get("organisationId") : null;
        if (organisation != null && !organisation.isNull()) {
            dissolved(organisation.asLong());
        }
        return status(approved);
    }

    /** The user names in a JSON array of accounts or refusals. */
    private static List<String> names(String body) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        JSON.readTree(body).forEach(n -> names.add(n.path("userName").asText()));
        return names;
    }

    private static String restListed(HttpResponse<String> response) throws java.io.IOException {
        return response.statusCode() != 200 ? status(response) : JSON.readTree(response.body()).isEmpty() ? "none" : "listed";
    }

    private static String restVisible(HttpResponse<String> response, String list, String field) throws java.io.IOException {
        return response.statusCode() != 200 ? status(response) : visible(ids(response, list, field));
    }

    private String organisationJson(String fixture, LocalDate established) throws java.io.IOException {
        return JSON.writeValueAsString(Map.of("name", FIXTURE_NAMES.get(fixture) + "党支部" + serial++, "type", "BRANCH",
                "societyIds", List.of(FIXTURES.get(fixture)), "secretary", Map.of("name", "王小明", "source", "PRINCIPAL_LEADER"),
                "formalMembers", 5, "probationaryMembers", 0, "establishedOn", established.toString(),
                "termStartsOn", established.toString(), "termEndsOn", established.plusYears(3).minusDays(1).toString()));
    }

    private String liaisonJson(String fixture) throws java.io.IOException {
        return JSON.writeValueAsString(Map.of("kind", "LIAISON_OFFICER", "name", "李四", "societyId", FIXTURES.get(fixture),
                "fromDate", LATER.toString(), "dispatchedBy", "中国科协科技社团党委"));
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
        awaitCommands(sessionFactory, "society:list", "ledger:set", "account:list", "porg:list", "coverage:uncovered", "evaluation:campaigns",
                "funding:allocate");
        assertMatrix(account -> operation -> onConsole(account, operation));
    }

    /** The SOAP door's SocietyService port, each account calling with its password. */
    @Test
    public void theSoapDoorGivesEveryAccountExactlyItsScope() throws Exception {
        accounts();
        await().atMost(BOOT).until(() -> call("GET", ACCOUNT_PORT + "?wsdl", null, null, false).statusCode() == 200);
        assertMatrix(account -> operation -> onSoap(account, operation));
    }

    private static final String SOAP_PATH = "/soap/SocietyService";

    private String onSoap(String account, String operation) {
        return switch (operation) {
            case "list societies" -> soapNamed(soap(account, "<s:listSocieties><s:filter><s:limit>500</s:limit></s:filter></s:listSocieties>"));
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
            case "unclear ledgers" -> soapNamed(soap(account, "<s:listUnclearLedgers><s:filter><s:limit>500</s:limit></s:filter></s:listUnclearLedgers>"));
            case "write ledger of H" -> soapLedger(account, "H");
            case "write ledger of Z" -> soapLedger(account, "Z");
            case "export societies" -> {
                HttpResponse<String> exported = soap(account, "<s:exportSocieties/>");
                yield exported.statusCode() != 200 ? soapOutcome(exported) : exportedText(exported.body());
            }
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
            default -> onFamilySoap(account, operation);
        };
    }

    private static final String ORGANISATION_PORT = "/soap/OrganisationService";
    private static final String EVALUATION_PORT = "/soap/EvaluationService";
    private static final String ACCOUNT_PORT = "/soap/AccountService";

    /** Rows of the other families through their SOAP ports; null for a row left to the other doors. */
    private String onFamilySoap(String account, String operation) {
        String o = ORGANISATION_PORT;
        String e = EVALUATION_PORT;
        String a = ACCOUNT_PORT;
        return switch (operation) {
            case "get organisation of S" -> soapOutcome(soapAt(account, o, "<p:getPartyOrganisation><p:id>" + RECORDS.get("OS")
                    + "</p:id></p:getPartyOrganisation>"));
            case "organisations of Z" -> soapListed(soapAt(account, o, "<p:listPartyOrganisations><p:societyId>" + FIXTURES.get("Z")
                    + "</p:societyId></p:listPartyOrganisations>"), "Z");
            case "get request of S" -> soapOutcome(soapAt(account, o, "<p:getEstablishmentRequest><p:id>" + RECORDS.get("RS")
                    + "</p:id></p:getEstablishmentRequest>"));
            case "pending requests" -> soapNamed(soapAt(account, o, "<p:listPendingRequests/>"));
            case "approve request of N" -> {
                EstablishmentRequest request = submitted("N");
                HttpResponse<String> approved = soapAt(account, o, "<p:approveEstablishmentRequest><p:id>" + request.id() + "</p:id><p:version>"
                        + request.version() + "</p:version><p:comment>同意</p:comment></p:approveEstablishmentRequest>");
                if (approved.statusCode() == 200) {
                    approved(requests.get(Actor.SYSTEM, request.id()), r -> r);
                }
                yield soapOutcome(approved);
            }
            case "uncovered organisation" -> soapNamed(soapAt(account, o, "<p:listUncoveredSocieties><p:asOf>" + COUNTED
                    + "</p:asOf><p:work>false</p:work><p:limit>500</p:limit></p:listUncoveredSocieties>"));
            case "coverage targets" -> soapOutcome(soapAt(account, o, "<p:evaluateCoverageTargets/>"));
            case "generate rectifications" -> soapOutcome(soapAt(account, o, "<p:generateRectificationTasks/>"));
            case "open rectification tasks" -> soapNamed(soapAt(account, o, "<p:listRectificationTasks><p:limit>500</p:limit></p:listRectificationTasks>"));
            case "list campaigns" -> {
                HttpResponse<String> listed = soapAt(account, e, "<v:listCampaigns><v:limit>500</v:limit></v:listCampaigns>");
                yield listed.statusCode() != 200 ? soapOutcome(listed) : campaigns(matches(listed.body(), "<(?:\\w+:)?id>(\\d+)</").stream()
                        .map(Long::valueOf).toList());
            }
            case "results of campaign z" -> soapNamed(soapAt(account, e, "<v:listResults><v:campaignId>" + RECORDS.get("z")
                    + "</v:campaignId><v:limit>500</v:limit></v:listResults>"));
            case "open campaign in 31" -> soapOutcome(soapAt(account, e, "<v:createCampaign><v:campaign><v:year>2026</v:year>"
                    + "<v:kind>ANNUAL_INSPECTION</v:kind><v:regionPrefix>31</v:regionPrefix></v:campaign></v:createCampaign>"));
            case "allocate funding on campaign z" -> soapOutcome(soapAt(account, e, "<v:allocateFunding><v:campaignId>" + RECORDS.get("z")
                    + "</v:campaignId><v:schemeId>" + AWARD + "</v:schemeId><v:budget>" + BUDGET + "</v:budget></v:allocateFunding>"));
            case "list accounts" -> soapAccounts(soapAt(account, a, "<a:listAccounts/>"));
            case "get account sh-admin" -> soapOutcome(soapAt(account, a, "<a:getAccount><a:userName>sh-admin</a:userName></a:getAccount>"));
            case "create viewer of 3301" -> soapOutcome(soapAt(account, a, "<a:createAccount><a:account><a:userName>mx-" + serial++
                    + "</a:userName><a:role>viewer</a:role><a:regionPrefix>3301</a:regionPrefix><a:password>" + PASSWORD_OF
                    + "</a:password></a:account></a:createAccount>"));
            case "create national-admin" -> soapOutcome(soapAt(account, a, "<a:createAccount><a:account><a:userName>mx-" + serial++
                    + "</a:userName><a:role>national-admin</a:role><a:password>" + PASSWORD_OF + "</a:password></a:account></a:createAccount>"));
            case "disable a viewer of 33" -> {
                Account viewer = zhejiangViewer();
                yield soapOutcome(soapAt(account, a, "<a:disableAccount><a:userName>" + viewer.userName() + "</a:userName><a:version>"
                        + viewer.version() + "</a:version></a:disableAccount>"));
            }
            case "reset password of a viewer of 33" -> soapOutcome(soapAt(account, a, "<a:setPassword><a:userName>" + zhejiangViewer().userName()
                    + "</a:userName><a:password>" + PASSWORD_OF + "-new</a:password></a:setPassword>"));
            case "access log" -> soapAccounts(soapAt(account, a, "<a:listAccessLog><a:limit>500</a:limit></a:listAccessLog>"));
            default -> null;
        };
    }

    /** A call of an operation of the port at {@code path}, its namespaces bound to p (organisation), v (evaluation), a (account). */
    private HttpResponse<String> soapAt(String account, String path, String operation) {
        return as(account, "POST", path, "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:p=\"http://castpb.org/soap/organisation/1\""
                        + " xmlns:v=\"http://castpb.org/soap/evaluation/1\" xmlns:a=\"http://castpb.org/soap/account/1\">"
                        + "<soap:Body>" + operation + "</soap:Body></soap:Envelope>");
    }

    private String soapNamed(HttpResponse<String> response) {
        return response.statusCode() != 200 ? soapOutcome(response) : named(response.body());
    }

    private String soapListed(HttpResponse<String> response, String fixture) {
        return response.statusCode() != 200 ? soapOutcome(response) : named(response.body()).contains(fixture) ? "listed" : "none";
    }

    private static String soapAccounts(HttpResponse<String> response) {
        return response.statusCode() != 200 ? soapOutcome(response)
                : matrixAccounts(matches(response.body(), "<(?:\\w+:)?userName>([^<]+)</"));
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
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
            "sh-admin", "local-admin", "h-secretary", "society-secretary", "zj-viewer", "viewer", "outsider", "manager");

    private String onConsole(String account, String operation) {
        return switch (operation) {
            case "list societies" -> consoleNamed(console(account, "society:list --limit 500"));
            case "get society Z" -> refusalOf(console(account, "society:show " + FIXTURES.get("Z")));
            case "get society N" -> refusalOf(console(account, "society:show " + FIXTURES.get("N")));
            case "history of S" -> refusalOf(console(account, "society:history " + FIXTURES.get("S")));
            case "create society in 33" -> refusalOf(console(account, "society:add --name 浙江省控制台学会" + serial + " --uscc "
                    + Usccs.valid("330000", 8000 + serial++) + " --level PROVINCIAL --region 330000 --discipline SCIENCE"));
            case "create national society" -> refusalOf(console(account, "society:add --name 中国控制台学会" + serial + " --uscc "
                    + Usccs.valid("100000", 8000 + serial++) + " --level NATIONAL --region 100000 --discipline SCIENCE"));
            case "ledger of H" -> refusalOf(console(account, "ledger:show " + FIXTURES.get("H")));
            case "ledger revisions of S" -> refusalOf(console(account, "ledger:revisions " + FIXTURES.get("S")));
            case "unclear ledgers" -> consoleNamed(console(account, "ledger:unclear --limit 500"));
            case "write ledger of H" -> refusalOf(console(account, "ledger:set --activities " + serial++ + " " + FIXTURES.get("H")));
            case "write ledger of Z" -> refusalOf(console(account, "ledger:set --activities " + serial++ + " " + FIXTURES.get("Z")));
            default -> onFamilyConsole(account, operation);
        };
    }

    /** Rows of the other families through their console commands; null for a row left to the other doors. */
    private String onFamilyConsole(String account, String operation) {
        return switch (operation) {
            case "organisations of Z" -> consoleListed(console(account, "porg:list " + FIXTURES.get("Z")), named -> named.contains("Z"));
            case "pending requests" -> consoleNamed(console(account, "porg:pending"));
            case "draft request for H" -> refusalOf(console(account, "porg:request-create --name " + FIXTURE_NAMES.get("H") + "党支部" + serial++
                    + " --type BRANCH --secretary 王小明 --secretary-source PRINCIPAL_LEADER --formal-members 5 --established-on " + LATER
                    + " --term-ends-on " + LATER.plusYears(3).minusDays(1) + " " + FIXTURES.get("H")));
            case "liaisons of N" -> consoleListed(console(account, "porg:liaisons " + FIXTURES.get("N")), named -> false);
            case "uncovered organisation" -> consoleNamed(console(account, "coverage:uncovered --as-of " + COUNTED + " --limit 500"));
            case "uncovered work" -> consoleNamed(console(account, "coverage:uncovered --work --as-of " + COUNTED + " --limit 500"));
            case "coverage targets" -> refusalOf(console(account, "coverage:targets"));
            case "open rectification tasks" -> consoleNamed(console(account, "coverage:rectifications --limit 1000"));
            case "list campaigns" -> {
                String printed = console(account, "evaluation:campaigns --limit 500");
                yield !"ok".equals(refusalOf(printed)) ? refusalOf(printed)
                        : campaigns(matches(printed, "(?m)^\\s*(\\d+)\\s*\\|").stream().map(Long::valueOf).toList());
            }
            case "results of campaign z" -> consoleNamed(console(account, "evaluation:results --limit 500 " + RECORDS.get("z")));
            case "open campaign in 31" -> refusalOf(console(account, "evaluation:create --region 31 2026 ANNUAL_INSPECTION"));
            case "allocate funding on campaign z" -> refusalOf(console(account, "funding:allocate " + RECORDS.get("z") + " " + AWARD + " " + BUDGET));
            case "list accounts" -> {
                String printed = console(account, "account:list");
                yield !"ok".equals(refusalOf(printed)) ? refusalOf(printed) : matrixAccounts(matches(printed, "(?m)^\\s*([\\w.@-]+)\\s*\\|"));
            }
            case "create national-admin" -> refusalOf(console(account, "account:add --role national-admin mx-" + serial++ + " " + PASSWORD_OF));
            case "access log" -> {
                String printed = console(account, "account:access-log --limit 500");
                yield !"ok".equals(refusalOf(printed)) ? refusalOf(printed) : matrixAccounts(ACCOUNTS.stream()
                        .filter(name -> java.util.regex.Pattern.compile("(^|\\|)\\s*" + java.util.regex.Pattern.quote(name) + "\\s*(\\||$)",
                                java.util.regex.Pattern.MULTILINE).matcher(printed).find()).toList());
            }
            default -> null;
        };
    }

    private String consoleNamed(String printed) {
        return !"ok".equals(refusalOf(printed)) ? refusalOf(printed) : named(printed);
    }

    /** listed when the command printed a table row (a line with a column separator beyond its header), none otherwise. */
    private String consoleListed(String printed, java.util.function.Predicate<String> byName) {
        if (!"ok".equals(refusalOf(printed))) {
            return refusalOf(printed);
        }
        return byName.test(named(printed)) || matches(printed, "(?m)^\\s*(\\d+)\\s*\\|").size() > 0 ? "listed" : "none";
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
            case "FORBIDDEN", "OUT_OF_SCOPE", "GRANT_EXCEEDS_OWN" -> "403";
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
            case "list societies" -> outcome(() -> visible(societies.list(actor, SocietyQuery.all().page(0, SocietyQuery.MAX_LIMIT)).items()
                    .stream().map(Society::id).toList()));
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
            case "unclear ledgers" -> outcome(() -> visible(ledgers.unclear(actor, SocietyQuery.all().page(0, SocietyQuery.MAX_LIMIT)).items()
                    .stream().map(u -> u.society().id()).toList()));
            case "write ledger of H" -> outcome(() -> writeLedger(actor, "H"));
            case "write ledger of Z" -> outcome(() -> writeLedger(actor, "Z"));
            case "export societies" -> outcome(() -> exported(actor));
            case "import a 33 row and a 31 row" -> imported(actor);
            default -> onFamilyService(actor, operation);
        };
    }

    /** The rows of the families beside the records, on their services. */
    private String onFamilyService(Actor actor, String operation) {
        return switch (operation) {
            case "get organisation of Z" -> outcome(() -> organisations.get(actor, RECORDS.get("OZ")));
            case "get organisation of S" -> outcome(() -> organisations.get(actor, RECORDS.get("OS")));
            case "organisations of Z" -> listed(() -> organisations.bySociety(actor, FIXTURES.get("Z")));
            case "record organisation for Z" -> outcome(() -> organisations.create(actor, organisationDraft("Z", LATER)));
            case "record organisation for N" -> outcome(() -> dissolved(organisations.create(actor, organisationDraft("N", LATER)).id()));
            case "change organisation of S" -> outcome(() -> {
                PartyOrganisation now = organisations.get(Actor.SYSTEM, RECORDS.get("OS"));
                return organisations.update(actor, now.id(), now.version(), organisationDraft("S", now.establishedOn()));
            });
            case "get request of H" -> outcome(() -> requests.get(actor, RECORDS.get("RH")));
            case "get request of S" -> outcome(() -> requests.get(actor, RECORDS.get("RS")));
            case "pending requests" -> outcome(() -> visible(requests.pending(actor).stream()
                    .flatMap(p -> p.societyIds().stream()).toList()));
            case "draft request for H" -> outcome(() -> requests.create(actor, organisationDraft("H", LATER)));
            case "draft request for N" -> outcome(() -> requests.create(actor, organisationDraft("N", LATER)));
            case "submit request of H" -> outcome(() -> {
                EstablishmentRequest draft = requests.create(Actor.SYSTEM, organisationDraft("H", LATER));
                return requests.submit(actor, draft.id(), draft.version(), "报批");
            });
            case "approve request of Z" -> outcome(() -> approved(submitted("Z"), r -> requests.approve(actor, r.id(), r.version(), "同意")));
            case "approve request of N" -> outcome(() -> approved(submitted("N"), r -> requests.approve(actor, r.id(), r.version(), "同意")));
            case "get liaison of Z" -> outcome(() -> liaisons.get(actor, RECORDS.get("LZ")));
            case "liaisons of N" -> listed(() -> liaisons.bySociety(actor, FIXTURES.get("N")));
            case "assign liaison to Z" -> outcome(() -> liaisons.assign(actor, liaisonDraft("Z", LATER)));
            case "change liaison of Z" -> outcome(() -> {
                LiaisonAssignment now = liaisons.get(Actor.SYSTEM, RECORDS.get("LZ"));
                return liaisons.update(actor, now.id(), now.version(), new LiaisonDraft(now.kind(), "张三" + serial++ % 2,
                        now.societyId(), now.fromDate(), now.toDate(), now.dispatchedBy()));
            });
            case "coverage by province" -> outcome(() -> coverage.report(actor, COUNTED, GroupBy.REGION).rows().stream()
                    .map(r -> r.key().substring(0, 2)).collect(Collectors.joining(",")));
            case "uncovered organisation" -> outcome(() -> visible(coverage.uncovered(actor, COUNTED, false, 0, 500).items().stream()
                    .map(UncoveredSociety::societyId).toList()));
            case "uncovered work" -> outcome(() -> visible(coverage.uncovered(actor, COUNTED, true, 0, 500).items().stream()
                    .map(UncoveredSociety::societyId).toList()));
            case "coverage targets" -> outcome(() -> coverage.evaluateTargets(actor));
            case "admission check of S" -> outcome(() -> admission.check(actor, FIXTURES.get("S"), LocalDate.now()));
            case "generate rectifications" -> outcome(() -> {
                int opened = rectifications.generate(actor, LocalDate.now());
                // as the REST door does: then the tasks of societies covered by now close
                rectifications.synchronise(LocalDate.now());
                return opened;
            });
            case "open rectification tasks" -> outcome(() -> visible(rectifications.open(actor, 0, 1000).items().stream()
                    .map(RectificationTask::societyId).toList()));
            case "take coverage snapshot" -> outcome(() -> snapshots.take(actor, LocalDate.now().withDayOfMonth(1)));
            case "organisation-covered in trend of 2021-06" -> outcome(() -> String.valueOf(
                    snapshots.trend(actor, COUNTED.withDayOfMonth(1), COUNTED).get(0).organisationCovered()));
            case "list campaigns" -> outcome(() -> campaigns(evaluations.list(actor, 0, 500).items().stream().map(Campaign::id).toList()));
            case "results of campaign z" -> outcome(() -> visible(evaluations.results(actor, RECORDS.get("z"), ResultQuery.all())
                    .items().stream().map(SocietyEvaluation::societyId).toList()));
            case "result of Z in campaign n" -> outcome(() -> evaluations.result(actor, RECORDS.get("n"), FIXTURES.get("Z")));
            case "evaluations of H" -> outcome(() -> evaluations.bySociety(actor, FIXTURES.get("H")));
            case "open campaign in 31" -> outcome(() -> evaluations.create(actor, new CampaignDraft(2026, EvaluationKind.ANNUAL_INSPECTION,
                    null, null, "31")));
            case "run a campaign of 33" -> outcome(() -> evaluations.run(actor, evaluations.create(Actor.SYSTEM,
                    new CampaignDraft(2026, EvaluationKind.ANNUAL_INSPECTION, null, null, "33")).id()));
            case "allocate funding on campaign z" -> outcome(() -> funding.allocate(actor, RECORDS.get("z"), AWARD, BUDGET, null));
            case "allocations of campaign z" -> outcome(() -> funding.byCampaign(actor, RECORDS.get("z")));
            case "list accounts" -> outcome(() -> matrixAccounts(accountService.list(actor).stream().map(Account::userName).toList()));
            case "get account sh-admin" -> outcome(() -> accountService.get(actor, "sh-admin"));
            case "create viewer of 3301" -> outcome(() -> accountService.create(actor, new AccountDraft("mx-" + serial++, "viewer", "3301",
                    null, PASSWORD_OF)));
            case "create national-admin" -> outcome(() -> accountService.create(actor, new AccountDraft("mx-" + serial++, "national-admin",
                    null, null, PASSWORD_OF)));
            case "disable a viewer of 33" -> outcome(() -> {
                Account viewer = zhejiangViewer();
                return accountService.setDisabled(actor, viewer.userName(), viewer.version(), true);
            });
            case "reset password of a viewer of 33" -> outcome(() -> {
                accountService.setPassword(actor, zhejiangViewer().userName(), PASSWORD_OF + "-new");
                return null;
            });
            case "access log" -> outcome(() -> matrixAccounts(accessLog.recent(actor, 0, 500).stream()
                    .map(AccessRefusal::userName).toList()));
            default -> throw new IllegalArgumentException("no such operation in the matrix: " + operation);
        };
    }

    private static final String AWARD = "cast.award";
    private static final java.math.BigDecimal BUDGET = new java.math.BigDecimal("10000.00");

    /** A viewer of Zhejiang for one cell, created by the platform. */
    private Account zhejiangViewer() {
        return accountService.create(Actor.SYSTEM, new AccountDraft("mx-" + serial++, "viewer", "33", null, PASSWORD_OF));
    }

    /** Dissolves an organisation the matrix recorded, so coverage today stays the fixtures'. */
    private PartyOrganisation dissolved(long id) {
        PartyOrganisation recorded = organisations.get(Actor.SYSTEM, id);
        return organisations.dissolve(Actor.SYSTEM, id, recorded.version(), LocalDate.now(), "撤销");
    }

    /** Approves a request as {@code approve} does; the organisation it established for a national society is dissolved again. */
    private EstablishmentRequest approved(EstablishmentRequest request, Function<EstablishmentRequest, EstablishmentRequest> approve) {
        EstablishmentRequest done = approve.apply(request);
        if (done.organisationId() != null) {
            dissolved(done.organisationId());
        }
        return done;
    }

    /** The fixture campaigns among these ids, by their letters. */
    private static String campaigns(List<Long> ids) {
        return List.of("n", "s", "z").stream().filter(c -> ids.contains(RECORDS.get(c))).collect(Collectors.joining());
    }

    /** The matrix's own accounts among these user names, sorted, comma-separated. */
    private static String matrixAccounts(List<String> names) {
        return new TreeSet<>(names).stream().filter(ACCOUNTS::contains).collect(Collectors.joining(","));
    }

    /** listed when the list holds something, none when it is empty, or the refusal. */
    private static String listed(java.util.function.Supplier<List<?>> call) {
        return outcome(() -> call.get().isEmpty() ? "none" : "listed");
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
            Object result = call.get();
            return result instanceof String text ? text : "ok";
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
