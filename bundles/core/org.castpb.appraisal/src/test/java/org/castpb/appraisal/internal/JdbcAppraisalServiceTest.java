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
import java.util.ArrayList;
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
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.CaseStep;
import org.castpb.api.appraisal.CaseStepDraft;
import org.castpb.api.appraisal.HandlingStep;
import org.castpb.api.appraisal.GradeEntry;
import org.castpb.api.appraisal.UnqualifiedCase;
import org.castpb.api.Page;
import org.castpb.api.life.Alert;
import org.castpb.api.life.AlertKind;
import org.castpb.api.life.AlertQuery;
import org.castpb.api.life.AlertService;
import org.castpb.api.life.AlertStatus;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.sql.Sql;
import org.junit.Before;
import org.junit.Test;

public class JdbcAppraisalServiceTest {

    private static final Actor HANGZHOU = new Actor("hz", Set.of("local-admin"), Scope.region("3301"));
    private static final LocalDate HELD = LocalDate.of(2026, 1, 15);

    private DataSource dataSource;
    private JdbcAppraisalService service;
    /** The registry as the service sees it: member id to organisation id; 9 left the roll. */
    private final Map<Long, Long> roll = new HashMap<>(Map.of(1L, 10L, 2L, 10L, 3L, 10L, 4L, 20L, 9L, 10L));
    /** The open candidate alerts of organisational life. */
    private final List<Alert> candidates = new ArrayList<>();
    /** The reasons the registry was given for members who left, by member id. */
    private final Map<Long, String> left = new HashMap<>();

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
            // the registry's status of members who left through a case (the member service keeps it in MEMBER)
            st.executeUpdate("CREATE TABLE REGISTRY (ID BIGINT PRIMARY KEY, STATUS VARCHAR(20))");
            st.executeUpdate("INSERT INTO REGISTRY VALUES (1, 'ACTIVE'), (2, 'ACTIVE'), (3, 'ACTIVE'), (4, 'ACTIVE')");
        }
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(ds.getConnection()));
        new Liquibase("db/appraisal-changelog.xml", new ClassLoaderResourceAccessor(), db).update(new Contexts(), new LabelExpression());
        db.commit();
        db.close();
        dataSource = ds;
        service = new JdbcAppraisalService(ds, registry(), lifeAlerts(), AppraisalRules.Share.parse("1/3"),
                Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC));
    }

    /** The member registry's get, over {@link #roll}; its other operations are not used by the appraisal. */
    private MemberService registry() {
        return (MemberService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MemberService.class}, (proxy, method, args) -> {
            if ("leave".equals(method.getName()) && args.length == 7) {
                // the registry's side of a removal: the member's row changes with the caller's work in one transaction
                long id = (Long) args[1];
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    try (Statement st = c.createStatement()) {
                        st.executeUpdate("UPDATE REGISTRY SET STATUS = '" + args[3] + "' WHERE ID = " + id);
                    }
                    try {
                        ((Sql.Work<?>) args[6]).run(Sql.on(c));
                        c.commit();
                    } catch (RuntimeException e) {
                        c.rollback();
                        throw e;
                    }
                }
                left.put(id, (String) args[6 - 1]);
                return member(id);
            }
            if (!"get".equals(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            return member((Long) args[1]);
        });
    }

    /** The organisational-life alerts as the service sees them: open UNQUALIFIED_CANDIDATE alerts, of the actor's scope. */
    private AlertService lifeAlerts() {
        return (AlertService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AlertService.class}, (proxy, method, args) -> {
            AlertQuery q = (AlertQuery) args[1];
            assertEquals(AlertKind.UNQUALIFIED_CANDIDATE, q.kind());
            assertEquals(AlertStatus.OPEN, q.status());
            List<Alert> inScope = candidates.stream().filter(a -> Scope.of((Actor) args[0]).all() || a.organisationId() == 10).toList();
            return new Page<>(inScope, inScope.size(), q.offset(), q.limit());
        });
    }

    private static Alert candidate(long id, long organisation, long member) {
        return new Alert(id, AlertKind.UNQUALIFIED_CANDIDATE, organisation, "党支部", null, null, member, "党员" + member, "v1",
                "连续6个月无故不参加组织生活 absent without reason for 6 months", LocalDate.of(2026, 7, 1), AlertStatus.OPEN, null);
    }

    private Member member(long id) throws Exception {
        if (!roll.containsKey(id)) {
            throw new NotFoundException("member", id);
        }
        MemberStatus status = id == 9 ? MemberStatus.REMOVED : MemberStatus.ACTIVE;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT STATUS FROM REGISTRY WHERE ID = " + id)) {
            if (rs.next()) {
                status = MemberStatus.valueOf(rs.getString(1));
            }
        }
        return new Member(id, roll.get(id), "党员" + id, null, null, null, null, null, null, null, null, null, null, null, null,
                status, null, true, 1, null, null);
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
        // the warning in the export's language, not its code
        assertTrue(csv, csv.contains(",“优秀”比例超出规定,") && !csv.contains(AppraisalService.EXCELLENT_ABOVE_SHARE));
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
    public void aCaseWalksToRemovalAndTheMemberLeavesTheRollInTheSameTransaction() {
        service.record(HANGZHOU, new AppraisalDraft(10, 2025, HELD, List.of(grade(2, AppraisalGrade.UNQUALIFIED)), null));
        UnqualifiedCase c = service.cases(HANGZHOU, CaseState.OPEN).get(0);
        c = service.recordStep(HANGZHOU, c.id(), 1, new CaseStepDraft(HandlingStep.EDUCATION, LocalDate.of(2026, 1, 20), null, "支部书记谈心谈话"));
        c = service.recordStep(HANGZHOU, c.id(), 2, new CaseStepDraft(HandlingStep.IMPROVEMENT_DEADLINE, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 7, 31), "限期半年改正"));
        try {
            service.recordStep(HANGZHOU, c.id(), 3, new CaseStepDraft(HandlingStep.PERSUASION_TO_LEAVE, LocalDate.of(2026, 7, 1), null, "劝退"));
            fail("persuaded before the deadline");
        } catch (ValidationException e) {
            assertEquals(AppraisalService.DEADLINE_NOT_PASSED, e.errors().get(0).code());
        }
        c = service.recordStep(HANGZHOU, c.id(), 3, new CaseStepDraft(HandlingStep.PERSUASION_TO_LEAVE, LocalDate.of(2026, 8, 15), null,
                "逾期未改正，支部党员大会决定劝其退党"));
        assertEquals(CaseState.OPEN, c.state());
        assertEquals(MemberStatus.ACTIVE, registryStatus(2));
        c = service.recordStep(HANGZHOU, c.id(), 4, new CaseStepDraft(HandlingStep.REMOVAL, LocalDate.of(2026, 9, 1), null, "坚持不退，予以除名"));
        assertEquals(CaseState.CLOSED, c.state());
        assertEquals(CaseResult.REMOVED, c.result());
        assertEquals(List.of(HandlingStep.EDUCATION, HandlingStep.IMPROVEMENT_DEADLINE, HandlingStep.PERSUASION_TO_LEAVE, HandlingStep.REMOVAL),
                c.steps().stream().map(CaseStep::kind).toList());
        assertEquals(MemberStatus.REMOVED, registryStatus(2));
        assertTrue(left.get(2L), left.get(2L).contains("case " + c.id()));
        assertEquals(List.of("CASE_OPENED", "CASE_STEP", "CASE_STEP", "CASE_STEP", "CASE_STEP"),
                service.caseHistory(HANGZHOU, c.id()).stream().map(e -> e.change()).toList());
    }

    @Test
    public void aRefusedStepWritesNothingAndLeavesTheMemberOnTheRoll() throws Exception {
        UnqualifiedCase c = service.openCase(HANGZHOU, 3, LocalDate.of(2026, 6, 1), "连续六个月无正当理由不参加组织生活");
        assertEquals(0, c.roundId());
        try {
            service.recordStep(HANGZHOU, c.id(), 1, new CaseStepDraft(HandlingStep.REMOVAL, LocalDate.of(2026, 6, 2), null, "除名"));
            fail("removed without the steps before");
        } catch (ValidationException e) {
            assertEquals(List.of(AppraisalService.DEADLINE_NOT_PASSED, AppraisalService.STEP_OUT_OF_ORDER), e.errors().stream().map(x -> x.code()).toList());
        }
        try {
            service.openCase(HANGZHOU, 3, LocalDate.of(2026, 6, 2), "again");
            fail("a second open case");
        } catch (ValidationException e) {
            assertEquals(AppraisalService.CASE_EXISTS, e.errors().get(0).code());
        }
        assertEquals(MemberStatus.ACTIVE, registryStatus(3));
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM APPRAISAL_CASE_STEP")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        c = service.recordStep(HANGZHOU, c.id(), 1, new CaseStepDraft(HandlingStep.EDUCATION, LocalDate.of(2026, 6, 3), null, "谈话"));
        UnqualifiedCase closed = service.closeCase(HANGZHOU, c.id(), 2, LocalDate.of(2026, 10, 1), CaseResult.IMPROVED, "已恢复参加组织生活");
        assertEquals(CaseResult.IMPROVED, closed.result());
        assertEquals(MemberStatus.ACTIVE, registryStatus(3));
        try {
            service.openCase(HANGZHOU, 4, LocalDate.of(2026, 6, 2), "out of scope");
            fail("a member of another society's organisation");
        } catch (ForbiddenException e) {
            assertEquals(ForbiddenException.OUT_OF_SCOPE, e.code());
        }
    }

    @Test
    public void persuadedToLeaveTakesTheMemberOffTheRoll() {
        UnqualifiedCase c = service.openCase(HANGZHOU, 1, LocalDate.of(2026, 1, 5), "连续六个月无正当理由不参加组织生活");
        service.recordStep(HANGZHOU, c.id(), 1, new CaseStepDraft(HandlingStep.IMPROVEMENT_DEADLINE, LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 4, 10), "限期三个月改正"));
        service.recordStep(HANGZHOU, c.id(), 2, new CaseStepDraft(HandlingStep.PERSUASION_TO_LEAVE, LocalDate.of(2026, 5, 1), null, "劝退"));
        UnqualifiedCase closed = service.closeCase(HANGZHOU, c.id(), 3, LocalDate.of(2026, 5, 20), CaseResult.PERSUADED_TO_LEAVE, "本人同意退党");
        assertEquals(CaseResult.PERSUADED_TO_LEAVE, closed.result());
        assertEquals(MemberStatus.REMOVED, registryStatus(1));
    }

    @Test
    public void candidatesFromOrganisationalLifeGetACaseEachOnceWithinTheScope() {
        candidates.addAll(List.of(candidate(70, 10, 1), candidate(71, 10, 3), candidate(72, 20, 4), candidate(73, 10, 9)));
        service.openCase(HANGZHOU, 3, LocalDate.of(2026, 7, 2), "already opened by hand");
        List<UnqualifiedCase> opened = service.openCasesForCandidates(HANGZHOU, LocalDate.of(2026, 7, 5));
        // member 3 has a case, 4 is outside Hangzhou's scope, 9 left the roll
        assertEquals(List.of(1L), opened.stream().map(UnqualifiedCase::memberId).toList());
        assertTrue(opened.get(0).openReason(), opened.get(0).openReason().startsWith("alert 70 of 2026-07-01: 连续6个月"));
        assertEquals(List.of(), service.openCasesForCandidates(HANGZHOU, LocalDate.of(2026, 7, 6)));
        assertEquals(List.of(4L), service.openCasesForCandidates(Actor.SYSTEM, LocalDate.of(2026, 7, 6)).stream().map(UnqualifiedCase::memberId).toList());
    }

    private MemberStatus registryStatus(long id) {
        try {
            return member(id).status();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void removingASocietyRemovesItsOrganisationsRoundsWithGradesCasesAndHistory() throws Exception {
        service.record(HANGZHOU, new AppraisalDraft(10, 2025, HELD, List.of(grade(1, AppraisalGrade.UNQUALIFIED)), null));
        service.record(Actor.SYSTEM, new AppraisalDraft(20, 2025, HELD, List.of(grade(4, AppraisalGrade.QUALIFIED)), null));
        // a case opened by hand, with a step: no round leads to it
        UnqualifiedCase byHand = service.openCase(HANGZHOU, 3, HELD, "连续六个月无正当理由不参加组织生活");
        service.recordStep(HANGZHOU, byHand.id(), 1, new CaseStepDraft(HandlingStep.EDUCATION, HELD, null, "谈话"));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Integer> removed = new AppraisalRowsRemover(null).removeSocieties(c, List.of(2L));
            assertEquals(Map.of("APPRAISAL_HISTORY", 4, "APPRAISAL_CASE_STEP", 1, "APPRAISAL_CASE", 2, "APPRAISAL_GRADE", 1, "APPRAISAL_ROUND", 1), removed);
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
