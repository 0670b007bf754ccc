package org.castpb.records.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Page;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Scope;
import org.castpb.api.Society;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;

/**
 * A page of the society list, read by JDBC: a page is a run of societies in id order, so it is read as the first
 * {@code limit} matches from an id on ({@code FETCH FIRST}, which Derby and PostgreSQL walk on the key's index and stop),
 * built straight into records. Nothing is changed, so no entity, unit of work or transaction is needed; JPA built and
 * registered fifty entities for it and took two queries where this takes one. A page by offset first finds the id it
 * starts at, reading ids only; the count of every match is a query of its own, made only when the query asks for it.
 */
final class SocietyPages {

    private static final String COLUMNS = "ID, NAME, NAME_EN, USCC, USCC_OVERRIDDEN, KIND, SOCIETY_LEVEL, REGION_CODE, DISCIPLINE,"
            + " SUPERVISING_UNIT, GROUP_MEMBER_STATUS, GROUP_MEMBER_APPLIED_ON, GROUP_MEMBER_ADMITTED_ON, REGISTRATION_STATUS,"
            + " FOUNDING_YEAR, CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL, PARTY_BUILDING_IN_CHARTER, VERSION, CREATED_AT, UPDATED_AT";

    private SocietyPages() {
    }

    static Page<Society> read(DataSource dataSource, Scope scope, SocietyQuery query) throws SQLException {
        return read(dataSource, scope, query, SocietyCounts.NONE);
    }

    /** A page, its count (when asked for) kept in {@code counts} while no society changes. */
    static Page<Society> read(DataSource dataSource, Scope scope, SocietyQuery query, SocietyCounts counts) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = " WHERE " + scope.sql("ID", "REGION_CODE", "SOCIETY_LEVEL") + filters(query, params);
        try (Connection c = dataSource.getConnection()) {
            long total = Page.UNCOUNTED;
            if (query.countsTotal()) {
                String count = "SELECT COUNT(*) FROM SOCIETY" + where;
                total = counts.count(c, count, params, () -> single(c, count, params, null));
                if (total <= query.offset()) {
                    return new Page<>(List.of(), total, query.offset(), query.limit());
                }
            }
            List<Object> pageParams = new ArrayList<>(params);
            String from = "";
            if (query.after() != null) {
                from = " AND ID > ?";
                pageParams.add(query.after());
            } else if (query.offset() > 0) {
                // the id the page starts at, from the ids alone; the page is then the matches from it on
                Long start = single(c, "SELECT ID FROM SOCIETY" + where + " ORDER BY ID OFFSET " + query.offset() + " ROWS FETCH NEXT 1 ROWS ONLY",
                        params, null);
                if (start == null) {
                    return new Page<>(List.of(), total, query.offset(), query.limit());
                }
                from = " AND ID >= ?";
                pageParams.add(start);
            }
            List<Society> items = new ArrayList<>(query.limit());
            try (PreparedStatement s = prepared(c, "SELECT " + COLUMNS + " FROM SOCIETY" + where + from
                    + " ORDER BY ID FETCH FIRST " + query.limit() + " ROWS ONLY", pageParams);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(society(rs));
                }
            }
            return new Page<>(items, total, query.offset(), query.limit());
        }
    }

    /** The query's filters as conditions with parameter markers, their values added to {@code params}. */
    private static String filters(SocietyQuery query, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (query.level() != null) {
            sql.append(" AND SOCIETY_LEVEL = ?");
            params.add(query.level().name());
        }
        if (query.regionPrefix() != null) {
            sql.append(" AND REGION_CODE LIKE ?");
            params.add(query.regionPrefix() + "%");
        }
        if (query.discipline() != null) {
            sql.append(" AND DISCIPLINE = ?");
            params.add(query.discipline().name());
        }
        if (query.groupMemberStatus() != null) {
            sql.append(" AND GROUP_MEMBER_STATUS = ?");
            params.add(query.groupMemberStatus().name());
        }
        if (query.registrationStatus() != null) {
            sql.append(" AND REGISTRATION_STATUS = ?");
            params.add(query.registrationStatus().name());
        }
        return sql.toString();
    }

    private static Long single(Connection c, String sql, List<Object> params, Long none) throws SQLException {
        try (PreparedStatement s = prepared(c, sql, params); ResultSet rs = s.executeQuery()) {
            return rs.next() ? Long.valueOf(rs.getLong(1)) : none;
        }
    }

    private static PreparedStatement prepared(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        return s;
    }

    /** A row as {@link SocietyEntity#toDto} gives it: dates as the JPA mapping stores them, instants as TIMESTAMP. */
    private static Society society(ResultSet rs) throws SQLException {
        return new Society(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                SocietyKind.valueOf(rs.getString(6)), SocietyLevel.valueOf(rs.getString(7)), rs.getString(8),
                Discipline.valueOf(rs.getString(9)), rs.getString(10), GroupMemberStatus.valueOf(rs.getString(11)),
                date(rs.getDate(12)), date(rs.getDate(13)), RegistrationStatus.valueOf(rs.getString(14)),
                number(rs, 15), rs.getString(16), rs.getString(17), rs.getString(18),
                flag(rs, 19), rs.getLong(20), instant(rs.getTimestamp(21)), instant(rs.getTimestamp(22)));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Integer number(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean flag(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
