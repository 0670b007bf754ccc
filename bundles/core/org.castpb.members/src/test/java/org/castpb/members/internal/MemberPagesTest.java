package org.castpb.members.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castpb.api.Actor;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.members.Masks;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.pipeline.PlanProgress;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The registry search and the pipeline report as read by JDBC on Derby: only the reader's scope, one organisation's
 * scope asked of that organisation, personal data masked, the total told by the page or counted.
 */
public class MemberPagesTest {

    private EmbeddedDataSource ds;
    private Connection c;

    @Before
    public void tables() throws SQLException {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:memberPages");
        ds.setCreateDatabase("create");
        c = ds.getConnection();
        try (Statement s = c.createStatement()) {
            // the columns the statements read; the real tables come from the change logs
            s.execute("CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, REGION_CODE VARCHAR(6), SOCIETY_LEVEL VARCHAR(16))");
            s.execute("CREATE TABLE PORG_ORGANISATION (ID BIGINT PRIMARY KEY, NAME VARCHAR(100))");
            s.execute("CREATE TABLE PORG_ORGANISATION_SOCIETY (ORGANISATION_ID BIGINT, SOCIETY_ID BIGINT, TO_DATE DATE)");
            s.execute("CREATE TABLE MEMBER (ID BIGINT PRIMARY KEY, ORGANISATION_ID BIGINT, NAME VARCHAR(50), GENDER VARCHAR(8), ETHNICITY VARCHAR(20),"
                    + " BIRTH_DATE DATE, CITIZEN_ID VARCHAR(18), EDUCATION VARCHAR(16), SOCIETY_POSITION VARCHAR(20), LEADER_ROLE VARCHAR(20),"
                    + " JOINED_ON DATE, MEMBERSHIP_KIND VARCHAR(16), PHONE VARCHAR(20), AFFILIATION VARCHAR(16), RELATIONSHIP_HELD_BY VARCHAR(100),"
                    + " MEMBER_STATUS VARCHAR(16), STATUS_SINCE DATE, VERSION BIGINT, UPDATED_AT TIMESTAMP, UPDATED_BY VARCHAR(100))");
            s.execute("CREATE TABLE PIPELINE_PLAN (ORGANISATION_ID BIGINT, PLAN_YEAR INT, TARGET_TOTAL INT, TARGET_LEADERS INT, TARGET_KEY_PROFESSIONALS INT)");
            s.execute("CREATE TABLE PIPELINE_CANDIDATE (ORGANISATION_ID BIGINT, STAGE VARCHAR(24), SOCIETY_POSITION VARCHAR(20), PROBATIONARY_ON DATE)");
            for (int o = 1; o <= 3; o++) {
                // organisation o covers society 10o now; organisation 3 covered society 102 once
                s.execute("INSERT INTO SOCIETY VALUES (" + (100 + o) + ", '110000', 'MUNICIPAL')");
                s.execute("INSERT INTO PORG_ORGANISATION VALUES (" + o + ", '党支部" + o + "')");
                s.execute("INSERT INTO PORG_ORGANISATION_SOCIETY VALUES (" + o + ", " + (100 + o) + ", NULL)");
                s.execute("INSERT INTO PIPELINE_PLAN VALUES (" + o + ", 2026, 2, 1, 1)");
                s.execute("INSERT INTO PIPELINE_CANDIDATE VALUES (" + o + ", 'DEVELOPMENT_CANDIDATE', 'LEADER', NULL)");
            }
            s.execute("INSERT INTO PORG_ORGANISATION_SOCIETY VALUES (3, 102, '2020-01-01')");
            s.execute("INSERT INTO PIPELINE_CANDIDATE VALUES (1, 'PROBATIONARY', 'KEY_PROFESSIONAL', '2026-03-01')");
        }
        member(1, 1, "王小明", "MALE", null);
        member(2, 1, "王芳", "FEMALE", "PRESIDENT");
        member(3, 1, "李强", "MALE", null);
        member(4, 2, "王伟", "MALE", null);
        member(5, 3, "王静", "FEMALE", null);
    }

    private void member(long id, long organisation, String name, String gender, String leaderRole) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO MEMBER VALUES (" + id + ", " + organisation + ", '" + name + "', '" + gender + "', '汉族', '1980-05-01',"
                    + " '33010619800501123X', 'MASTER', '" + (leaderRole == null ? "STAFF" : "LEADER") + "', "
                    + (leaderRole == null ? "NULL" : "'" + leaderRole + "'") + ", '2010-07-01', 'FORMAL', '13812345678', 'BELONGS', NULL,"
                    + " 'ACTIVE', '2010-07-01', 3, '2026-12-05 08:00:00', 'sec')");
        }
    }

    @After
    public void drop() throws SQLException {
        c.close();
        try {
            new EmbeddedDataSource() {
                {
                    setDatabaseName("memory:memberPages");
                    setConnectionAttributes("drop=true");
                }
            }.getConnection();
        } catch (SQLException dropped) {
            // Derby answers a dropped database with an exception
        }
    }

    private Page<Member> search(Scope scope, Long organisation, String prefix, int offset, int limit) throws SQLException {
        return MemberPages.read(ds, scope, new MemberQuery(organisation, prefix, null, offset, limit));
    }

    private static List<String> names(Page<Member> page) {
        return page.items().stream().map(m -> m.id() + ":" + m.name()).toList();
    }

    @Test
    public void aSecretaryFindsTheirOrganisationsMembersByNamePrefixInNameOrderMasked() throws SQLException {
        Page<Member> page = search(Scope.societies(List.of(101L)), 1L, "王", 0, 50);
        // in the order of the characters' code points, as Derby's default collation sorts
        assertEquals(List.of("1:王小明", "2:王芳"), names(page));
        assertEquals(2, page.total());
        Member m = page.items().get(1);
        assertEquals("3301**********123X", m.citizenId());
        assertTrue(m.masked());
        assertEquals(Masks.phone("13812345678"), m.phone());
        assertEquals(org.castpb.api.LeaderRole.PRESIDENT, m.leaderRole());
        assertEquals(MemberStatus.ACTIVE, m.status());
        assertEquals(java.time.LocalDate.of(1980, 5, 1), m.birthDate());
        assertEquals(java.sql.Timestamp.valueOf("2026-12-05 08:00:00").toInstant(), m.updatedAt());
        assertEquals(3, m.version());
    }

    @Test
    public void anOrganisationOutsideTheScopeHasNoMembersForTheReader() throws SQLException {
        Page<Member> page = search(Scope.societies(List.of(102L)), 1L, null, 0, 50);
        assertEquals(List.of(), names(page));
        assertEquals(0, page.total());
        // organisation 3 covered society 102 once, not now
        assertEquals(List.of(), names(search(Scope.societies(List.of(102L)), 3L, null, 0, 50)));
    }

    @Test
    public void withoutAnOrganisationTheScopeChoosesTheMembers() throws SQLException {
        assertEquals(List.of("4:王伟", "5:王静"), names(search(Scope.societies(List.of(102L, 103L)), null, "王", 0, 50)));
        assertEquals(List.of("4:王伟", "1:王小明", "2:王芳", "5:王静"), names(search(Scope.ALL, null, "王", 0, 50)));
    }

    @Test
    public void aFullPageIsCountedAndALikeWildcardInThePrefixIsALetter() throws SQLException {
        Page<Member> page = search(Scope.ALL, null, "王", 1, 2);
        assertEquals(List.of("1:王小明", "2:王芳"), names(page));
        assertEquals(4, page.total());
        assertEquals(0, search(Scope.ALL, null, "王%", 0, 50).total());
    }

    @Test
    public void oneOrganisationsPipelineReportIsEmptyOutsideTheScope() {
        JpaPipelineService pipeline = new JpaPipelineService(null, ds, null, null);
        Actor secretary = new Actor("sec", java.util.Set.of("society-secretary"), Scope.societies(List.of(101L)));
        List<PlanProgress> report = pipeline.report(secretary, 2026, 1L);
        assertEquals(1, report.size());
        PlanProgress p = report.get(0);
        assertEquals(1, p.organisationId());
        assertEquals(1, p.developed());
        assertEquals(1, p.keyProfessionalsDeveloped());
        assertEquals(1, p.candidates());
        assertEquals(List.of(), pipeline.report(secretary, 2026, 2L));
        assertEquals(List.of(1L), pipeline.report(secretary, 2026, null).stream().map(PlanProgress::organisationId).toList());
    }
}
