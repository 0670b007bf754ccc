package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.castpb.api.Actor;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyService;
import org.castpb.api.members.CitizenIds;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
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
 * The party member registry through its three doors in the shipped distribution. Two Hangzhou societies A and B each
 * have a party organisation and a secretary account (sec-a, sec-b); a Zhejiang viewer sees both, masked. Personal data
 * is masked everywhere but in an explicit, logged read; a person belongs to one organisation; transfers wait for the
 * receiving side and show up as overdue on both sides.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MembersIT extends CastpbTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD_OF = "members-password-1";
    private static final String SOAP_PATH = "/soap/MemberService";
    private static final String NS = "http://castpb.org/soap/members/1";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Map<String, Long> ORGS = new HashMap<>();
    private static int serial = 100;

    @Inject
    @Filter(timeout = 120_000)
    SocietyService societies;
    @Inject
    @Filter(timeout = 120_000)
    PartyOrganisationService organisations;
    @Inject
    @Filter(timeout = 120_000)
    SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void fixtures() throws Exception {
        await().atMost(90, TimeUnit.SECONDS).until(() -> get("/v1/members?limit=1").statusCode() == 200);
        await().atMost(60, TimeUnit.SECONDS).until(() -> call("GET", SOAP_PATH + "?wsdl", null, null, false).statusCode() == 200);
        if (!ORGS.isEmpty()) {
            return;
        }
        for (String fixture : List.of("A", "B")) {
            long society = societies.create(Actor.SYSTEM, SocietyDraft.of("杭州市党员登记测试学会" + fixture, Usccs.valid("330100", 9800 + fixture.charAt(0)),
                    SocietyKind.SOCIETY, SocietyLevel.MUNICIPAL, "330100", Discipline.SCIENCE, GroupMemberStatus.NONE)).id();
            long organisation = organisations.create(Actor.SYSTEM, new PartyOrganisationDraft("杭州市党员登记测试学会" + fixture + "党支部",
                    OrganisationType.BRANCH, null, List.of(society), new Secretary("王小明", SecretarySource.PRINCIPAL_LEADER), 5, 0, null,
                    LocalDate.of(2016, 3, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28), null)).id();
            ORGS.put(fixture, organisation);
            ORGS.put("society" + fixture, society);
        }
        account("{\"userName\":\"sec-a\",\"role\":\"society-secretary\",\"societyIds\":[" + ORGS.get("societyA") + "]");
        account("{\"userName\":\"sec-b\",\"role\":\"society-secretary\",\"societyIds\":[" + ORGS.get("societyB") + "]");
        account("{\"userName\":\"viewer-33\",\"role\":\"viewer\",\"regionPrefix\":\"33\"");
        awaitCommands(sessionFactory, "member:list", "member:show", "member:transfers");
    }

    @Test
    public void personalDataIsMaskedEverywhereButAnExplicitReadWhichIsLogged() throws Exception {
        String id = citizenId(LocalDate.of(1990, 1, 1));
        HttpResponse<String> created = as("sec-a", "POST", "/v1/members", member("A", "李华", id, LocalDate.of(1990, 1, 1),
                LocalDate.of(2015, 7, 1), "13812345678"));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode member = JSON.readTree(created.body());
        long memberId = member.get("id").asLong();
        assertEquals(id.substring(0, 4) + "**********" + id.substring(14), member.get("citizenId").asText());
        assertEquals("138****5678", member.get("phone").asText());
        assertTrue(member.get("masked").asBoolean());

        // the list, the viewer's read and the history are masked
        String listed = as("sec-a", "GET", "/v1/members?organisationId=" + ORGS.get("A") + "&namePrefix=李", null).body();
        assertTrue(listed, listed.contains("\"李华\"") && !listed.contains(id) && !listed.contains("13812345678"));
        HttpResponse<String> viewed = as("viewer-33", "GET", "/v1/members/" + memberId, null);
        assertEquals(viewed.body(), 200, viewed.statusCode());
        assertFalse(viewed.body(), viewed.body().contains(id));
        String history = as("sec-a", "GET", "/v1/members/" + memberId + "/history", null).body();
        assertTrue(history, history.contains("CREATE") && !history.contains(id));

        // in full only for the account keeping the member; the viewer is refused, the other society's secretary sees nothing
        HttpResponse<String> full = as("sec-a", "GET", "/v1/members/" + memberId + "?full=true", null);
        assertEquals(full.body(), 200, full.statusCode());
        assertEquals(id, JSON.readTree(full.body()).get("citizenId").asText());
        assertEquals("13812345678", JSON.readTree(full.body()).get("phone").asText());
        assertEquals(403, as("viewer-33", "GET", "/v1/members/" + memberId + "/personal-data", null).statusCode());
        assertEquals(404, as("sec-b", "GET", "/v1/members/" + memberId, null).statusCode());
        assertEquals(404, as("sec-b", "GET", "/v1/members/" + memberId + "?full=true", null).statusCode());
        String otherList = as("sec-b", "GET", "/v1/members?limit=500", null).body();
        assertFalse(otherList, otherList.contains("\"id\":" + memberId + ","));

        // the console: masked list, and a full read logged as SHELL; SOAP: masked, and in full logged as SOAP
        String console = executeCommandAs(sessionFactory, "sec-a", List.of("society-secretary"), "member:list --organisation " + ORGS.get("A"));
        assertTrue(console, console.contains("李华") && !console.contains(id));
        assertTrue(executeCommandAs(sessionFactory, "sec-a", List.of("society-secretary"), "member:show --full " + memberId).contains(id));
        assertTrue(refusal(() -> executeCommandAs(sessionFactory, "viewer-33", List.of("viewer"), "member:show --full " + memberId))
                .contains("FORBIDDEN"));
        HttpResponse<String> soapMasked = soapAs("sec-a", "<m:getMember><m:id>" + memberId + "</m:id></m:getMember>");
        assertEquals(soapMasked.body(), 200, soapMasked.statusCode());
        assertEquals("true", element(soapMasked.body(), "masked"));
        assertFalse(soapMasked.body(), soapMasked.body().contains(id));
        HttpResponse<String> soapFull = soapAs("sec-a", "<m:getMember><m:id>" + memberId + "</m:id><m:full>true</m:full></m:getMember>");
        assertEquals(id, element(soapFull.body(), "citizenId"));
        assertFault(soapAs("viewer-33", "<m:getMember><m:id>" + memberId + "</m:id><m:full>true</m:full></m:getMember>"), "FORBIDDEN");

        // every full read is in the disclosure log, with who and which door; nothing personal reached the karaf log
        JsonNode log = JSON.readTree(as("sec-a", "GET", "/v1/members/disclosures?memberId=" + memberId, null).body());
        Set<String> doors = new TreeSet<>();
        log.get("items").forEach(d -> {
            assertEquals("sec-a", d.get("actor").asText());
            doors.add(d.get("door").asText());
        });
        assertEquals(Set.of("REST", "SHELL", "SOAP"), doors);
        assertEquals(3, log.get("total").asInt());
        assertEquals(403, as("viewer-33", "GET", "/v1/members/disclosures", null).statusCode());
        String karafLog = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        assertFalse("the karaf log holds a citizen ID", karafLog.contains(id));
    }

    @Test
    public void badInputIsRefusedWithCodesAndNothingIsWritten() throws Exception {
        long before = total("A");
        String valid = citizenId(LocalDate.of(1985, 5, 5));
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        HttpResponse<String> check = as("sec-a", "POST", "/v1/members", member("A", "赵错", valid.substring(0, 17) + wrong,
                LocalDate.of(1985, 5, 5), LocalDate.of(2010, 1, 1), null));
        assertEquals(check.body(), 422, check.statusCode());
        assertEquals(Set.of(CitizenIds.CHECK_CHARACTER), codes(check.body()));
        assertTrue(check.body(), check.body().contains("is '" + valid.charAt(17) + "'"));

        HttpResponse<String> beforeBirth = as("sec-a", "POST", "/v1/members", member("A", "钱早", valid, LocalDate.of(1985, 5, 5),
                LocalDate.of(1984, 1, 1), null));
        assertEquals(beforeBirth.body(), 422, beforeBirth.statusCode());
        assertEquals(Set.of("JOINED_BEFORE_BIRTH"), codes(beforeBirth.body()));

        // a secretary writing to another society's organisation, and a viewer writing at all
        HttpResponse<String> outside = as("sec-b", "POST", "/v1/members", member("A", "孙外", valid, LocalDate.of(1985, 5, 5),
                LocalDate.of(2010, 1, 1), null));
        assertEquals(outside.body(), 403, outside.statusCode());
        assertEquals("OUT_OF_SCOPE", JSON.readTree(outside.body()).get("code").asText());
        assertEquals(403, as("viewer-33", "POST", "/v1/members", member("A", "孙看", valid, LocalDate.of(1985, 5, 5),
                LocalDate.of(2010, 1, 1), null)).statusCode());
        // the same refusal over SOAP and the console
        assertFault(soapAs("sec-a", "<m:registerMember>" + memberXml("A", "周错", valid.substring(0, 17) + wrong, "1985-05-05", "2010-01-01")
                + "</m:registerMember>"), "VALIDATION_FAILED");
        assertTrue(refusal(() -> executeCommandAs(sessionFactory, "sec-a", List.of("society-secretary"), "member:add --organisation "
                + ORGS.get("A") + " --name 吴错 --gender MALE --ethnicity 汉族 --born 1985-05-05 --citizen-id " + valid.substring(0, 17) + wrong
                + " --education MASTER --position STAFF --joined 2010-01-01")).contains("is '" + valid.charAt(17) + "'"));
        assertEquals(before, total("A"));
    }

    @Test
    public void aPersonBelongsToOneOrganisationAndMayParticipateInOthers() throws Exception {
        String id = citizenId(LocalDate.of(1978, 3, 3));
        assertEquals(201, as("sec-a", "POST", "/v1/members", member("A", "郑一", id, LocalDate.of(1978, 3, 3), LocalDate.of(2001, 7, 1), null))
                .statusCode());
        HttpResponse<String> second = as("sec-b", "POST", "/v1/members", member("B", "郑一", id, LocalDate.of(1978, 3, 3),
                LocalDate.of(2001, 7, 1), null));
        assertEquals(second.body(), 422, second.statusCode());
        assertEquals(Set.of("SECOND_AFFILIATION"), codes(second.body()));
        assertTrue("names the first: " + second.body(), second.body().contains("party organisation " + ORGS.get("A")));
        HttpResponse<String> participates = as("sec-b", "POST", "/v1/members", member("B", "郑一", id, LocalDate.of(1978, 3, 3),
                LocalDate.of(2001, 7, 1), null).replace("\"BELONGS\"", "\"PARTICIPATES\"").replace("\"relationshipHeldBy\":null",
                "\"relationshipHeldBy\":\"杭州市党员登记测试学会A党支部\""));
        assertEquals(participates.body(), 201, participates.statusCode());
        assertEquals("PARTICIPATES", JSON.readTree(participates.body()).get("affiliation").asText());
    }

    @Test
    public void aTransferWaitsForTheReceivingSideAndMovesTheMember() throws Exception {
        long memberId = register("A", "冯转", LocalDate.of(1980, 8, 8));
        HttpResponse<String> asked = as("sec-a", "POST", "/v1/members/" + memberId + "/transfer-out", "{\"toOrganisationId\":"
                + ORGS.get("B") + "}");
        assertEquals(asked.body(), 201, asked.statusCode());
        JsonNode transfer = JSON.readTree(asked.body());
        assertEquals("PENDING", transfer.get("status").asText());
        long transferId = transfer.get("id").asLong();
        assertEquals("IN_TRANSFER", JSON.readTree(as("sec-a", "GET", "/v1/members/" + memberId, null).body()).get("status").asText());

        // a second transfer of a member in transfer: 422 with its code, and no second transfer written
        int transfersBefore = JSON.readTree(get("/v1/transfers").body()).size();
        HttpResponse<String> again = as("sec-a", "POST", "/v1/members/" + memberId + "/transfer-out", "{\"toUnit\":\"浙江大学党委\"}");
        assertEquals(again.body(), 422, again.statusCode());
        assertEquals(Set.of("ALREADY_IN_TRANSFER"), codes(again.body()));
        assertEquals(transfersBefore, JSON.readTree(get("/v1/transfers").body()).size());

        // the origin cannot confirm for the receiving side; the receiving secretary confirms (over SOAP)
        HttpResponse<String> byOrigin = as("sec-a", "POST", "/v1/transfers/" + transferId + "/confirm", "{}");
        assertEquals(byOrigin.body(), 403, byOrigin.statusCode());
        assertEquals("OUT_OF_SCOPE", JSON.readTree(byOrigin.body()).get("code").asText());
        HttpResponse<String> confirmed = soapAs("sec-b", "<m:confirmTransfer><m:id>" + transferId + "</m:id></m:confirmTransfer>");
        assertEquals(confirmed.body(), 200, confirmed.statusCode());
        assertEquals("CONFIRMED", element(confirmed.body(), "status"));

        // the member is on B's roll now: B sees it, A no longer does but still sees the transfer
        JsonNode moved = JSON.readTree(as("sec-b", "GET", "/v1/members/" + memberId, null).body());
        assertEquals(ORGS.get("B").longValue(), moved.get("organisationId").asLong());
        assertEquals("ACTIVE", moved.get("status").asText());
        assertEquals(404, as("sec-a", "GET", "/v1/members/" + memberId, null).statusCode());
        assertEquals("CONFIRMED", JSON.readTree(as("sec-a", "GET", "/v1/transfers/" + transferId, null).body()).get("status").asText());
        String history = as("sec-b", "GET", "/v1/members/" + memberId + "/history", null).body();
        assertTrue(history, history.contains("TRANSFER_OUT") && history.contains("TRANSFER_CONFIRMED"));
    }

    @Test
    public void pendingTransfersOlderThanThirtyDaysAreOverdueOnBothSides() throws Exception {
        long late = register("A", "陈迟", LocalDate.of(1970, 2, 2));
        long recent = register("A", "陈近", LocalDate.of(1971, 2, 2));
        long outside = register("A", "陈外", LocalDate.of(1972, 2, 2));
        long lateTransfer = JSON.readTree(as("sec-a", "POST", "/v1/members/" + late + "/transfer-out", "{\"toOrganisationId\":" + ORGS.get("B")
                + ",\"on\":\"" + TODAY.minusDays(35) + "\"}").body()).get("id").asLong();
        long recentTransfer = JSON.readTree(as("sec-a", "POST", "/v1/members/" + recent + "/transfer-out", "{\"toOrganisationId\":"
                + ORGS.get("B") + ",\"on\":\"" + TODAY.minusDays(5) + "\"}").body()).get("id").asLong();
        HttpResponse<String> toUnit = soapAs("sec-a", "<m:transferOut><m:memberId>" + outside + "</m:memberId><m:toUnit>浙江大学党委</m:toUnit>"
                + "<m:on>" + TODAY.minusDays(60) + "</m:on></m:transferOut>");
        assertEquals(toUnit.body(), 200, toUnit.statusCode());
        long outsideTransfer = Long.parseLong(element(toUnit.body(), "id"));

        // the origin's queue has both old ones, the receiver's the one coming to it; the recent one is in neither
        assertEquals(List.of(outsideTransfer, lateTransfer), ids(as("sec-a", "GET", "/v1/transfers?overdue=true", null)));
        assertEquals(List.of(lateTransfer), ids(as("sec-b", "GET", "/v1/transfers?overdue=true", null)));
        JsonNode one = JSON.readTree(as("sec-b", "GET", "/v1/transfers/" + lateTransfer, null).body());
        assertTrue(one.get("overdue").asBoolean());
        assertEquals(35, one.get("daysPending").asInt());
        assertFalse(JSON.readTree(as("sec-b", "GET", "/v1/transfers/" + recentTransfer, null).body()).get("overdue").asBoolean());
        // the same queue over SOAP and the console
        HttpResponse<String> soapQueue = soapAs("sec-b", "<m:listTransfers><m:overdue>true</m:overdue></m:listTransfers>");
        assertEquals(soapQueue.body(), 200, soapQueue.statusCode());
        assertEquals(List.of(Long.toString(lateTransfer)), elements(soapQueue.body(), "id"));
        String console = executeCommandAs(sessionFactory, "sec-a", List.of("society-secretary"), "member:transfers --overdue");
        assertTrue(console, console.contains("陈迟") && console.contains("浙江大学党委") && !console.contains("陈近"));
        // the outside unit cannot answer in castpb: the origin records the receipt, and the member leaves the roll
        HttpResponse<String> receipt = as("sec-a", "POST", "/v1/transfers/" + outsideTransfer + "/confirm", "{}");
        assertEquals(receipt.body(), 200, receipt.statusCode());
        assertEquals("TRANSFERRED_OUT", JSON.readTree(as("sec-a", "GET", "/v1/members/" + outside, null).body()).get("status").asText());
        // a transfer asked in error is withdrawn by the side that asked it, with a reason; the member is back on its roll
        HttpResponse<String> byReceiver = as("sec-b", "POST", "/v1/transfers/" + recentTransfer + "/cancel", "{\"reason\":\"误报\"}");
        assertEquals(byReceiver.body(), 403, byReceiver.statusCode());
        assertEquals(Set.of("REQUIRED"), codes(as("sec-a", "POST", "/v1/transfers/" + recentTransfer + "/cancel", "{}").body()));
        HttpResponse<String> withdrawn = as("sec-a", "POST", "/v1/transfers/" + recentTransfer + "/cancel", "{\"reason\":\"误报\"}");
        assertEquals(withdrawn.body(), 200, withdrawn.statusCode());
        assertEquals("CANCELLED", JSON.readTree(withdrawn.body()).get("status").asText());
        assertEquals("ACTIVE", JSON.readTree(as("sec-a", "GET", "/v1/members/" + recent, null).body()).get("status").asText());
        assertEquals(422, as("sec-a", "POST", "/v1/transfers/" + recentTransfer + "/cancel", "{\"reason\":\"again\"}").statusCode());
    }

    @Test
    public void membersWhoLeftLongAgoAreReducedToCounts() throws Exception {
        long memberId = register("A", "蒋旧", LocalDate.of(1950, 6, 6));
        JsonNode read = JSON.readTree(as("sec-a", "GET", "/v1/members/" + memberId, null).body());
        HttpResponse<String> left = as("sec-a", "POST", "/v1/members/" + memberId + "/leave", "{\"status\":\"DECEASED\",\"on\":\""
                + TODAY.minusYears(6) + "\",\"reason\":\"病故\"}", "If-Match", "\"" + read.get("version").asText() + "\"");
        assertEquals(left.body(), 200, left.statusCode());
        assertEquals(403, as("sec-a", "POST", "/v1/members/retention", null).statusCode());
        HttpResponse<String> run = call("POST", "/v1/members/retention", null, null, true);
        assertEquals(run.body(), 200, run.statusCode());
        assertTrue(run.body(), JSON.readTree(run.body()).get("reduced").asInt() >= 1);
        assertEquals(404, as("sec-a", "GET", "/v1/members/" + memberId, null).statusCode());
        assertTrue(executeCommand(sessionFactory, "member:retention").contains("reduced to counts"));
    }

    @Test
    public void theLedgerIsFilledFromTheRegistryInOneActionAndDifferencesAreListed() throws Exception {
        register("B", "杨账", LocalDate.of(1982, 12, 12));
        long society = ORGS.get("societyB");
        HttpResponse<String> before = as("sec-b", "GET", "/v1/members/ledger-reconciliation/" + society, null);
        assertEquals(before.body(), 200, before.statusCode());
        JsonNode items = JSON.readTree(before.body()).get("items");
        assertEquals("formalMembers", items.get(0).get("field").asText());
        assertFalse(before.body(), JSON.readTree(before.body()).get("items").get(0).get("agrees").asBoolean());
        String console = executeCommandAs(sessionFactory, "sec-b", List.of("society-secretary"), "member:reconcile " + society);
        assertTrue(console, console.contains("reconciliation items") && console.contains("正式党员"));
        String revision = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(403, as("viewer-33", "POST", "/v1/members/ledger-reconciliation/" + society + "/fill", null, "If-Match", revision)
                .statusCode());
        HttpResponse<String> filled = as("sec-b", "POST", "/v1/members/ledger-reconciliation/" + society + "/fill", null, "If-Match", revision);
        assertEquals(filled.body(), 200, filled.statusCode());
        assertTrue(filled.body(), JSON.readTree(filled.body()).get("agrees").asBoolean());
        JsonNode ledger = JSON.readTree(get("/v1/societies/" + society + "/ledger").body());
        assertEquals(JSON.readTree(filled.body()).get("items").get(0).get("registry").asInt(), ledger.get("content").get("formalMembers").asInt());
        // the other society's secretary does not see this society's ledger at all
        assertEquals(404, as("sec-a", "GET", "/v1/members/ledger-reconciliation/" + society, null).statusCode());
        HttpResponse<String> soap = soapAs("sec-b", "<m:reconcileLedger><m:societyId>" + society + "</m:societyId></m:reconcileLedger>");
        assertEquals(soap.body(), 200, soap.statusCode());
        assertEquals("true", element(soap.body(), "agrees"));
    }

    @Test
    public void membersAreImportedFromCsvWithChineseHeadersAndExportedMaskedUnlessInFull() throws Exception {
        String first = citizenId(LocalDate.of(1988, 8, 18));
        String second = citizenId(LocalDate.of(1989, 9, 19));
        String header = "党组织编号,姓名,性别,民族,出生日期,公民身份号码,学历,在学会中的职务,负责人职务,入党日期,党员类别,联系电话,隶属关系,组织关系所在单位\r\n";
        String good = ORGS.get("A") + ",许导入,女,汉族,1988-08-18," + first + ",大学本科,业务骨干,,2012-06-01,正式党员,13900001111,隶属本组织,\r\n";
        String bad = ORGS.get("A") + ",许错误,男,汉族,1989-09-19," + second.substring(0, 17) + (second.charAt(17) == '0' ? '1' : '0')
                + ",硕士研究生,工作人员,,1980-01-01,正式党员,,隶属本组织,\r\n";
        long before = total("A");
        HttpResponse<String> refused = csvAs("sec-a", "/v1/members/import", header + good + bad);
        assertEquals(refused.body(), 422, refused.statusCode());
        JsonNode report = JSON.readTree(refused.body());
        assertFalse(report.get("applied").asBoolean());
        Set<String> columns = new TreeSet<>();
        report.get("errors").forEach(e -> {
            assertEquals(3, e.get("row").asInt());
            columns.add(e.get("column").asText());
        });
        assertEquals(Set.of("公民身份号码", "入党日期"), columns);
        assertEquals("nothing written", before, total("A"));
        HttpResponse<String> checked = csvAs("sec-a", "/v1/members/import?mode=CHECK_ONLY", header + good);
        assertEquals(checked.body(), 200, checked.statusCode());
        assertFalse(JSON.readTree(checked.body()).get("applied").asBoolean());
        assertEquals("a dry run writes nothing", before, total("A"));
        HttpResponse<String> valid = csvAs("sec-a", "/v1/members/import?mode=VALID_ROWS", header + good + bad);
        assertEquals(valid.body(), 200, valid.statusCode());
        assertEquals(1, JSON.readTree(valid.body()).get("created").asInt());
        assertEquals(before + 1, total("A"));
        // a viewer may not import
        assertEquals(403, csvAs("viewer-33", "/v1/members/import", header + good).statusCode());

        HttpResponse<String> masked = as("sec-a", "GET", "/v1/members/export?organisationId=" + ORGS.get("A"), null);
        assertEquals(masked.body(), 200, masked.statusCode());
        assertTrue(masked.body(), masked.body().startsWith("\uFEFF编号,党组织编号,姓名,性别") && masked.body().contains("许导入,女")
                && masked.body().contains(first.substring(0, 4) + "**********") && !masked.body().contains(first));
        assertEquals(403, as("viewer-33", "GET", "/v1/members/export?full=true", null).statusCode());
        String full = as("sec-a", "GET", "/v1/members/export?organisationId=" + ORGS.get("A") + "&full=true", null).body();
        assertTrue(full.contains(first) && full.contains("13900001111"));
        long imported = JSON.readTree(as("sec-a", "GET", "/v1/members?namePrefix=许导入", null).body()).get("items").get(0).get("id").asLong();
        JsonNode log = JSON.readTree(as("sec-a", "GET", "/v1/members/disclosures?memberId=" + imported, null).body());
        assertEquals("EXPORT", log.get("items").get(0).get("door").asText());
        // the same file through SOAP; the export as CSV text
        HttpResponse<String> soapExport = soapAs("sec-a", "<m:exportMembers><m:organisationId>" + ORGS.get("A") + "</m:organisationId></m:exportMembers>");
        assertEquals(soapExport.body(), 200, soapExport.statusCode());
        assertTrue(soapExport.body(), soapExport.body().contains("许导入") && !soapExport.body().contains(first));
    }

    @Test
    public void membersAreImportedFromExcelWithRowErrorsAndExportedToExcelMaskedUnlessTheScopeHoldsThem() throws Exception {
        String first = citizenId(LocalDate.of(1986, 6, 16));
        String second = citizenId(LocalDate.of(1987, 7, 17));
        List<String> good = List.of(String.valueOf(ORGS.get("A")), "沈表格", "女", "汉族", "1986-06-16", first, "大学本科", "业务骨干", "",
                "2011-06-01", "正式党员", "13900002222", "隶属本组织", "");
        List<String> bad = List.of(String.valueOf(ORGS.get("A")), "沈错行", "男", "汉族", "1987-07-17",
                second.substring(0, 17) + (second.charAt(17) == '0' ? '1' : '0'), "硕士研究生", "工作人员", "", "2013-06-01", "正式党员", "", "隶属本组织", "");
        byte[] workbook = workbook(List.of(good, bad));
        long before = total("A");
        HttpResponse<String> refused = xlsxAs("sec-a", "/v1/members/import", workbook);
        assertEquals(refused.body(), 422, refused.statusCode());
        JsonNode report = JSON.readTree(refused.body());
        assertFalse(report.get("applied").asBoolean());
        assertEquals(1, report.get("errors").size());
        assertEquals("the row as Excel numbers it", 3, report.get("errors").get(0).get("row").asInt());
        assertEquals("公民身份号码", report.get("errors").get(0).get("column").asText());
        assertTrue(report.toString(), report.get("errors").get(0).get("reason").asText().contains(String.valueOf(second.charAt(17))));
        assertEquals("nothing written", before, total("A"));
        HttpResponse<String> checked = xlsxAs("sec-a", "/v1/members/import?mode=CHECK_ONLY", workbook(List.of(good)));
        assertEquals(checked.body(), 200, checked.statusCode());
        assertEquals("a dry run writes nothing", before, total("A"));
        HttpResponse<String> valid = xlsxAs("sec-a", "/v1/members/import?mode=VALID_ROWS", workbook);
        assertEquals(valid.body(), 200, valid.statusCode());
        assertEquals(1, JSON.readTree(valid.body()).get("created").asInt());
        assertEquals(before + 1, total("A"));
        assertEquals(403, xlsxAs("viewer-33", "/v1/members/import", workbook(List.of(good))).statusCode());
        HttpResponse<String> notAWorkbook = xlsxAs("sec-a", "/v1/members/import", "党组织编号,姓名\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Set.of("NOT_XLSX"), codes(notAWorkbook.body()));
        long imported = JSON.readTree(as("sec-a", "GET", "/v1/members?namePrefix=沈表格", null).body()).get("items").get(0).get("id").asLong();

        // the export as a workbook: masked for the secretary and the viewer, in full only for the secretary, and logged
        String exportA = "/v1/members/export?format=xlsx&organisationId=" + ORGS.get("A");
        HttpResponse<byte[]> masked = bytesAs("sec-a", exportA);
        assertEquals(200, masked.statusCode());
        assertEquals(org.castpb.api.sheets.SheetFiles.XLSX_MEDIA_TYPE, masked.headers().firstValue("Content-Type").orElseThrow());
        List<String> row = sheetRow(masked.body(), "沈表格");
        assertEquals(first.substring(0, 4) + "**********" + first.substring(14), row.get(6));
        assertEquals("139****2222", row.get(12));
        assertEquals(String.valueOf(imported), row.get(0));
        assertTrue(org.castpb.api.csv.Xlsx.read(new java.io.ByteArrayInputStream(masked.body()), 1 << 24).stream()
                .flatMap(r -> r.cells().stream()).noneMatch(c -> c.contains(first) || c.contains("13900002222")));
        List<String> viewed = sheetRow(bytesAs("viewer-33", exportA).body(), "沈表格");
        assertEquals(row.get(6), viewed.get(6));
        assertEquals(403, bytesAs("viewer-33", exportA + "&full=true").statusCode());
        assertTrue("another society's secretary exports none of A's members",
                org.castpb.api.csv.Xlsx.read(new java.io.ByteArrayInputStream(bytesAs("sec-b", exportA + "&full=true").body()), 1 << 24).size() == 1);
        assertEquals(0, JSON.readTree(as("sec-a", "GET", "/v1/members/disclosures?memberId=" + imported, null).body()).get("total").asInt());
        List<String> full = sheetRow(bytesAs("sec-a", exportA + "&full=true").body(), "沈表格");
        assertEquals(first, full.get(6));
        assertEquals("13900002222", full.get(12));
        JsonNode log = JSON.readTree(as("sec-a", "GET", "/v1/members/disclosures?memberId=" + imported, null).body());
        assertEquals(log.toString(), 1, log.get("total").asInt());
        assertEquals("EXPORT", log.get("items").get(0).get("door").asText());
        assertEquals("sec-a", log.get("items").get(0).get("actor").asText());
        assertEquals(Set.of("INVALID_VALUE"), codes(as("sec-a", "GET", "/v1/members/export?format=pdf", null).body()));

        // SOAP: the workbook in base64 both ways; the console: the file's name chooses Excel
        HttpResponse<String> soapExport = soapAs("sec-a", "<m:exportMembersXlsx><m:organisationId>" + ORGS.get("A")
                + "</m:organisationId></m:exportMembersXlsx>");
        assertEquals(soapExport.body(), 200, soapExport.statusCode());
        assertEquals(row.get(6), sheetRow(Base64.getDecoder().decode(element(soapExport.body(), "xlsx")), "沈表格").get(6));
        HttpResponse<String> soapImport = soapAs("sec-a", "<m:importMembersXlsx><m:xlsx>" + Base64.getEncoder().encodeToString(workbook)
                + "</m:xlsx><m:mode>CHECK_ONLY</m:mode></m:importMembersXlsx>");
        assertEquals(soapImport.body(), 200, soapImport.statusCode());
        assertEquals("false", element(soapImport.body(), "applied"));
        assertTrue(soapImport.body(), soapImport.body().contains("公民身份号码"));
        String name = "members-it-" + System.nanoTime() + ".xlsx";
        String wrote = executeCommandAs(sessionFactory, "sec-a", List.of("society-secretary"), "member:export --organisation " + ORGS.get("A") + " " + name);
        assertTrue(wrote, wrote.contains("(masked)"));
        Path exported = Path.of(System.getProperty("karaf.data"), "exchange", name);
        assertEquals(row.get(6), sheetRow(Files.readAllBytes(exported), "沈表格").get(6));
        String checkedInConsole = executeCommandAs(sessionFactory, "sec-a", List.of("society-secretary"), "member:import --check " + name);
        assertTrue(checkedInConsole, checkedInConsole.contains("公民身份号码"));
        assertEquals("a masked export does not import as members", before + 1, total("A"));
    }

    /** A workbook with the member file's headers and these rows, all cells text, as a user types them. */
    private static byte[] workbook(List<List<String>> rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.castpb.api.sheets.SheetFiles.write("members", org.castpb.api.members.MemberExchangeService.HEADER, rows, true, out);
        return out.toByteArray();
    }

    /** The cells of the exported row whose name (third column) is {@code name}. */
    private static List<String> sheetRow(byte[] xlsx, String name) {
        List<org.castpb.api.csv.CsvText.Row> rows = org.castpb.api.csv.Xlsx.read(new java.io.ByteArrayInputStream(xlsx), 1 << 24);
        assertEquals("编号", rows.get(0).cells().get(0));
        return rows.stream().map(org.castpb.api.csv.CsvText.Row::cells).filter(c -> c.size() > 2 && name.equals(c.get(2))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in the workbook"));
    }

    private HttpResponse<String> xlsxAs(String account, String path, byte[] xlsx) {
        return callBytes("POST", path, org.castpb.api.sheets.SheetFiles.XLSX_MEDIA_TYPE, xlsx, false, "Authorization", basic(account));
    }

    private HttpResponse<byte[]> bytesAs(String account, String path) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                .header("Authorization", basic(account)).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    public void theDemoHasMembersWithPendingAndOverdueTransfersAndItsRemovalTakesThemBack() throws Exception {
        long kept = register("A", "韩留", LocalDate.of(1966, 6, 16));
        Set<Long> before = new TreeSet<>(ids(get("/v1/transfers")));
        String loaded = executeCommand(sessionFactory, "castpb:demo");
        Matcher counts = Pattern.compile("Party members of the demo organisations: (\\d+) registered, 0 organisations already had members, "
                + "(\\d+) transfers asked").matcher(loaded);
        assertTrue(loaded, counts.find());
        assertTrue(loaded, Integer.parseInt(counts.group(1)) >= 100 && Integer.parseInt(counts.group(2)) >= 3);
        JsonNode overdue = JSON.readTree(get("/v1/transfers?overdue=true").body());
        Set<String> destinations = new TreeSet<>();
        overdue.forEach(t -> destinations.add(t.get("toUnit").isNull() ? "organisation" : "outside unit"));
        assertEquals(Set.of("organisation", "outside unit"), destinations);
        List<Long> all = new ArrayList<>(ids(get("/v1/transfers")));
        all.removeAll(before);
        assertTrue(all.size() > 0);
        assertTrue(executeCommand(sessionFactory, "castpb:demo").contains("0 registered"));

        HttpResponse<String> removed = call("DELETE", "/v1/demo", null, null, true);
        assertEquals(removed.body(), 200, removed.statusCode());
        // the demo pipelines register their admitted candidates as probationary members too
        Matcher developed = Pattern.compile("\\((\\d+) of them now probationary members\\)").matcher(loaded);
        assertTrue(loaded, developed.find());
        assertEquals(Integer.parseInt(counts.group(1)) + Integer.parseInt(developed.group(1)),
                JSON.readTree(removed.body()).get("rows").get("MEMBER").asInt());
        for (long transfer : all) {
            assertEquals(404, get("/v1/transfers/" + transfer).statusCode());
        }
        // members of the societies kept stay
        assertEquals(200, get("/v1/members/" + kept).statusCode());
    }

    // ---- helpers ----

    private void account(String draft) {
        HttpResponse<String> created = postJson("/v1/accounts", draft + ",\"password\":\"" + PASSWORD_OF + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
    }

    /** A valid citizen ID of a Hangzhou resident born on {@code born}, with a running serial. */
    private static String citizenId(LocalDate born) {
        String first17 = "330106" + born.toString().replace("-", "") + String.format("%03d", serial++ % 1000);
        return first17 + CitizenIds.checkCharacter(first17);
    }

    private long register(String org, String name, LocalDate born) throws Exception {
        HttpResponse<String> created = as("sec-" + org.toLowerCase(), "POST", "/v1/members", member(org, name, citizenId(born), born,
                born.plusYears(25), null));
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static String member(String org, String name, String citizenId, LocalDate born, LocalDate joined, String phone) {
        return "{\"organisationId\":" + ORGS.get(org) + ",\"name\":\"" + name + "\",\"gender\":\"FEMALE\",\"ethnicity\":\"汉族\","
                + "\"birthDate\":\"" + born + "\",\"citizenId\":\"" + citizenId + "\",\"education\":\"BACHELOR\",\"position\":\"STAFF\","
                + "\"leaderRole\":null,\"joinedOn\":\"" + joined + "\",\"kind\":\"FORMAL\",\"phone\":" + (phone == null ? "null" : "\"" + phone + "\"")
                + ",\"affiliation\":\"BELONGS\",\"relationshipHeldBy\":null}";
    }

    private static String memberXml(String org, String name, String citizenId, String born, String joined) {
        return "<m:member><m:organisationId>" + ORGS.get(org) + "</m:organisationId><m:name>" + name + "</m:name><m:gender>MALE</m:gender>"
                + "<m:ethnicity>汉族</m:ethnicity><m:birthDate>" + born + "</m:birthDate><m:citizenId>" + citizenId + "</m:citizenId>"
                + "<m:education>MASTER</m:education><m:position>STAFF</m:position><m:joinedOn>" + joined + "</m:joinedOn>"
                + "<m:kind>FORMAL</m:kind><m:affiliation>BELONGS</m:affiliation></m:member>";
    }

    private long total(String org) throws Exception {
        return JSON.readTree(get("/v1/members?organisationId=" + ORGS.get(org)).body()).get("total").asLong();
    }

    private static List<Long> ids(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 200, response.statusCode());
        List<Long> ids = new ArrayList<>();
        JSON.readTree(response.body()).forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }

    private static Set<String> codes(String problem) throws Exception {
        Set<String> codes = new TreeSet<>();
        JSON.readTree(problem).get("errors").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    private HttpResponse<String> as(String account, String method, String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = basic(account);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return call(method, path, json == null ? null : "application/json", json, false, all);
    }

    private HttpResponse<String> csvAs(String account, String path, String csv) {
        return call("POST", path, "text/csv", csv, false, "Authorization", basic(account));
    }

    private HttpResponse<String> soapAs(String account, String operation) {
        return call("POST", SOAP_PATH, "text/xml; charset=UTF-8", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:m=\"" + NS + "\"><soap:Body>" + operation + "</soap:Body></soap:Envelope>", false, "Authorization", basic(account));
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + PASSWORD_OF).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertFault(HttpResponse<String> response, String code) {
        assertEquals(response.body(), 500, response.statusCode());
        assertEquals(code, element(response.body(), "code"));
        assertFalse(response.body(), response.body().contains("at org."));
    }

    private static String element(String xml, String name) {
        Matcher m = tag(name).matcher(xml);
        assertTrue(name + " in " + xml, m.find());
        return m.group(1);
    }

    private static List<String> elements(String xml, String name) {
        List<String> found = new ArrayList<>();
        Matcher m = tag(name).matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Pattern tag(String name) {
        String qualified = "(?:[\\w.-]+:)?" + Pattern.quote(name);
        return Pattern.compile("<" + qualified + "(?:\\s[^>]*)?>((?:(?!<" + qualified + "[\\s>]).)*?)</" + qualified + ">", Pattern.DOTALL);
    }

    /** What a refused console command says. */
    private static String refusal(java.util.concurrent.Callable<String> command) {
        try {
            String out = command.call();
            throw new AssertionError("not refused:\n" + out);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append(" | ");
            }
            return messages.toString();
        }
    }
}
