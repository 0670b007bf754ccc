package org.castpb.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castpb.api.Actor;
import org.castpb.api.BusyException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.Society;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.junit.Before;
import org.junit.Test;

/** The society list's paging rules on a real Derby: what a page holds, where it starts, and when it counts. */
public class SocietyPagesTest {

    private EmbeddedDataSource ds;

    /**
     * Ids 10, 20, ... 120: the even tens are Shanghai's provincial societies (31), the odd ones Zhejiang's municipal (33),
     * and 120 is national.
     */
    @Before
    public void database() throws Exception {
        ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:pages-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, NAME VARCHAR(200) NOT NULL, NAME_EN VARCHAR(300),"
                    + " USCC CHAR(18) NOT NULL, USCC_OVERRIDDEN BOOLEAN NOT NULL, KIND VARCHAR(40) NOT NULL, SOCIETY_LEVEL VARCHAR(12) NOT NULL,"
                    + " REGION_CODE CHAR(6) NOT NULL, DISCIPLINE VARCHAR(20) NOT NULL, SUPERVISING_UNIT VARCHAR(200),"
                    + " GROUP_MEMBER_STATUS VARCHAR(12) NOT NULL, GROUP_MEMBER_APPLIED_ON DATE, GROUP_MEMBER_ADMITTED_ON DATE,"
                    + " REGISTRATION_STATUS VARCHAR(12) NOT NULL, FOUNDING_YEAR INT, CONTACT_NAME VARCHAR(100), CONTACT_PHONE VARCHAR(40),"
                    + " CONTACT_EMAIL VARCHAR(200), PARTY_BUILDING_IN_CHARTER BOOLEAN, VERSION BIGINT NOT NULL, CREATED_AT TIMESTAMP NOT NULL,"
                    + " UPDATED_AT TIMESTAMP NOT NULL)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO SOCIETY VALUES (?, ?, ?, ?, ?, 'SOCIETY', ?, ?, 'SCIENCE', NULL,"
                    + " 'NONE', ?, NULL, 'ACTIVE', ?, NULL, NULL, NULL, ?, 1, ?, ?)")) {
                for (int i = 1; i <= 12; i++) {
                    boolean national = i == 12;
                    boolean shanghai = i % 2 == 0;
                    insert.setLong(1, i * 10L);
                    insert.setString(2, "学会" + i);
                    insert.setString(3, i == 1 ? null : "Society " + i);
                    insert.setString(4, String.format("51310000MJ%08d", i));
                    insert.setBoolean(5, i == 3);
                    insert.setString(6, national ? "NATIONAL" : shanghai ? "PROVINCIAL" : "MUNICIPAL");
                    insert.setString(7, national ? "100000" : shanghai ? "310000" : "330100");
                    insert.setObject(8, i == 1 ? java.sql.Date.valueOf(LocalDate.of(2016, 5, 4)) : null);
                    insert.setObject(9, i == 1 ? 1935 : null);
                    insert.setObject(10, i == 1 ? Boolean.TRUE : null);
                    insert.setTimestamp(11, Timestamp.from(Instant.parse("2026-12-05T01:02:03Z")));
                    insert.setTimestamp(12, Timestamp.from(Instant.parse("2026-12-05T04:05:06Z")));
                    insert.executeUpdate();
                }
            }
        }
    }

    @Test
    public void aPageByOffsetCountsEveryMatchAndStartsAtTheOffsetInIdOrder() throws Exception {
        Page<Society> page = SocietyPages.read(ds, Scope.ALL, SocietyQuery.all().page(4, 3));
        assertEquals(12, page.total());
        assertEquals(List.of(50L, 60L, 70L), ids(page));
        assertEquals(4, page.offset());
        assertEquals(3, page.limit());
    }

    @Test
    public void aPageAfterAnIdHoldsTheMatchesAfterItWithoutCountingUnlessAsked() throws Exception {
        Page<Society> byKey = SocietyPages.read(ds, Scope.ALL, SocietyQuery.all().pageAfter(45, 3));
        assertFalse(byKey.counted());
        assertEquals(Page.UNCOUNTED, byKey.total());
        assertEquals(List.of(50L, 60L, 70L), ids(byKey));
        Page<Society> counted = SocietyPages.read(ds, Scope.ALL, SocietyQuery.all().withTotal(true).pageAfter(110, 3));
        assertEquals("the total counts every match, not those after the id", 12, counted.total());
        assertEquals(List.of(120L), ids(counted));
        assertEquals(List.of(), ids(SocietyPages.read(ds, Scope.ALL, SocietyQuery.all().pageAfter(120, 3))));
    }

    @Test
    public void aPageByOffsetMayBeToldNotToCount() throws Exception {
        Page<Society> page = SocietyPages.read(ds, Scope.ALL, SocietyQuery.all().withTotal(false).page(10, 5));
        assertFalse(page.counted());
        assertEquals(List.of(110L, 120L), ids(page));
        assertEquals(List.of(), ids(SocietyPages.read(ds, Scope.ALL, SocietyQuery.all().withTotal(false).page(12, 5))));
    }

    @Test
    public void anOffsetPastTheLastMatchIsAnEmptyPageWithTheTotal() throws Exception {
        Page<Society> page = SocietyPages.read(ds, Scope.ALL, SocietyQuery.all().page(12, 5));
        assertEquals(12, page.total());
        assertTrue(page.items().isEmpty());
    }

    @Test
    public void filtersAndTheScopeNarrowTheCountAndEveryKindOfPage() throws Exception {
        SocietyQuery shanghai = new SocietyQuery(SocietyLevel.PROVINCIAL, "31", null, null, null, 0, 2);
        Page<Society> first = SocietyPages.read(ds, Scope.ALL, shanghai);
        assertEquals(5, first.total()); // 20, 40, 60, 80, 100; 120 is national
        assertEquals(List.of(20L, 40L), ids(first));
        assertEquals(List.of(60L, 80L), ids(SocietyPages.read(ds, Scope.ALL, shanghai.page(2, 2))));
        assertEquals(List.of(100L), ids(SocietyPages.read(ds, Scope.ALL, shanghai.pageAfter(80, 2))));

        Page<Society> zhejiang = SocietyPages.read(ds, Scope.region("33"), SocietyQuery.all().page(1, 50));
        assertEquals(6, zhejiang.total());
        assertEquals(List.of(30L, 50L, 70L, 90L, 110L), ids(zhejiang));
        assertEquals(List.of(), ids(SocietyPages.read(ds, Scope.region("33"), shanghai)));
        assertEquals(0, SocietyPages.read(ds, Scope.region("33"), shanghai).total());
    }

    @Test
    public void aRowIsReadAsTheEntityWouldGiveIt() throws Exception {
        Society first = SocietyPages.read(ds, Scope.ALL, SocietyQuery.all().page(0, 1)).items().get(0);
        assertEquals(10L, first.id());
        assertNull(first.nameEn());
        assertEquals(LocalDate.of(2016, 5, 4), first.groupMemberAppliedOn());
        assertNull(first.groupMemberAdmittedOn());
        assertEquals(Integer.valueOf(1935), first.foundingYear());
        assertEquals(Boolean.TRUE, first.partyBuildingInCharter());
        assertEquals(Instant.parse("2026-12-05T01:02:03Z"), first.createdAt());
        assertEquals(Instant.parse("2026-12-05T04:05:06Z"), first.updatedAt());
        Society second = SocietyPages.read(ds, Scope.ALL, SocietyQuery.all().page(2, 1)).items().get(0);
        assertTrue(second.usccCheckOverridden());
        assertNull(second.foundingYear());
        assertNull(second.partyBuildingInCharter());
    }

    @Test
    public void aCountIsKeptWhileTheChangeCountStandsAndMadeAgainAfterAChangeOfWhatItCounts() throws Exception {
        changeCount();
        SocietyCounts counts = new SocietyCounts(8);
        AtomicInteger made = new AtomicInteger();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            SocietyCounts.Count count = () -> 100 + made.incrementAndGet();
            assertEquals(101, counts.count(c, "Q", List.of("31%"), count));
            assertEquals(101, counts.count(c, "Q", List.of("31%"), count));
            st.executeUpdate("UPDATE SOCIETY SET NAME = '改名学会' WHERE ID = 20");
            assertEquals("a change the list does not count by leaves it kept", 101, counts.count(c, "Q", List.of("31%"), count));
            assertEquals("other parameters are counted on their own", 102, counts.count(c, "Q", List.of("33%"), count));
            st.executeUpdate("UPDATE SOCIETY SET REGION_CODE = '330100' WHERE ID = 20");
            assertEquals(103, counts.count(c, "Q", List.of("31%"), count));
            st.executeUpdate("INSERT INTO SOCIETY SELECT 200, NAME, NAME_EN, '51310000MJ00000200', USCC_OVERRIDDEN, KIND, SOCIETY_LEVEL, REGION_CODE,"
                    + " DISCIPLINE, SUPERVISING_UNIT, GROUP_MEMBER_STATUS, GROUP_MEMBER_APPLIED_ON, GROUP_MEMBER_ADMITTED_ON, REGISTRATION_STATUS,"
                    + " FOUNDING_YEAR, CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL, PARTY_BUILDING_IN_CHARTER, VERSION, CREATED_AT, UPDATED_AT"
                    + " FROM SOCIETY WHERE ID = 40");
            assertEquals(104, counts.count(c, "Q", List.of("31%"), count));
            assertEquals(4, made.get());
        }
    }

    @Test
    public void theListsTotalsStayTrueThroughChangesWhenKept() throws Exception {
        changeCount();
        SocietyCounts counts = new SocietyCounts(8);
        SocietyQuery shanghai = new SocietyQuery(null, "31", null, null, null, 0, 2);
        assertEquals(5, SocietyPages.read(ds, Scope.ALL, shanghai, counts).total());
        assertEquals(5, SocietyPages.read(ds, Scope.ALL, shanghai, counts).total());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE SOCIETY SET REGION_CODE = '330100' WHERE ID = 20");
        }
        assertEquals(4, SocietyPages.read(ds, Scope.ALL, shanghai, counts).total());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM SOCIETY WHERE ID = 40");
        }
        assertEquals(3, SocietyPages.read(ds, Scope.ALL, shanghai, counts).total());
        assertEquals(11, SocietyPages.read(ds, Scope.ALL, SocietyQuery.all().page(0, 2), counts).total());
    }

    @Test
    public void withoutTheChangeCountEveryRequestCounts() throws Exception {
        SocietyCounts counts = new SocietyCounts(8);
        AtomicInteger made = new AtomicInteger();
        try (Connection c = ds.getConnection()) {
            assertEquals(1, counts.count(c, "Q", List.of(), made::incrementAndGet));
            assertEquals(2, counts.count(c, "Q", List.of(), made::incrementAndGet));
        }
    }

    /** The coverage context's change count with the triggers coverage-changelog.xml gives it on SOCIETY. */
    private void changeCount() throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE COV_CHANGE (ID SMALLINT PRIMARY KEY, GENERATION BIGINT NOT NULL)");
            st.executeUpdate("INSERT INTO COV_CHANGE VALUES (1, 0)");
            st.executeUpdate("CREATE TRIGGER COV_SOCIETY_INSERTED AFTER INSERT ON SOCIETY FOR EACH STATEMENT UPDATE COV_CHANGE SET GENERATION = GENERATION + 1");
            st.executeUpdate("CREATE TRIGGER COV_SOCIETY_DELETED AFTER DELETE ON SOCIETY FOR EACH STATEMENT UPDATE COV_CHANGE SET GENERATION = GENERATION + 1");
            st.executeUpdate("CREATE TRIGGER COV_SOCIETY_UPDATED AFTER UPDATE OF SOCIETY_LEVEL, REGION_CODE, DISCIPLINE, GROUP_MEMBER_STATUS,"
                    + " REGISTRATION_STATUS ON SOCIETY FOR EACH STATEMENT UPDATE COV_CHANGE SET GENERATION = GENERATION + 1");
        }
    }

    private static List<Long> ids(Page<Society> page) {
        return page.items().stream().map(Society::id).toList();
    }

    /**
     * An all-or-nothing import holds SOCIETY until it commits (Derby takes a table lock once a transaction holds 5,000 row
     * locks of a table): the list waits for the lock and, when the wait runs out, is refused as busy, not failed; once the
     * import commits it reads the new rows.
     */
    @Test
    public void theListIsBusyWhileAnUncommittedImportHoldsTheTableAndReadsItOnceCommitted() throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
        }
        JpaSocietyService service = new JpaSocietyService(null, ds, null, new JpaSocietyService.Names() {
            @Override
            public boolean refuseDuplicateNames() {
                return false;
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return JpaSocietyService.Names.class;
            }
        });
        Actor admin = new Actor("admin", Set.of("national-admin"));
        try (Connection importing = ds.getConnection()) {
            importing.setAutoCommit(false);
            try (PreparedStatement insert = importing.prepareStatement("INSERT INTO SOCIETY SELECT ID + ?, NAME, NAME_EN, USCC, USCC_OVERRIDDEN,"
                    + " KIND, SOCIETY_LEVEL, REGION_CODE, DISCIPLINE, SUPERVISING_UNIT, GROUP_MEMBER_STATUS, GROUP_MEMBER_APPLIED_ON,"
                    + " GROUP_MEMBER_ADMITTED_ON, REGISTRATION_STATUS, FOUNDING_YEAR, CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL,"
                    + " PARTY_BUILDING_IN_CHARTER, VERSION, CREATED_AT, UPDATED_AT FROM SOCIETY WHERE ID = 10")) {
                for (int i = 1; i <= 6_000; i++) {
                    insert.setLong(1, 1_000L * i);
                    insert.executeUpdate();
                }
            }
            for (SocietyQuery query : List.of(SocietyQuery.all().page(0, 5), SocietyQuery.all().pageAfter(20L, 5))) {
                try {
                    service.list(admin, query);
                    fail("read " + query + " past the import's lock");
                } catch (BusyException e) {
                    assertEquals("BUSY", e.code());
                    assertEquals(List.of(BusyException.RETRY_AFTER_SECONDS), e.arguments());
                }
            }
            importing.commit();
        }
        Page<Society> page = service.list(admin, SocietyQuery.all().page(0, 5));
        assertEquals(6_012, page.total());
        assertEquals(List.of(10L, 20L, 30L, 40L, 50L), ids(page));
    }
}
