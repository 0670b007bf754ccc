package org.castpb.members.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.castpb.api.LeaderRole;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.Masks;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;
import org.castpb.api.sql.Sql;

/**
 * A page of the member registry, read by JDBC in one statement: the scope, the filters and the page are one query,
 * built straight into masked {@link Member} records, as {@link MemberEntity#toDto toDto(false)} gives them. Nothing is
 * changed and nothing personal is shown in full, so no entity, unit of work or transaction is needed; through JPA the
 * same statement cost about as much again in EclipseLink (query, rows to entities, the resource-local transaction).
 * The count of every match is a second statement, made only when the page cannot tell it ({@link MemberScope#totalFromPage}).
 */
final class MemberPages {

    private static final String COLUMNS = "M.ID, M.ORGANISATION_ID, M.NAME, M.GENDER, M.ETHNICITY, M.BIRTH_DATE, M.CITIZEN_ID, M.EDUCATION,"
            + " M.SOCIETY_POSITION, M.LEADER_ROLE, M.JOINED_ON, M.MEMBERSHIP_KIND, M.PHONE, M.AFFILIATION, M.RELATIONSHIP_HELD_BY,"
            + " M.MEMBER_STATUS, M.STATUS_SINCE, M.VERSION, M.UPDATED_AT, M.UPDATED_BY";

    private MemberPages() {
    }

    /** The scope and the filters as the WHERE clause on MEMBER M, their parameters added in order. */
    static String where(Scope scope, MemberQuery q, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE ").append(MemberScope.condition(scope, "M.ORGANISATION_ID", q.organisationId(), parameters));
        if (q.namePrefix() != null) {
            where.append(" AND M.NAME LIKE ? ESCAPE '\\'");
            parameters.add(q.namePrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.status() != null) {
            where.append(" AND M.MEMBER_STATUS = ?");
            parameters.add(q.status().name());
        }
        return where.toString();
    }

    /** The page of members the query asks for, of those in the scope; the query is checked already. */
    static Page<Member> read(DataSource dataSource, Scope scope, MemberQuery q) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, q, parameters);
        try (Connection c = dataSource.getConnection()) {
            Sql sql = Sql.on(c);
            List<Member> items = sql.list("SELECT " + COLUMNS + " FROM MEMBER M" + where + " ORDER BY M.NAME, M.ID OFFSET " + q.offset()
                    + " ROWS FETCH NEXT " + q.limit() + " ROWS ONLY", MemberPages::masked, parameters.toArray());
            Long told = MemberScope.totalFromPage(q.offset(), q.limit(), items.size());
            long total = told != null ? told : sql.one("SELECT COUNT(*) FROM MEMBER M" + where, rs -> rs.getLong(1), parameters.toArray());
            return new Page<>(items, total, q.offset(), q.limit());
        }
    }

    /** A row of {@link #COLUMNS} as the masked member. */
    static Member masked(ResultSet rs) throws SQLException {
        String leaderRole = rs.getString(10);
        Timestamp updatedAt = rs.getTimestamp(19);
        return new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), Gender.valueOf(rs.getString(4)), rs.getString(5),
                date(rs, 6), Masks.citizenId(rs.getString(7)), Education.valueOf(rs.getString(8)),
                SocietyPosition.valueOf(rs.getString(9)), leaderRole == null ? null : LeaderRole.valueOf(leaderRole), date(rs, 11),
                MembershipKind.valueOf(rs.getString(12)), Masks.phone(rs.getString(13)), Affiliation.valueOf(rs.getString(14)),
                rs.getString(15), MemberStatus.valueOf(rs.getString(16)), date(rs, 17), true,
                rs.getLong(18), updatedAt == null ? null : updatedAt.toInstant(), rs.getString(20));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
