package org.castpb.organisations.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The scope conditions of the organisation services, run on Derby over the columns they read (copied from the
 * records and party-organisation change logs): a local administrator of 33 sees Zhejiang's organisations,
 * requests and covered societies, a secretary their society's, and neither reaches a national society by region.
 */
public class InScopeTest {

    private static final Scope ZHEJIANG = Scope.region("33");
    private static final Scope SECRETARY_OF_2 = Scope.societies(List.of(2L));

    private Connection connection;
    private InScope inScope;

    @Before
    public void twoProvincesAndTheNation() throws SQLException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:in-scope-" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        connection = ds.getConnection();
        try (Statement st = connection.createStatement()) {
            for (String sql : new String[] {
                "CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, SOCIETY_LEVEL VARCHAR(12) NOT NULL, REGION_CODE CHAR(6) NOT NULL)",
                "CREATE TABLE PORG_ORGANISATION (ID BIGINT PRIMARY KEY, PARENT_ID BIGINT, DISSOLVED_ON DATE)",
                "CREATE TABLE PORG_ORGANISATION_SOCIETY (ID BIGINT PRIMARY KEY, ORGANISATION_ID BIGINT NOT NULL,"
                        + " SOCIETY_ID BIGINT NOT NULL, FROM_DATE DATE NOT NULL, TO_DATE DATE)",
                "CREATE TABLE PORG_REQUEST (ID BIGINT PRIMARY KEY, REQUEST_STATE VARCHAR(12) NOT NULL, SUBMITTED_AT TIMESTAMP)",
                "CREATE TABLE PORG_REQUEST_SOCIETY (REQUEST_ID BIGINT NOT NULL, SOCIETY_ID BIGINT NOT NULL, SOCIETY_POSITION INT)",
                // 1 national (Beijing), 2 and 3 Zhejiang, 4 Shanghai
                "INSERT INTO SOCIETY VALUES (1, 'NATIONAL', '100000'), (2, 'PROVINCIAL', '330000'), (3, 'MUNICIPAL', '330100'),"
                        + " (4, 'PROVINCIAL', '310000')",
                // 10 a joint branch of 2 and 4; 11 under it covering 4 only; 12 under it covering 2; 13 of 1; 14 of 3, dissolved 2017-01-01
                "INSERT INTO PORG_ORGANISATION VALUES (10, NULL, NULL), (11, 10, NULL), (12, 10, NULL), (13, NULL, NULL),"
                        + " (14, NULL, DATE('2017-01-01'))",
                "INSERT INTO PORG_ORGANISATION_SOCIETY VALUES (1, 10, 2, DATE('2016-01-01'), NULL), (2, 10, 4, DATE('2016-01-01'), NULL),"
                        + " (3, 11, 4, DATE('2016-01-01'), NULL), (4, 12, 2, DATE('2016-01-01'), NULL),"
                        + " (5, 13, 1, DATE('2016-01-01'), NULL), (6, 14, 3, DATE('2016-01-01'), NULL),"
                        // 3 was covered by 13 once, until 2016-06-30: a closed row makes nobody see 13 through 3
                        + " (7, 13, 3, DATE('2016-01-01'), DATE('2016-06-30'))",
                "INSERT INTO PORG_REQUEST VALUES (20, 'SUBMITTED', TIMESTAMP('2017-01-02 09:00:00')),"
                        + " (21, 'SUBMITTED', TIMESTAMP('2017-01-01 09:00:00')), (22, 'DRAFT', NULL), (23, 'SUBMITTED', TIMESTAMP('2017-01-03 09:00:00'))",
                "INSERT INTO PORG_REQUEST_SOCIETY VALUES (20, 3, 0), (21, 4, 0), (21, 2, 1), (22, 2, 0), (23, 1, 0)",
            }) {
                st.executeUpdate(sql);
            }
        }
        inScope = new InScope(this::rows);
    }

    @After
    public void close() throws SQLException {
        connection.close();
    }

    /** The native-query contract of the services: one value per row when one column, else an Object[]. */
    private List<?> rows(String sql, Object... parameters) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<Object> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getObject(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Test
    public void aRegionCountsItsLocalSocietiesNeverANationalOne() {
        assertEquals(2, inScope.societies(ZHEJIANG, List.of(1L, 2L, 3L, 4L)));
        assertTrue(inScope.all(ZHEJIANG, List.of(2L, 3L, 3L)));
        assertFalse(inScope.all(ZHEJIANG, List.of(2L, 4L)));
        assertFalse(inScope.all(Scope.region("10"), List.of(1L)));
        assertTrue(inScope.all(Scope.ALL, List.of(1L, 4L)));
        assertFalse(inScope.all(Scope.NONE, List.of(2L)));
        assertTrue(inScope.anyNational(List.of(3L, 1L)));
        assertFalse(inScope.anyNational(List.of(2L, 3L, 4L)));
    }

    @Test
    public void anOrganisationIsInScopeWhenASocietyItCoversNowIs() {
        assertTrue("joint branch of 2 and 4", inScope.organisation(ZHEJIANG, 10));
        assertTrue(inScope.organisation(Scope.region("31"), 10));
        assertFalse("covers 4 only", inScope.organisation(ZHEJIANG, 11));
        assertFalse("its row for society 3 is closed", inScope.organisation(ZHEJIANG, 13));
        assertTrue("dissolved organisations stay readable", inScope.organisation(ZHEJIANG, 14));
        assertTrue(inScope.organisation(SECRETARY_OF_2, 12));
        assertFalse(inScope.organisation(SECRETARY_OF_2, 14));
        assertTrue(inScope.organisation(Scope.ALL, 13));
    }

    @Test
    public void childrenAreListedOnlyWhenInScope() {
        assertEquals(List.of(12L), inScope.children(ZHEJIANG, 10));
        assertEquals(List.of(11L), inScope.children(Scope.region("31"), 10));
        assertEquals(List.of(11L, 12L), inScope.children(Scope.ALL, 10));
    }

    @Test
    public void pendingRequestsAreThoseNamingASocietyInScopeOldestFirst() {
        assertEquals(List.of(21L, 20L), inScope.submittedRequests(ZHEJIANG));
        assertEquals(List.of(21L), inScope.submittedRequests(SECRETARY_OF_2));
        assertEquals(List.of(21L, 20L, 23L), inScope.submittedRequests(Scope.ALL));
        assertEquals(List.of(), inScope.submittedRequests(Scope.NONE));
        assertTrue(inScope.request(SECRETARY_OF_2, 22));
        assertFalse(inScope.request(ZHEJIANG, 23));
    }

    @Test
    public void coveredSocietiesAreCountedInScopeOnly() {
        LocalDate endOf2016 = LocalDate.parse("2016-12-31");

        assertEquals(List.of(2L, 3L), inScope.coveredSocieties(ZHEJIANG, endOf2016));
        assertEquals("14 is dissolved on 2017-01-01", List.of(2L), inScope.coveredSocieties(ZHEJIANG, LocalDate.parse("2017-01-01")));
        assertEquals(List.of(1L, 2L, 3L, 4L), inScope.coveredSocieties(Scope.ALL, endOf2016));
    }

    @Test
    public void aWriteReachingOutsideTheScopeIsForbiddenAndAReadNotFound() {
        Actor zhejiang = new Actor("zj-admin", Set.of("local-admin"), ZHEJIANG);
        inScope.requireAll(zhejiang, List.of(2L, 3L), "dispatch liaisons");

        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> inScope.requireAll(zhejiang, List.of(2L, 4L), "make party organisation 10 cover societies [2, 4]"));
        assertEquals(ForbiddenException.OUT_OF_SCOPE, refused.code());
        assertThrows(ForbiddenException.class, () -> inScope.requireAll(null, List.of(2L), "dispatch liaisons"));
        assertThrows(NotFoundException.class, () -> InScope.requireVisible(inScope.organisation(ZHEJIANG, 11), "party organisation", 11));
    }
}
