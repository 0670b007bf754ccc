package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * PostgreSQL selected by configuration alone: the shipped distribution, with only
 * etc/org.ops4j.datasource-castpb.cfg pointing at a PostgreSQL server, migrates a fresh database
 * and serves records from it. The server is the one {@link PostgresServer} chooses: started by the
 * test from Maven artifacts, or an external one given with {@code -Dcastpb.it.pg.url}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresqlIT extends CastpbTestSupport {

    /** The URL the datasource was given and whether the server is the embedded one, passed to the container. */
    private static final String EXPECTED_URL = "castpb.it.pg.expectedUrl";
    private static final String EMBEDDED = "castpb.it.pg.embedded";

    @Inject
    @Filter(value = "(osgi.jndi.service.name=castpb)", timeout = 120_000)
    DataSource dataSource;

    @Inject
    @Filter(timeout = 120_000)
    org.castpb.api.organisation.PartyOrganisationService organisations;

    @Configuration
    public Option[] config() throws SQLException {
        PostgresServer server = PostgresServer.get();
        String url = server.url + server.freshDatabase();
        String cfg = "etc/org.ops4j.datasource-castpb.cfg";
        return distribution(
                editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(cfg, "dataSourceName", "castpb"),
                editConfigurationFilePut(cfg, "url", url),
                editConfigurationFilePut(cfg, "user", server.user),
                editConfigurationFilePut(cfg, "password", server.password),
                editConfigurationFilePut("etc/system.properties", EXPECTED_URL, url),
                editConfigurationFilePut("etc/system.properties", EMBEDDED, Boolean.toString(server.isEmbedded())));
    }

    @Test
    public void theDistributionRunsOnTheServerTheTestChoseNotOnAnInstalledOne() throws Exception {
        String expected = System.getProperty(EXPECTED_URL);
        int expectedPort = java.net.URI.create(expected.substring("jdbc:".length())).getPort();
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT inet_server_port(), current_database()")) {
            // the driver appends its connection properties after a "?"
            assertEquals(expected, c.getMetaData().getURL().replaceFirst("\\?.*", ""));
            assertTrue(rs.next());
            assertEquals("the server that answers listens on the configured port", expectedPort, rs.getInt(1));
            assertEquals(expected.substring(expected.lastIndexOf('/') + 1), rs.getString(2));
        }
        if (Boolean.parseBoolean(System.getProperty(EMBEDDED))) {
            assertNotEquals("the embedded server is not the default installed one", 5432, expectedPort);
        }
    }

    @Test
    public void recordsLiveInPostgresql() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
        }
        await().atMost(BOOT).until(() -> get("/v1/societies?limit=1").statusCode() == 200);

        String uscc = Usccs.valid("100000", 7001);
        HttpResponse<String> created = postJson("/v1/societies", "{\"name\":\"中国地质学会\",\"uscc\":\"" + uscc
                + "\",\"kind\":\"SOCIETY\",\"level\":\"NATIONAL\",\"regionCode\":\"100000\",\"discipline\":\"SCIENCE\",\"groupMemberStatus\":\"MEMBER\"}");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals(409, postJson("/v1/societies", "{\"name\":\"重复\",\"uscc\":\"" + uscc
                + "\",\"kind\":\"SOCIETY\",\"level\":\"NATIONAL\",\"regionCode\":\"100000\",\"discipline\":\"SCIENCE\",\"groupMemberStatus\":\"MEMBER\"}").statusCode());

        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT NAME, VERSION FROM SOCIETY WHERE USCC = '" + uscc + "'")) {
            assertTrue(rs.next());
            assertEquals("中国地质学会", rs.getString(1));
            assertEquals(1, rs.getLong(2));
        }
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            assertTrue(rs.next());
            assertTrue("migrations recorded", rs.getInt(1) >= 3);
        }
        // the coverage SQL (province grouping, paging) runs on PostgreSQL too
        await().atMost(60, TimeUnit.SECONDS).until(() -> get("/v1/coverage?groupBy=REGION").statusCode() == 200);
        String report = get("/v1/coverage?groupBy=REGION").body();
        assertTrue(report, report.contains("\"inScope\":1"));
        assertTrue(report, report.contains("\"key\":\"100000\""));
        HttpResponse<String> uncovered = get("/v1/coverage/uncovered?limit=10");
        assertEquals(uncovered.body(), 200, uncovered.statusCode());
        assertTrue(uncovered.body(), uncovered.body().contains("中国地质学会"));

        // rectification tasks and monthly snapshots (the coverage context's own tables) on PostgreSQL
        HttpResponse<String> generated = call("POST", "/v1/rectifications/generate", null, (String) null, true);
        assertEquals(generated.body(), 200, generated.statusCode());
        assertTrue(generated.body(), generated.body().contains("\"opened\":"));
        assertEquals(200, call("POST", "/v1/coverage/snapshots", null, (String) null, true).statusCode());
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> trend = get("/v1/coverage/trend?from=" + now.minusMonths(1) + "&to=" + now);
        assertEquals(trend.body(), 200, trend.statusCode());

        // the party-organisation context migrated its own tables on PostgreSQL, and its JPQL runs there
        assertTrue(organisations.coveredSocieties(new org.castpb.api.Actor("admin", java.util.Set.of("admin")), java.time.LocalDate.now()).isEmpty());
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PORG_ORGANISATION")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1));
        }

        // the evaluation context: a campaign, its stored results with findings, a vetoed member, and funding
        await().atMost(60, TimeUnit.SECONDS).until(() -> get("/v1/evaluation/modules").body().contains("cast.national"));
        HttpResponse<String> campaign = postJson("/v1/evaluation/campaigns", "{\"year\":2026,\"kind\":\"COMPREHENSIVE\"}");
        assertEquals(campaign.body(), 201, campaign.statusCode());
        String id = campaign.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1");
        assertEquals(202, postJson("/v1/evaluation/campaigns/" + id + "/run", "").statusCode());
        await().atMost(60, TimeUnit.SECONDS).until(() -> get("/v1/evaluation/campaigns/" + id).body().contains("\"status\":\"COMPLETED\""));
        HttpResponse<String> failed = get("/v1/evaluation/campaigns/" + id + "/results?outcome=FAIL&vetoed=true");
        assertTrue(failed.body(), failed.body().contains("中国地质学会") && failed.body().contains("\"total\":1"));
        String society = failed.body().replaceAll(".*\"societyId\":(\\d+).*", "$1");
        HttpResponse<String> result = get("/v1/evaluation/campaigns/" + id + "/results/" + society);
        assertTrue(result.body(), result.body().contains("LEDGER_FIVE_CLEARS") && result.body().contains("cast.national 一票否决"));
        HttpResponse<String> allocation = postJson("/v1/evaluation/campaigns/" + id + "/allocations",
                "{\"schemeId\":\"cast.award\",\"budget\":100000.50}");
        assertEquals(allocation.body(), 201, allocation.statusCode());
        assertTrue(allocation.body(), allocation.body().contains("SERVICE_PURCHASE"));
    }
}
