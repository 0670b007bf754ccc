package org.castpb.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyLevel;

/**
 * The coverage benchmark's data, written by raw JDBC batches into a database migrated with the records and the
 * party-organisation change logs: societies from {@link SocietyGenerator} (with their audit entry and ledger, as
 * {@link RawJdbcImport} writes them), of which 6 in 10 are made ACTIVE national CAST members (the default coverage
 * scope); organisations with their coverage rows; liaison assignments. Every NOT NULL column is filled, every
 * foreign key holds, and ID_SEQUENCE is moved past the ids used. Fixed seed: the same figures on every run.
 *
 * <p>Organisations: 45 % BRANCH, 15 % GENERAL_BRANCH, 10 % COMMITTEE, 20 % WORK_GROUP, 10 % JOINT_BRANCH (2-5
 * societies). Established uniformly 2010-01-01 to {@link #LAST}; the coverage rows start on that day. 8 % are
 * dissolved later (their rows stay open, as the service leaves them); 6 % of the single-society ones moved to another
 * society (the first row closed the day before the second starts); 10 % of the joint branches lost one society.
 */
final class CoverageData {

    static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    /** The last day any generated date falls on: "today" of the benchmark. */
    static final LocalDate LAST = LocalDate.of(2026, 11, 26);
    private static final int BATCH = 1_000;

    record Counts(long societies, long inScope, long organisations, long coverageRows, long liaisons, long tableRows) {
    }

    private final Random random;

    CoverageData(long seed) {
        this.random = new Random(seed);
    }

    Counts load(DataSource ds, int societies, int organisations, int liaisons) throws SQLException {
        List<SocietyGenerator.Generated> rows = new SocietyGenerator(20261126L).generate(societies);
        long inScope = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i % 10 < 6) {
                rows.set(i, nationalMember(rows.get(i), i));
            }
            SocietyDraft s = rows.get(i).society();
            if (s.level() == SocietyLevel.NATIONAL && s.groupMemberStatus() == GroupMemberStatus.MEMBER
                    && s.registrationStatus() == RegistrationStatus.ACTIVE) {
                inScope++;
            }
        }
        long tableRows = RawJdbcImport.insert(ds, "bench", rows);
        long[] written = organisations(ds, societies, organisations);
        liaisons(ds, societies, liaisons);
        return new Counts(societies, inScope, organisations, written[0], liaisons, tableRows + organisations + written[0] + liaisons);
    }

    /** The same society made an ACTIVE national CAST member: region 100000 and a USCC issued there. */
    private SocietyGenerator.Generated nationalMember(SocietyGenerator.Generated g, int index) {
        SocietyDraft s = g.society();
        LocalDate applied = s.groupMemberAppliedOn() != null ? s.groupMemberAppliedOn() : FIRST.plusDays(random.nextInt(365 * 14));
        LocalDate admitted = s.groupMemberAdmittedOn() != null ? s.groupMemberAdmittedOn() : applied.plusDays(30 + random.nextInt(300));
        SocietyDraft n = new SocietyDraft(s.name(), s.nameEn(), SocietyGenerator.uscc("100000", index), null, s.kind(),
                SocietyLevel.NATIONAL, "100000", s.discipline(), s.supervisingUnit() == null ? null : "中国科学技术协会",
                GroupMemberStatus.MEMBER, applied, admitted, RegistrationStatus.ACTIVE, s.foundingYear(), s.contactName(),
                s.contactPhone(), s.contactEmail(), s.partyBuildingInCharter());
        return new SocietyGenerator.Generated(n, g.ledger(), false);
    }

    /** Returns {coverage rows written}. */
    private long[] organisations(DataSource ds, int societies, int organisations) throws SQLException {
        String org = "INSERT INTO PORG_ORGANISATION (ID, NAME, ORG_TYPE, PARENT_ID, SECRETARY_NAME, SECRETARY_SOURCE, FORMAL_MEMBERS,"
                + " PROBATIONARY_MEMBERS, COMMITTEE_SIZE, ESTABLISHED_ON, TERM_STARTS_ON, TERM_ENDS_ON, NOTE, ORG_STATUS, DISSOLVED_ON,"
                + " VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?,?,?,NULL,?,?,?,?,?,?,?,?,NULL,?,?,?,?,?,?,?)";
        String link = "INSERT INTO PORG_ORGANISATION_SOCIETY (ID, ORGANISATION_ID, SOCIETY_ID, FROM_DATE, TO_DATE) VALUES (?,?,?,?,?)";
        long linkId = 0;
        int days = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
        Timestamp ts = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement o = c.prepareStatement(org); PreparedStatement l = c.prepareStatement(link)) {
                for (int id = 1; id <= organisations; id++) {
                    int draw = random.nextInt(100);
                    String type = draw < 45 ? "BRANCH" : draw < 60 ? "GENERAL_BRANCH" : draw < 70 ? "COMMITTEE" : draw < 90 ? "WORK_GROUP" : "JOINT_BRANCH";
                    LocalDate established = FIRST.plusDays(random.nextInt(days));
                    LocalDate dissolved = null;
                    long untilLast = ChronoUnit.DAYS.between(established, LAST);
                    if (random.nextInt(100) < 8 && untilLast > 0) {
                        dissolved = established.plusDays(1 + random.nextInt((int) untilLast));
                    }
                    int formal = 3 + random.nextInt(60);
                    o.setLong(1, id);
                    o.setString(2, "党组织" + id);
                    o.setString(3, type);
                    o.setString(4, "书记" + id);
                    o.setString(5, random.nextInt(10) < 8 ? "PRINCIPAL_LEADER" : "DISPATCHED");
                    o.setInt(6, formal);
                    o.setInt(7, random.nextInt(4));
                    if (type.equals("COMMITTEE") || type.equals("GENERAL_BRANCH")) {
                        o.setInt(8, 5 + random.nextInt(5));
                    } else {
                        o.setNull(8, Types.INTEGER);
                    }
                    o.setDate(9, Date.valueOf(established));
                    o.setDate(10, Date.valueOf(established));
                    o.setDate(11, Date.valueOf(established.plusYears(type.equals("COMMITTEE") ? 5 : 3).minusDays(1)));
                    o.setString(12, dissolved == null ? "ACTIVE" : "DISSOLVED");
                    if (dissolved == null) {
                        o.setNull(13, Types.DATE);
                    } else {
                        o.setDate(13, Date.valueOf(dissolved));
                    }
                    o.setLong(14, dissolved == null ? 1 : 2);
                    o.setTimestamp(15, ts);
                    o.setString(16, "bench");
                    o.setTimestamp(17, ts);
                    o.setString(18, "bench");
                    o.addBatch();
                    if (type.equals("JOINT_BRANCH")) {
                        Set<Long> covered = new LinkedHashSet<>();
                        int n = 2 + random.nextInt(4);
                        while (covered.size() < n) {
                            covered.add(1L + random.nextInt(societies));
                        }
                        List<Long> list = new ArrayList<>(covered);
                        boolean oneLeft = random.nextInt(10) == 0 && untilLast > 1;
                        for (int k = 0; k < list.size(); k++) {
                            LocalDate to = oneLeft && k == 0 ? established.plusDays(random.nextInt((int) untilLast)) : null;
                            bindLink(l, ++linkId, id, list.get(k), established, to);
                        }
                    } else {
                        long society = 1L + random.nextInt(societies);
                        if (random.nextInt(100) < 6 && untilLast > 1) {
                            LocalDate move = established.plusDays(1 + random.nextInt((int) untilLast));
                            bindLink(l, ++linkId, id, society, established, move.minusDays(1));
                            long next = 1L + random.nextInt(societies);
                            bindLink(l, ++linkId, id, next == society ? 1 + society % societies : next, move, null);
                        } else {
                            bindLink(l, ++linkId, id, society, established, null);
                        }
                    }
                    if (id % BATCH == 0) {
                        o.executeBatch();
                        l.executeBatch();
                    }
                }
                o.executeBatch();
                l.executeBatch();
                sequence(c, "PORG_ORGANISATION", organisations);
                sequence(c, "PORG_ORGANISATION_SOCIETY", linkId);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return new long[] {linkId};
    }

    private static void bindLink(PreparedStatement l, long id, long organisation, long society, LocalDate from, LocalDate to)
            throws SQLException {
        l.setLong(1, id);
        l.setLong(2, organisation);
        l.setLong(3, society);
        l.setDate(4, Date.valueOf(from));
        if (to == null) {
            l.setNull(5, Types.DATE);
        } else {
            l.setDate(5, Date.valueOf(to));
        }
        l.addBatch();
    }

    /** Liaison officers and instructors from 2012 on, 3 in 10 of them already recalled. */
    private void liaisons(DataSource ds, int societies, int liaisons) throws SQLException {
        String sql = "INSERT INTO PORG_LIAISON (ID, LIAISON_KIND, PERSON_NAME, SOCIETY_ID, FROM_DATE, TO_DATE, DISPATCHED_BY, VERSION,"
                + " UPDATED_AT, UPDATED_BY) VALUES (?,?,?,?,?,?,?,?,?,?)";
        LocalDate first = LocalDate.of(2012, 1, 1);
        int days = (int) ChronoUnit.DAYS.between(first, LAST) + 1;
        Timestamp ts = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int id = 1; id <= liaisons; id++) {
                    LocalDate from = first.plusDays(random.nextInt(days));
                    long left = ChronoUnit.DAYS.between(from, LAST);
                    p.setLong(1, id);
                    p.setString(2, random.nextInt(10) < 7 ? "LIAISON_OFFICER" : "INSTRUCTOR");
                    p.setString(3, "联络员" + id);
                    p.setLong(4, 1L + random.nextInt(societies));
                    p.setDate(5, Date.valueOf(from));
                    if (random.nextInt(10) < 3 && left > 0) {
                        p.setDate(6, Date.valueOf(from.plusDays(random.nextInt((int) left))));
                    } else {
                        p.setNull(6, Types.DATE);
                    }
                    p.setString(7, random.nextBoolean() ? "中国科协党委" : null);
                    p.setLong(8, 1);
                    p.setTimestamp(9, ts);
                    p.setString(10, "bench");
                    p.addBatch();
                    if (id % BATCH == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
                sequence(c, "PORG_LIAISON", liaisons);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void sequence(Connection c, String name, long value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE ID_SEQUENCE SET SEQ_COUNT = ? WHERE SEQ_NAME = ?")) {
            p.setLong(1, value);
            p.setString(2, name);
            if (p.executeUpdate() != 1) {
                throw new IllegalStateException("ID_SEQUENCE has no row " + name);
            }
        }
    }
}
