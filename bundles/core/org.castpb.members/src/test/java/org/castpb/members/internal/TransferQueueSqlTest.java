package org.castpb.members.internal;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.castpb.api.Scope;
import org.castpb.api.members.Transfer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The transfer queue's statement run on Derby: one organisation's transfers are those with it on either side, each
 * once, in the queue's order, only in the reader's scope, with the member's name.
 */
public class TransferQueueSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Date BEFORE = Date.valueOf(TODAY.minusDays(30));
    private Connection c;

    @Before
    public void tables() throws SQLException {
        c = DriverManager.getConnection("jdbc:derby:memory:transferQueue;create=true");
        try (Statement s = c.createStatement()) {
            // the columns the statement reads; the real tables come from the change logs
            s.execute("CREATE TABLE SOCIETY (ID BIGINT PRIMARY KEY, REGION_CODE VARCHAR(6), SOCIETY_LEVEL VARCHAR(16))");
            s.execute("CREATE TABLE PORG_ORGANISATION_SOCIETY (ORGANISATION_ID BIGINT, SOCIETY_ID BIGINT, TO_DATE DATE)");
            s.execute("CREATE TABLE MEMBER (ID BIGINT PRIMARY KEY, NAME VARCHAR(50))");
            s.execute("CREATE TABLE MEMBER_TRANSFER (ID BIGINT PRIMARY KEY, MEMBER_ID BIGINT, FROM_ORGANISATION_ID BIGINT, FROM_UNIT VARCHAR(100),"
                    + " TO_ORGANISATION_ID BIGINT, TO_UNIT VARCHAR(100), REQUESTED_ON DATE, TRANSFER_STATUS VARCHAR(16), CONFIRMED_ON DATE,"
                    + " NOTE VARCHAR(500), REQUESTED_BY VARCHAR(100), CONFIRMED_BY VARCHAR(100), VERSION BIGINT)");
            for (int o = 1; o <= 3; o++) {
                // organisation o covers society 10o; organisation 3 covered society 99 once
                s.execute("INSERT INTO SOCIETY VALUES (" + (100 + o) + ", '110000', 'MUNICIPAL')");
                s.execute("INSERT INTO PORG_ORGANISATION_SOCIETY VALUES (" + o + ", " + (100 + o) + ", NULL)");
                s.execute("INSERT INTO MEMBER VALUES (" + o + ", '成员" + o + "')");
            }
        }
        transfer(11, 1, 1L, null, 2L, null, 60, "PENDING");   // out of 1 to 2, overdue
        transfer(12, 3, 3L, null, 1L, null, 45, "PENDING");   // into 1 from 3, overdue
        transfer(13, 2, null, "外单位", 1L, null, 90, "PENDING"); // into 1 from outside, overdue
        transfer(14, 1, 1L, null, null, "外单位", 50, "PENDING"); // out of 1 to outside, overdue
        transfer(15, 2, 2L, null, 3L, null, 70, "PENDING");   // between 2 and 3 only
        transfer(16, 1, 1L, null, 3L, null, 5, "PENDING");    // out of 1, not overdue yet
        transfer(17, 3, 3L, null, 1L, null, 200, "CONFIRMED"); // into 1, done
        transfer(18, 2, 1L, null, 2L, null, 45, "PENDING");   // out of 1, asked the same day as 12
    }

    @After
    public void drop() throws SQLException {
        c.close();
        try {
            DriverManager.getConnection("jdbc:derby:memory:transferQueue;drop=true");
        } catch (SQLException dropped) {
            // Derby answers a dropped database with an exception
        }
    }

    private void transfer(long id, long member, Long from, String fromUnit, Long to, String toUnit, int daysAgo, String status) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO MEMBER_TRANSFER VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'sec', ?, 1)")) {
            p.setLong(1, id);
            p.setLong(2, member);
            p.setObject(3, from);
            p.setString(4, fromUnit);
            p.setObject(5, to);
            p.setString(6, toUnit);
            p.setDate(7, Date.valueOf(TODAY.minusDays(daysAgo)));
            p.setString(8, status);
            p.setDate(9, status.equals("PENDING") ? null : Date.valueOf(TODAY.minusDays(daysAgo - 10)));
            p.setString(10, status.equals("PENDING") ? null : "sec");
            p.executeUpdate();
        }
    }

    private List<String> queue(Scope scope, Long organisation, boolean overdueOnly) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = JpaTransferService.listSql(scope, organisation, overdueOnly, BEFORE, parameters);
        List<String> found = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                p.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[TransferEntity.COLUMN_COUNT + 1];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    Transfer t = TransferEntity.of(row).toDto((String) row[TransferEntity.COLUMN_COUNT], TODAY, 30);
                    found.add(t.id() + ":" + t.memberName());
                }
            }
        }
        return found;
    }

    @Test
    public void oneOrganisationsOverdueQueueHoldsBothSidesOnceOldestFirst() throws SQLException {
        assertEquals(List.of("13:成员2", "11:成员1", "14:成员1", "12:成员3", "18:成员2"), queue(Scope.ALL, 1L, true));
    }

    @Test
    public void oneOrganisationsTransfersOfEveryStatusNewestFirst() throws SQLException {
        assertEquals(List.of("16:成员1", "18:成员2", "12:成员3", "14:成员1", "11:成员1", "13:成员2", "17:成员3"), queue(Scope.ALL, 1L, false));
    }

    @Test
    public void theNationalQueueHoldsEveryOverdueTransferOnce() throws SQLException {
        assertEquals(List.of("13:成员2", "15:成员2", "11:成员1", "14:成员1", "12:成员3", "18:成员2"), queue(Scope.ALL, null, true));
    }

    @Test
    public void aSecretarySeesTheTransfersWithTheirOrganisationOnEitherSideOnly() throws SQLException {
        Scope three = Scope.societies(List.of(103L));
        assertEquals(List.of("15:成员2", "12:成员3"), queue(three, null, true));
        assertEquals(List.of("12:成员3"), queue(three, 1L, true));
        assertEquals(List.of(), queue(Scope.societies(List.of(102L)), 3L, false).stream().filter(t -> t.startsWith("13")).toList());
        assertEquals(List.of("15:成员2", "11:成员1", "18:成员2"), queue(Scope.societies(List.of(102L)), null, true));
    }
}
