package org.castpb.members.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reduces members who left long enough ago to counts (PIPL: personal data kept no longer than needed): their
 * numbers go into MEMBER_RETAINED_COUNT per organisation, year of leaving and status, then their rows, history and
 * transfers are deleted. The disclosure log keeps its rows (they name a member id only).
 */
final class Retention {

    private static final String GONE = "MEMBER_STATUS IN ('TRANSFERRED_OUT', 'REMOVED', 'DECEASED') AND STATUS_SINCE < ?";

    private Retention() {
    }

    /** Reduces the members who left before {@code leftBefore}; returns how many. In the caller's transaction. */
    static int reduce(MemberScope sql, Date leftBefore) {
        // the year is taken in Java: Derby has YEAR(), PostgreSQL EXTRACT, and neither has the other
        Map<String, Integer> counts = new TreeMap<>();
        for (Object row : sql.rows("SELECT ORGANISATION_ID, STATUS_SINCE, MEMBER_STATUS FROM MEMBER WHERE " + GONE, leftBefore)) {
            Object[] r = (Object[]) row;
            LocalDate since = r[1] instanceof Date d ? d.toLocalDate() : LocalDate.parse(String.valueOf(r[1]));
            counts.merge(((Number) r[0]).longValue() + "|" + since.getYear() + "|" + r[2], 1, Integer::sum);
        }
        int reduced = 0;
        for (Map.Entry<String, Integer> group : counts.entrySet()) {
            String[] key = group.getKey().split("\\|");
            long organisation = Long.parseLong(key[0]);
            int year = Integer.parseInt(key[1]);
            int count = group.getValue();
            int updated = sql.update("UPDATE MEMBER_RETAINED_COUNT SET MEMBERS = MEMBERS + ? WHERE ORGANISATION_ID = ? AND LEFT_YEAR = ?"
                    + " AND MEMBER_STATUS = ?", count, organisation, year, key[2]);
            if (updated == 0) {
                sql.update("INSERT INTO MEMBER_RETAINED_COUNT (ORGANISATION_ID, LEFT_YEAR, MEMBER_STATUS, MEMBERS) VALUES (?, ?, ?, ?)",
                        organisation, year, key[2], count);
            }
            reduced += count;
        }
        if (reduced > 0) {
            String members = "SELECT ID FROM MEMBER WHERE " + GONE;
            sql.update("DELETE FROM MEMBER_HISTORY WHERE MEMBER_ID IN (" + members + ")", leftBefore);
            sql.update("DELETE FROM MEMBER_TRANSFER WHERE MEMBER_ID IN (" + members + ")", leftBefore);
            sql.update("DELETE FROM MEMBER WHERE " + GONE, leftBefore);
        }
        return reduced;
    }
}
