package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Lists and reports that stay small whatever the data: the society list paged after an id (keyset) in every door,
 * counting every match only when asked,
 * and an import report that lists the first errors and counts them all.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ListingAtScaleIT extends CastpbTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "名称,统一社会信用代码,类型,级别,行政区划代码,学科,团体会员状态\n";

    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        // a small cap, so that the test file need not have a thousand bad rows
        return distribution(editConfigurationFilePut("etc/org.castpb.records.transfer.cfg", "maxReportedErrors", "3"));
    }

    @Before
    public void restIsUp() {
        await().atMost(180, TimeUnit.SECONDS).ignoreExceptions().until(() -> get("/v1/societies?limit=1").statusCode() == 200);
    }

    @Test
    public void theListPagedAfterAnIdGivesTheSamePagesAsByOffsetInEveryDoor() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 7; i++) {
            csv.append("云南省测试学会").append(i).append(',').append(Usccs.valid("530000", 9300 + i)).append(",学会,省级,530000,理科,非会员\n");
        }
        assertEquals(200, call("POST", "/v1/imports/societies", "text/csv", csv.toString(), true).statusCode());

        List<Long> byOffset = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            JSON.readTree(get("/v1/societies?regionPrefix=53&limit=3&offset=" + offset).body()).get("items")
                    .forEach(s -> byOffset.add(s.get("id").asLong()));
        }
        List<Long> byKey = new ArrayList<>();
        long after = 0;
        for (int pages = 0; pages < 5; pages++) { // 3 pages and an empty one; a server that ignores after never ends
            JsonNode page = JSON.readTree(get("/v1/societies?regionPrefix=53&limit=3&after=" + after).body());
            assertFalse("a page after an id counts only when asked: " + page, page.has("total"));
            if (page.get("items").isEmpty()) {
                break;
            }
            page.get("items").forEach(s -> byKey.add(s.get("id").asLong()));
            after = byKey.get(byKey.size() - 1);
        }
        assertEquals(7, byOffset.size());
        assertEquals(byOffset, byKey);
        JsonNode counted = JSON.readTree(get("/v1/societies?regionPrefix=53&limit=3&includeTotal=true&after=" + byKey.get(2)).body());
        assertEquals("the total counts every match, not those after the id", 7, counted.get("total").asInt());
        assertEquals(byKey.get(3).longValue(), counted.get("items").get(0).get("id").asLong());
        assertFalse(JSON.readTree(get("/v1/societies?regionPrefix=53&includeTotal=false").body()).has("total"));
        HttpResponse<String> notAFlag = get("/v1/societies?includeTotal=yes");
        assertEquals(notAFlag.body(), 422, notAFlag.statusCode());
        assertTrue(notAFlag.body(), notAFlag.body().contains("includeTotal"));

        HttpResponse<String> both = get("/v1/societies?offset=3&after=" + byKey.get(0));
        assertEquals(both.body(), 422, both.statusCode());
        assertTrue(both.body(), both.body().contains("CONFLICTING_PAGING"));

        String soap = call("POST", "/soap/SocietyService", "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"http://castpb.org/soap/society/1\">"
                        + "<soap:Body><s:listSocieties><s:filter><s:regionPrefix>53</s:regionPrefix><s:limit>3</s:limit><s:after>"
                        + byKey.get(2) + "</s:after></s:filter></s:listSocieties></soap:Body></soap:Envelope>", true).body();
        assertTrue(soap, soap.contains("<id>" + byKey.get(3) + "</id>") && !soap.contains("<id>" + byKey.get(2) + "</id>"));
        assertFalse(soap, soap.contains("<total>"));
        String soapCounted = call("POST", "/soap/SocietyService", "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:s=\"http://castpb.org/soap/society/1\">"
                        + "<soap:Body><s:listSocieties><s:filter><s:regionPrefix>53</s:regionPrefix><s:limit>3</s:limit><s:after>"
                        + byKey.get(2) + "</s:after><s:includeTotal>true</s:includeTotal></s:filter></s:listSocieties></soap:Body></soap:Envelope>",
                true).body();
        assertTrue(soapCounted, soapCounted.contains("<total>7</total>"));

        awaitCommands(sessionFactory, "society:list");
        String console = executeCommand(sessionFactory, "society:list --region 53 --limit 3 --after " + byKey.get(5));
        assertTrue(console, console.contains("1 societies (after id " + byKey.get(5) + "; --total counts them all)"));
        String consoleCounted = executeCommand(sessionFactory, "society:list --region 53 --limit 3 --total --after " + byKey.get(5));
        assertTrue(consoleCounted, consoleCounted.contains("1 of 7 societies (after id " + byKey.get(5) + ")"));
    }

    @Test
    public void theExportReadsEveryMatchingSocietyOnceInIdOrderWithItsLedgerAcrossItsChunks() throws Exception {
        // 2,400 societies in two interleaved provinces: the export reads a thousand at a time, so a filtered export
        // crosses chunks whose id ranges also hold the other province's societies
        String header = "名称,统一社会信用代码,类型,级别,行政区划代码,学科,团体会员状态,年度活动次数,负责人\n";
        StringBuilder csv = new StringBuilder(header);
        List<String> hainan = new ArrayList<>();
        for (int i = 0; i < 2400; i++) {
            boolean inHainan = i % 3 != 0;
            String region = inHainan ? "460000" : "450000";
            String uscc = Usccs.valid(region, 70000 + i);
            if (inHainan) {
                hainan.add(uscc);
            }
            csv.append(inHainan ? "海南省导出学会" : "广西导出学会").append(i).append(',').append(uscc).append(",学会,省级,")
                    .append(region).append(",工科,非会员,").append(i % 50).append(",理事").append(i).append("|理事长|是|是;秘书").append(i).append("|秘书长|否|是\n");
        }
        HttpResponse<String> imported = call("POST", "/v1/imports/societies", "text/csv", csv.toString(), true);
        assertEquals(imported.body(), 200, imported.statusCode());

        HttpResponse<String> export = get("/v1/exports/societies?regionPrefix=46");
        assertEquals(export.body(), 200, export.statusCode());
        List<String> lines = export.body().replace("\uFEFF", "").lines().toList();
        List<String> usccs = lines.stream().skip(1).map(line -> line.split(",")[2]).toList();
        assertEquals(hainan, usccs);
        int i = 2399; // the last Hainan society (2399 % 3 != 0): in the third chunk
        String last = lines.get(lines.size() - 1);
        assertTrue(last, last.startsWith("海南省导出学会" + i + ","));
        assertTrue(last, last.contains("," + (i % 50) + ",") && last.contains("理事" + i + "|理事长|是|是;秘书" + i + "|秘书长|否|是"));
    }

    @Test
    public void anImportReportListsTheFirstErrorsAndCountsThemAllByCode() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 8; i++) {
            String wrong = Usccs.withWrongCheck(Usccs.valid("540000", 9400 + i))[0];
            csv.append("西藏自治区测试学会").append(i).append(',').append(wrong).append(",学会,省级,540000,理科,非会员\n");
        }
        csv.append("西藏自治区另一学会,").append(Usccs.valid("540000", 9499)).append(",学会,省级,540000,理科,不知道\n");
        HttpResponse<String> refused = call("POST", "/v1/imports/societies", "text/csv", csv.toString(), true);
        assertEquals(refused.body(), 422, refused.statusCode());
        JsonNode report = JSON.readTree(refused.body());
        assertEquals(3, report.get("errors").size());
        assertEquals(2, report.get("errors").get(0).get("row").asInt());
        assertEquals(9, report.get("errorCount").asInt());
        assertEquals(report.toString(), 8, report.get("errorCounts").get(report.get("errors").get(0).get("code").asText()).asInt());
        assertEquals(report.toString(), 1, report.get("errorCounts").get("INVALID_VALUE").asInt());
    }
}
