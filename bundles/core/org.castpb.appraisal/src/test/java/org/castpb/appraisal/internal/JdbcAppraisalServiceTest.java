package org.castpb.appraisal.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.castpb.api.appraisal.AppraisalDraft;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.GradeEntry;
import org.castpb.api.appraisal.UnqualifiedCase;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
import org.junit.Before;
import org.junit.Test;

public class JdbcAppraisalServiceTest {

    private static final Actor HANGZHOU = new Actor("hz", Set.of("local-admin"), Scope.region("3301"));
    private static final LocalDate HELD = LocalDate.of(2026, 1, 15);

    private DataSource dataSource;
    private JdbcAppraisalService service;
    /** The registry as the service sees it: member id to organisation id; 9 left the roll. */
    private final Map<Long, Long> roll = new HashMap<>(Map.of(1L, 10L, 2L, 10L, 3L, 10L, 4L, 20L, 9L, 10L));

    @Before
    public void database() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:appraisal-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // what the records' and the party organisations' change logs provide
            st.executeUpdate("CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, REGION_CODE CHAR(6) NOT NULL, SOCIETY_LEVEL VARCHAR(12) NOT NULL)");
            st.executeUpdate("INSERT INTO SOCIETY VALUES (1, '100000', 'NATIONAL'), (2, '330100', 'MUNICIPAL')");
            st.executeUpdate("CREATE TABLE PORG_ORGANISATION (ID BIGINT PRIMARY KEY, NAME VARCHAR(100), ORG_STATUS VARCHAR(10))");
            st.executeUpdate("INSERT INTO PORG_ORGANISATION VALUES (10, '杭州市科普协会党支部', 'ACTIVE'), (20, '中国数学会党委', 'ACTIVE')");
            st.executeUpdate("CREATE TABLE PORG_ORGANISATION_SOCIETY (ORGANISATION_ID BIGINT, SOCIETY_ID BIGINT, TO_DATE DATE)");
            st.executeUpdate("INSERT INTO PORG_ORGANISATION_SOCIETY VALUES (10, 2, NULL), (20, 1, NULL)");
        }
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(ds.getConnection()));
        new Liquibase("db/appraisal-changelog.xml", new ClassLoaderResourceAccessor(), db).update(new Contexts(), new LabelExpression());
        db.commit();
        db.close();
        dataSource = ds;
        service = new JdbcAppraisalService(ds, registry(), AppraisalRules.Share.parse("1/3"),
                Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC));
    }

    /** The member registry's get, over {@link #roll}; its other operations are not used by the appraisal. */
    private MemberService registry() {
        return (MemberService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MemberService.class}, (proxy, method, args) -> {
            if (!"get".equals(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            long id = (Long) args[1];
            if (!roll.containsKey(id)) {
                throw new NotFoundException("member", id);
            }
            return new Member(id, roll.get(id), "党员" + id, null, null, null, null, null, null, null, null, null, null, null, null,
                    id == 9 ? MemberStatus.REMOVED : MemberStatus.ACTIVE, null, true, 1, null, null);
        });
    }

    private static GradeEntry grade(long member, AppraisalGrade grade) {
        return new GradeEntry(member, grade);
    }

    @Test
    public void anUnqualifiedGradeOpensACaseThatCanBeClosed() {
        AppraisalRound round = service.record(HANGZHOU, new AppraisalDraft(10, 2025, HELD, List.of(grade(1, AppraisalGrade.QUALIFIED),
                grade(2, AppraisalGrade.UNQUALIFIED), grade(3, AppraisalGrade.EXCELLENT)), null));
        assertEquals(3, round.grades().size());
        assertEquals("杭州市科普协会党支部", round.organisationName());
        List<UnqualifiedCase> open = service.cases(HANGZHOU, CaseState.OPEN);
        assertEquals(1, open.size());
        assertEquals(2, open.get(0).memberId());
        UnqualifiedCase closed = service.closeCase(HANGZHOU, open.get(0).id(), 1, LocalDate.of(2026, 12, 1), "限期改正，已改正");
        assertEquals(CaseState.CLOSED, closed.state());
        assertEquals(List.of(), service.cases(HANGZHOU, CaseState.OPEN));
        assertEquals(List.of("CREATE", "CASE_OPENED", "CASE_CLOSED"), service.history(HANGZHOU, round.id()).stream().map(e -> e.change()).toList());
    }

    @Test
    public void aMemberAppraisedTwiceInAYearIsRefusedAndNothingIsWritten() throws Exception {
        service.record(HANGZHOU, new AppraisalDraft(10, 2025, HELD, List.of(grade(1, AppraisalGrade.QUALIFIED)), null));
        roll.put(1L, 20L); // transferred to the national society's committee, which appraises again
        try {
            service.record(Actor.SYSTEM, new AppraisalDraft(20, 2025, HELD, List.of(grade(4, AppraisalGrade.QUALIFIED),
                    grade(1, AppraisalGrade.UNQUALIFIED)), null));
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals("grades[1].memberId", e.errors().get(0).field());
            assertEquals(AppraisalService.APPRAISED_TWICE, e.errors().get(0).code());
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM APPRAISAL_ROUND) + (SELECT COUNT(*) FROM APPRAISAL_CASE) FROM SYSIBM.SYSDUMMY1")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    public void tooManyExcellentNeedJustificationAndTheRoundKeepsTheWarning() {
        AppraisalDraft draft = new AppraisalDraft(10, 2025, HELD, List.of(grade(1, AppraisalGrade.EXCELLENT), grade(2, AppraisalGrade.EXCELLENT),
                grade(3, AppraisalGrade.QUALIFIED)), null);
        try {
            service.record(HANGZHOU, draft);
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals(AppraisalService.EXCELLENT_ABOVE_SHARE, e.errors().get(0).code());
        }
        AppraisalRound round = service.record(HANGZHOU, new AppraisalDraft(10, 2025, HELD, draft.grades(), "两人获国家科技进步奖"));
        assertEquals(List.of(AppraisalService.EXCELLENT_ABOVE_SHARE), round.warnings());
        String csv = service.exportCsv(HANGZHOU, 2025);
        assertTrue(csv, csv.startsWith("年度,") && csv.contains(",优秀,") && csv.contains("两人获国家科技进步奖"));
    }

    @Test
    public void membersOffTheRollOrElsewhereAndOrganisationsOutOfScopeAreRefused() {
        try {
            service.record(HANGZHOU, new AppraisalDraft(10, 2025, HELD, List.of(grade(4, AppraisalGrade.QUALIFIED), grade(9, AppraisalGrade.QUALIFIED),
                    grade(77, AppraisalGrade.QUALIFIED)), null));
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals(List.of(AppraisalService.NOT_A_MEMBER), e.errors().stream().map(x -> x.code()).distinct().toList());
            assertEquals(3, e.errors().size());
        }
        try {
            service.record(HANGZHOU, new AppraisalDraft(20, 2025, HELD, List.of(grade(4, AppraisalGrade.QUALIFIED)), null));
            fail("accepted");
        } catch (ForbiddenException e) {
            assertEquals(ForbiddenException.OUT_OF_SCOPE, e.code());
        }
        AppraisalRound national = service.record(Actor.SYSTEM, new AppraisalDraft(20, 2025, HELD, List.of(grade(4, AppraisalGrade.QUALIFIED)), null));
        assertEquals(List.of(), service.list(HANGZHOU, null, null, null));
        assertEquals(List.of(national.id()), service.list(Actor.SYSTEM, null, 1L, 2025).stream().map(AppraisalRound::id).toList());
    }

    @Test
    public void removingASocietyRemovesItsOrganisationsRoundsWithGradesCasesAndHistory() throws Exception {
        service.record(HANGZHOU, new AppraisalDraft(10, 2025, HELD, List.of(grade(1, AppraisalGrade.UNQUALIFIED)), null));
        service.record(Actor.SYSTEM, new AppraisalDraft(20, 2025, HELD, List.of(grade(4, AppraisalGrade.QUALIFIED)), null));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Integer> removed = new AppraisalRowsRemover(null).removeSocieties(c, List.of(2L));
            assertEquals(Map.of("APPRAISAL_HISTORY", 2, "APPRAISAL_CASE", 1, "APPRAISAL_GRADE", 1, "APPRAISAL_ROUND", 1), removed);
            // the national society's organisation, already gone when the organisations' remover ran first
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM PORG_ORGANISATION WHERE ID = 20");
            }
            assertEquals(Integer.valueOf(1), new AppraisalRowsRemover(null).removeSocieties(c, List.of(1L)).get("APPRAISAL_ROUND"));
            c.commit();
        }
        assertEquals(List.of(), service.list(Actor.SYSTEM, null, null, null));
    }
}
