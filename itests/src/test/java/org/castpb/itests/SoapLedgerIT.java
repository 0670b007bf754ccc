package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
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
 * The ledger and CSV transfer operations of the SOAP door in the shipped distribution: revisions
 * with their conflict fault, comparison, unclear ledgers, import reports and export text.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SoapLedgerIT extends CastpbTestSupport {

    private static final String SOAP_PATH = "/soap/SocietyService";
    /** The required columns of the society CSV, in the Chinese officials write. */
    private static final String CSV_HEADER = "名称,统一社会信用代码,类型,级别,行政区划代码,学科,团体会员状态\n";

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void restAndSoapAreUp() {
        await().atMost(BOOT).until(() -> get("/v1/societies?limit=1").statusCode() == 200);
        // the SOAP endpoint is published by its own component, possibly a moment after REST
        await().atMost(BOOT).until(() -> call("GET", SOAP_PATH + "?wsdl", null, null, false).statusCode() == 200);
    }

    @Test
    public void ledgerRevisionsAreRecordedComparedAndGuardedOverSoap() {
        String id = createSociety("中国声学学会", Usccs.valid("100000", 6001));

        HttpResponse<String> first = soap("<s:updateLedger><s:societyId>" + id + "</s:societyId><s:revision>0</s:revision>"
                + completeLedger("首次填报") + "</s:updateLedger>");
        assertEquals(first.body(), 200, first.statusCode());
        assertEquals("1", element(first.body(), "revision"));
        assertEquals("true", element(first.body(), "clear"));
        assertEquals(first.body(), 0, count(first.body(), "missing"));

        // a writer who still holds revision 0 is told to read again, with the REST code
        HttpResponse<String> stale = soap("<s:updateLedger><s:societyId>" + id + "</s:societyId><s:revision>0</s:revision>"
                + completeLedger("迟到的修改") + "</s:updateLedger>");
        assertFault(stale, "VERSION_CONFLICT");

        HttpResponse<String> current = soap("<s:getLedger><s:societyId>" + id + "</s:societyId></s:getLedger>");
        assertEquals(current.body(), 200, current.statusCode());
        assertEquals("1", element(current.body(), "revision"));
        assertEquals("王小明", element(current.body(), "name"));
        assertEquals("PRESIDENT", element(current.body(), "role"));
        assertEquals("admin", element(current.body(), "recordedBy"));

        HttpResponse<String> before = soap("<s:getLedger><s:societyId>" + id + "</s:societyId><s:asOf>2000-01-01</s:asOf></s:getLedger>");
        assertEquals("0", element(before.body(), "revision"));
        assertEquals("false", element(before.body(), "clear"));

        HttpResponse<String> revisionOne = soap("<s:getLedgerRevision><s:societyId>" + id + "</s:societyId><s:revision>1</s:revision>"
                + "</s:getLedgerRevision>");
        assertEquals("首次填报", element(revisionOne.body(), "note"));

        HttpResponse<String> history = soap("<s:listLedgerRevisions><s:societyId>" + id + "</s:societyId></s:listLedgerRevisions>");
        assertEquals(history.body(), 1, count(history.body(), "ledgerRevision"));
        assertEquals("1", element(history.body(), "revision"));
        assertEquals("首次填报", element(history.body(), "note"));

        HttpResponse<String> compared = soap("<s:compareLedgerRevisions><s:societyId>" + id + "</s:societyId>"
                + "<s:fromRevision>0</s:fromRevision><s:toRevision>1</s:toRevision></s:compareLedgerRevisions>");
        assertEquals(compared.body(), 200, compared.statusCode());
        String changes = compared.body();
        for (String field : new String[] {"runningState", "fullTimeStaff", "leaders[0]", "leaders[1]", "partyOrganisationEstablished"}) {
            assertTrue(field + " changed: " + changes, changes.matches("(?s).*<(\\w+:)?field>" + Pattern.quote(field) + "</(\\w+:)?field>.*"));
        }
        // ten counts and states, two leaders, the party organisation; the empty reason fields stay unchanged
        assertEquals(changes, 13, count(changes, "change"));

        assertFault(soap("<s:getLedgerRevision><s:societyId>" + id + "</s:societyId><s:revision>9</s:revision></s:getLedgerRevision>"),
                "NOT_FOUND");
    }

    @Test
    public void unclearLedgersIncludeASocietyWithoutLedger() {
        String withoutLedgerUscc = Usccs.valid("100000", 6002);
        createSociety("中国图学学会", withoutLedgerUscc);
        String clearUscc = Usccs.valid("100000", 6003);
        String clearId = createSociety("中国优选法统筹法与经济数学研究会", clearUscc);
        assertEquals(200, soap("<s:updateLedger><s:societyId>" + clearId + "</s:societyId><s:revision>0</s:revision>"
                + completeLedger("全部填齐") + "</s:updateLedger>").statusCode());

        HttpResponse<String> unclear = soap("<s:listUnclearLedgers><s:filter><s:regionPrefix>100000</s:regionPrefix>"
                + "<s:limit>500</s:limit></s:filter></s:listUnclearLedgers>");
        assertEquals(unclear.body(), 200, unclear.statusCode());
        assertTrue(unclear.body(), unclear.body().contains(withoutLedgerUscc));
        assertFalse(unclear.body(), unclear.body().contains(clearUscc));
        // a society without ledger misses every section, the leaders among them
        assertTrue(unclear.body(), unclear.body().matches("(?s).*<(\\w+:)?section>LEADERS</(\\w+:)?section>.*"));
        assertTrue(unclear.body(), unclear.body().matches("(?s).*<(\\w+:)?missing>leaders</(\\w+:)?missing>.*"));

        assertFault(soap("<s:listUnclearLedgers><s:filter><s:limit>100000</s:limit></s:filter></s:listUnclearLedgers>"),
                "VALIDATION_FAILED");
    }

    @Test
    public void importCreatesSocietiesAndReportsInvalidRowsByRowAndColumn() {
        String uscc = Usccs.valid("100000", 6101);
        HttpResponse<String> imported = soap("<s:importSocieties><s:csv>" + CSV_HEADER
                + "中国颗粒学会," + uscc + ",学会,全国,100000,理科,团体会员\n</s:csv></s:importSocieties>");
        assertEquals(imported.body(), 200, imported.statusCode());
        assertEquals("1", element(imported.body(), "rows"));
        assertEquals("1", element(imported.body(), "created"));
        assertEquals("true", element(imported.body(), "applied"));
        assertTrue(soap("<s:listSocieties><s:filter><s:regionPrefix>100000</s:regionPrefix><s:limit>500</s:limit></s:filter>"
                + "</s:listSocieties>").body().contains("中国颗粒学会"));

        // line 3 names a level that does not exist: all or nothing writes nothing, and that is an answer, not a fault
        String twoRows = CSV_HEADER + "中国感光学会," + Usccs.valid("100000", 6102) + ",学会,全国,100000,理科,团体会员\n"
                + "中国菌物学会," + Usccs.valid("100000", 6103) + ",学会,国家级,100000,理科,团体会员\n";
        HttpResponse<String> refused = soap("<s:importSocieties><s:csv>" + twoRows + "</s:csv></s:importSocieties>");
        assertEquals(refused.body(), 200, refused.statusCode());
        assertEquals("false", element(refused.body(), "applied"));
        assertEquals("0", element(refused.body(), "created"));
        assertEquals("3", element(refused.body(), "row"));
        assertEquals("级别", element(refused.body(), "column"));

        HttpResponse<String> validRows = soap("<s:importSocieties><s:csv>" + twoRows + "</s:csv><s:mode>VALID_ROWS</s:mode>"
                + "</s:importSocieties>");
        assertEquals("true", element(validRows.body(), "applied"));
        assertEquals("1", element(validRows.body(), "created"));
        assertEquals("3", element(validRows.body(), "row"));

        // a file without the headers is refused as a whole
        assertFault(soap("<s:importSocieties><s:csv>hello,world\n1,2\n</s:csv></s:importSocieties>"), "VALIDATION_FAILED");
    }

    @Test
    public void exportAnswersCsvTextWithTheChineseHeaders() {
        String uscc = Usccs.valid("100000", 6201);
        createSociety("中国地震学会", uscc);

        HttpResponse<String> exported = soap("<s:exportSocieties><s:filter><s:regionPrefix>100000</s:regionPrefix></s:filter>"
                + "</s:exportSocieties>");
        assertEquals(exported.body(), 200, exported.statusCode());
        String csv = element(exported.body(), "csv");
        assertTrue(csv, csv.startsWith("名称,"));
        assertTrue(csv, csv.contains("统一社会信用代码"));
        // 名称, 英文名称 (empty), 统一社会信用代码
        assertTrue(csv, csv.contains("中国地震学会,," + uscc + ","));
        assertFalse("the byte-order mark stays out of the text", csv.contains("\uFEFF"));
    }

    // ---- helpers ----

    private String createSociety(String name, String uscc) {
        HttpResponse<String> created = soap("<s:createSociety><s:society><s:name>" + name + "</s:name><s:uscc>" + uscc + "</s:uscc>"
                + "<s:kind>SOCIETY</s:kind><s:level>NATIONAL</s:level><s:regionCode>100000</s:regionCode>"
                + "<s:discipline>SCIENCE</s:discipline><s:groupMemberStatus>MEMBER</s:groupMemberStatus></s:society></s:createSociety>");
        assertEquals(created.body(), 200, created.statusCode());
        return element(created.body(), "id");
    }

    /** Every section filled in: a president who is the principal leader, a secretary general, an own party organisation. */
    private static String completeLedger(String note) {
        return "<s:ledger><s:runningState>NORMAL</s:runningState><s:lastInspectionResult>QUALIFIED</s:lastInspectionResult>"
                + "<s:lastInspectionYear>2024</s:lastInspectionYear><s:activitiesInYear>6</s:activitiesInYear>"
                + "<s:fullTimeStaff>5</s:fullTimeStaff><s:staffPartyMembers>3</s:staffPartyMembers>"
                + "<s:formalMembers>4</s:formalMembers><s:probationaryMembers>1</s:probationaryMembers>"
                + "<s:relationshipsHere>3</s:relationshipsHere><s:relationshipsElsewhere>2</s:relationshipsElsewhere>"
                + "<s:leader><s:name>王小明</s:name><s:role>PRESIDENT</s:role><s:principal>true</s:principal><s:partyMember>true</s:partyMember></s:leader>"
                + "<s:leader><s:name>李华</s:name><s:role>SECRETARY_GENERAL</s:role><s:principal>false</s:principal><s:partyMember>true</s:partyMember></s:leader>"
                + "<s:partyOrganisationEstablished>true</s:partyOrganisationEstablished><s:note>" + note + "</s:note></s:ledger>";
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
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"http://castpb.org/soap/society/1\">"
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
