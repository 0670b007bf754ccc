package org.castpb.matters.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.matters.MatterCategory;
import org.castpb.api.matters.MatterDraft;
import org.castpb.api.matters.Opinion;
import org.castpb.api.matters.OpinionKind;
import org.junit.Before;
import org.junit.Test;

public class JdbcMajorMatterServiceTest {

    private static final Actor HANGZHOU = new Actor("hz", Set.of("local-admin"), Scope.region("3301"));
    private static final Actor VIEWER = new Actor("v", Set.of("viewer"), Scope.ALL);

    private DataSource dataSource;
    private JdbcMajorMatterService service;

    @Before
    public void database() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:matters-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, NAME VARCHAR(100), REGION_CODE CHAR(6) NOT NULL, SOCIETY_LEVEL VARCHAR(12) NOT NULL)");
            st.executeUpdate("INSERT INTO SOCIETY VALUES (1, '中国数学会', '100000', 'NATIONAL'), (2, '杭州市科普协会', '330100', 'MUNICIPAL')");
        }
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(ds.getConnection()));
        new Liquibase("db/matters-changelog.xml", new ClassLoaderResourceAccessor(), db).update(new Contexts(), new LabelExpression());
        db.commit();
        db.close();
        dataSource = ds;
        service = new JdbcMajorMatterService(ds, Thresholds.of(), Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC));
    }

    private static MatterDraft expenditure(long society, Opinion opinion, LocalDate decidedOn) {
        return new MatterDraft(society, MatterCategory.LARGE_EXPENDITURE, "购置科普大篷车", LocalDate.of(2026, 3, 1),
                new BigDecimal("380000"), opinion, decidedOn);
    }

    @Test
    public void aDecisionWithoutOpinionIsABreachUntilAnEarlierOpinionIsRecorded() {
        MajorMatter m = service.record(Actor.SYSTEM, expenditure(2, null, LocalDate.of(2026, 3, 20)));
        assertEquals(MajorMatterService.NO_PRIOR_OPINION, m.breach());
        assertEquals("v1", m.ruleSetVersion());
        assertEquals(List.of(m.id()), service.breaches(HANGZHOU, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).stream().map(MajorMatter::id).toList());
        MajorMatter heard = service.giveOpinion(HANGZHOU, m.id(), m.version(), new Opinion(OpinionKind.AGREE, "同意", LocalDate.of(2026, 3, 15)));
        assertNull(heard.breach());
        assertEquals(List.of(), service.breaches(Actor.SYSTEM, null, null));
        assertEquals(List.of("CREATE", "OPINION"), service.history(HANGZHOU, m.id()).stream().map(e -> e.change()).toList());
    }

    @Test
    public void decidingAgainstADisagreeingOpinionIsABreachAndShowsInTheCsv() {
        MajorMatter m = service.record(HANGZHOU, expenditure(2, new Opinion(OpinionKind.DISAGREE, "预算依据不足", LocalDate.of(2026, 3, 5)), null));
        assertNull(m.breach());
        MajorMatter decided = service.decide(HANGZHOU, m.id(), m.version(), LocalDate.of(2026, 3, 20));
        assertEquals(MajorMatterService.DECIDED_AGAINST_OPINION, decided.breach());
        String csv = service.exportBreachesCsv(VIEWER, null, null);
        assertTrue(csv, csv.startsWith("事项编号,") && csv.contains("杭州市科普协会") && csv.contains("党组织不同意仍作决策"));
    }

    @Test
    public void anOpinionDatedAfterTheDecisionIsRefusedAndNothingChanges() throws Exception {
        MajorMatter m = service.record(HANGZHOU, expenditure(2, null, LocalDate.of(2026, 3, 20)));
        try {
            service.giveOpinion(HANGZHOU, m.id(), m.version(), new Opinion(OpinionKind.AGREE, "同意", LocalDate.of(2026, 3, 21)));
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals(MajorMatterService.OPINION_AFTER_DECISION, e.errors().get(0).code());
        }
        assertEquals(m.version(), service.get(HANGZHOU, m.id()).version());
        MajorMatter heard = service.record(HANGZHOU, expenditure(2, new Opinion(OpinionKind.AGREE, "同意", LocalDate.of(2026, 3, 12)), null));
        try {
            service.decide(HANGZHOU, heard.id(), heard.version(), LocalDate.of(2026, 3, 11));
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals("decidedOn", e.errors().get(0).field());
            assertEquals(MajorMatterService.OPINION_AFTER_DECISION, e.errors().get(0).code());
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM MATTER_HISTORY")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
    }

    @Test
    public void aLocalAdministratorSeesAndWritesOnlyItsRegion() {
        MajorMatter national = service.record(Actor.SYSTEM, new MatterDraft(1, MatterCategory.FOREIGN_RELATED, "国际数学家大会申办",
                LocalDate.of(2026, 5, 1), null, null, null));
        try {
            service.get(HANGZHOU, national.id());
            fail("read outside the scope");
        } catch (NotFoundException expected) {
            // as if it did not exist
        }
        try {
            service.record(HANGZHOU, new MatterDraft(1, MatterCategory.MAJOR_DECISION, "章程修改", LocalDate.of(2026, 5, 1), null, null, null));
            fail("written outside the scope");
        } catch (ForbiddenException expected) {
            assertEquals(ForbiddenException.OUT_OF_SCOPE, expected.code());
        }
        try {
            service.record(VIEWER, expenditure(2, null, null));
            fail("a viewer wrote");
        } catch (ForbiddenException expected) {
            // viewers read only
        }
        assertEquals(List.of(), service.list(HANGZHOU, null, null, null));
        assertEquals(1, service.list(Actor.SYSTEM, 1L, null, null).size());
    }

    @Test
    public void removingASocietyRemovesItsMattersAndTheirHistory() throws Exception {
        MajorMatter kept = service.record(Actor.SYSTEM, new MatterDraft(1, MatterCategory.MAJOR_DECISION, "换届", LocalDate.of(2026, 5, 1), null, null, null));
        MajorMatter m = service.record(HANGZHOU, expenditure(2, null, null));
        service.decide(HANGZHOU, m.id(), m.version(), LocalDate.of(2026, 3, 20));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            assertEquals(java.util.Map.of("MATTER_HISTORY", 2, "MATTER", 1), new MatterRowsRemover(null).removeSocieties(c, List.of(2L)));
            c.commit();
        }
        assertEquals(List.of(kept.id()), service.list(Actor.SYSTEM, null, null, null).stream().map(MajorMatter::id).toList());
    }
}
