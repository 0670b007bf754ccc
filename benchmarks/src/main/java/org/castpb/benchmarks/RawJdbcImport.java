package org.castpb.benchmarks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.castpb.api.Leader;
import org.castpb.api.LedgerDraft;
import org.castpb.api.SectionStatus;
import org.castpb.api.Society;
import org.castpb.api.SocietyDraft;
import org.castpb.records.internal.RecordsAccess;

/**
 * The baseline: the same rows the service writes for a created society (SOCIETY, AUDIT_ENTRY,
 * LEDGER_REVISION and its LEDGER_LEADER rows), inserted by hand with four prepared statements,
 * addBatch and executeBatch every {@link #BATCH} societies, in one transaction with autocommit
 * off. It does no parsing, validation or existence checks: it is the floor of what Derby needs
 * to store the data, so the ratio service/raw says how much the service adds on top of it.
 */
final class RawJdbcImport {

    static final int BATCH = 1_000;

    private static final String INSERT_SOCIETY = "INSERT INTO SOCIETY (ID, NAME, NAME_EN, USCC, USCC_OVERRIDDEN, KIND, SOCIETY_LEVEL,"
            + " REGION_CODE, DISCIPLINE, SUPERVISING_UNIT, GROUP_MEMBER_STATUS, GROUP_MEMBER_APPLIED_ON, GROUP_MEMBER_ADMITTED_ON,"
            + " REGISTRATION_STATUS, FOUNDING_YEAR, CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL, PARTY_BUILDING_IN_CHARTER,"
            + " VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_AUDIT = "INSERT INTO AUDIT_ENTRY (ID, CHANGED_AT, ACTOR, ENTITY_TYPE, ENTITY_ID, CHANGE_KIND,"
            + " BEFORE_STATE, AFTER_STATE) VALUES (?,?,?,?,?,?,?,?)";
    private static final String INSERT_LEDGER = "INSERT INTO LEDGER_REVISION (ID, SOCIETY_ID, REVISION, IS_CURRENT, IS_CLEAR,"
            + " UNCLEAR_SECTIONS, RECORDED_AT, RECORDED_BY, NOTE, RUNNING_STATE, INSPECTION_RESULT, INSPECTION_YEAR,"
            + " ACTIVITIES_IN_YEAR, FULL_TIME_STAFF, STAFF_PARTY_MEMBERS, FORMAL_MEMBERS, PROBATIONARY_MEMBERS,"
            + " RELATIONSHIPS_HERE, RELATIONSHIPS_ELSEWHERE, ORGANISATION_ESTABLISHED, NO_ORGANISATION_REASON,"
            + " NO_ORGANISATION_TEXT) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_LEADER = "INSERT INTO LEDGER_LEADER (REVISION_ID, LEADER_POSITION, LEADER_NAME, LEADER_ROLE,"
            + " PRINCIPAL, PARTY_MEMBER) VALUES (?,?,?,?,?,?)";

    private RawJdbcImport() {
    }

    /** Inserts every society with ids 1..n into an empty, migrated database; returns the number of table rows written. */
    static long insert(DataSource ds, String actor, List<SocietyGenerator.Generated> rows) throws SQLException {
        long tableRows = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement society = c.prepareStatement(INSERT_SOCIETY);
                 PreparedStatement audit = c.prepareStatement(INSERT_AUDIT);
                 PreparedStatement ledger = c.prepareStatement(INSERT_LEDGER);
                 PreparedStatement leader = c.prepareStatement(INSERT_LEADER)) {
                long id = 0;
                int pending = 0;
                for (SocietyGenerator.Generated row : rows) {
                    id++;
                    // The service stamps each row with its own clock read, to the microsecond.
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    Timestamp ts = Timestamp.from(now);
                    SocietyDraft s = row.society();
                    bindSociety(society, id, s, actor, ts);
                    society.addBatch();
                    bindAudit(audit, id, s, actor, now, ts);
                    audit.addBatch();
                    LedgerDraft l = row.ledger();
                    bindLedger(ledger, id, id, l, actor, ts);
                    ledger.addBatch();
                    List<Leader> leaders = l.leaders();
                    for (int pos = 0; pos < leaders.size(); pos++) {
                        Leader ld = leaders.get(pos);
                        leader.setLong(1, id);
                        leader.setInt(2, pos);
                        leader.setString(3, ld.name());
                        leader.setString(4, ld.role().name());
                        leader.setBoolean(5, ld.principal());
                        leader.setBoolean(6, ld.partyMember());
                        leader.addBatch();
                        tableRows++;
                    }
                    tableRows += 3;
                    if (++pending == BATCH) {
                        flush(society, audit, ledger, leader);
                        pending = 0;
                    }
                }
                flush(society, audit, ledger, leader);
                // Keep the table generators ahead of the ids used, as the service's allocations would.
                try (PreparedStatement seq = c.prepareStatement("UPDATE ID_SEQUENCE SET SEQ_COUNT = ? WHERE SEQ_NAME IN ('SOCIETY', 'AUDIT_ENTRY', 'LEDGER_REVISION')")) {
                    seq.setLong(1, id);
                    seq.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return tableRows;
    }

    /** Parents before children, so the foreign keys hold batch by batch. */
    private static void flush(PreparedStatement society, PreparedStatement audit, PreparedStatement ledger, PreparedStatement leader)
            throws SQLException {
        society.executeBatch();
        audit.executeBatch();
        ledger.executeBatch();
        leader.executeBatch();
    }

    private static void bindSociety(PreparedStatement p, long id, SocietyDraft s, String actor, Timestamp ts) throws SQLException {
        p.setLong(1, id);
        p.setString(2, s.name());
        string(p, 3, s.nameEn());
        p.setString(4, s.uscc());
        p.setBoolean(5, false);
        p.setString(6, s.kind().name());
        p.setString(7, s.level().name());
        p.setString(8, s.regionCode());
        p.setString(9, s.discipline().name());
        string(p, 10, s.supervisingUnit());
        p.setString(11, s.groupMemberStatus().name());
        date(p, 12, s.groupMemberAppliedOn());
        date(p, 13, s.groupMemberAdmittedOn());
        p.setString(14, s.registrationStatus().name());
        integer(p, 15, s.foundingYear());
        string(p, 16, s.contactName());
        string(p, 17, s.contactPhone());
        string(p, 18, s.contactEmail());
        bool(p, 19, s.partyBuildingInCharter());
        p.setLong(20, 1);
        p.setTimestamp(21, ts);
        p.setString(22, actor);
        p.setTimestamp(23, ts);
        p.setString(24, actor);
    }

    /** The same audit text the service writes: the created Society record's toString. */
    private static void bindAudit(PreparedStatement p, long id, SocietyDraft s, String actor, Instant now, Timestamp ts) throws SQLException {
        Society created = new Society(id, s.name(), s.nameEn(), s.uscc(), false, s.kind(), s.level(), s.regionCode(), s.discipline(),
                s.supervisingUnit(), s.groupMemberStatus(), s.groupMemberAppliedOn(), s.groupMemberAdmittedOn(), s.registrationStatus(),
                s.foundingYear(), s.contactName(), s.contactPhone(), s.contactEmail(), s.partyBuildingInCharter(), 0, now, now);
        String after = created.toString();
        p.setLong(1, id);
        p.setTimestamp(2, ts);
        p.setString(3, actor);
        p.setString(4, "SOCIETY");
        p.setLong(5, id);
        p.setString(6, "IMPORT_CREATE");
        p.setNull(7, Types.VARCHAR);
        p.setString(8, after.length() <= 4000 ? after : after.substring(0, 4000));
    }

    private static void bindLedger(PreparedStatement p, long id, long societyId, LedgerDraft l, String actor, Timestamp ts) throws SQLException {
        List<SectionStatus> sections = RecordsAccess.sections(l);
        boolean clear = sections.stream().allMatch(SectionStatus::clear);
        p.setLong(1, id);
        p.setLong(2, societyId);
        p.setInt(3, 1);
        p.setBoolean(4, true);
        p.setBoolean(5, clear);
        string(p, 6, clear ? null : sections.stream().filter(x -> !x.clear()).map(x -> x.section().name()).collect(Collectors.joining(",")));
        p.setTimestamp(7, ts);
        p.setString(8, actor);
        string(p, 9, l.note());
        string(p, 10, l.runningState() == null ? null : l.runningState().name());
        string(p, 11, l.lastInspectionResult() == null ? null : l.lastInspectionResult().name());
        integer(p, 12, l.lastInspectionYear());
        integer(p, 13, l.activitiesInYear());
        integer(p, 14, l.fullTimeStaff());
        integer(p, 15, l.staffPartyMembers());
        integer(p, 16, l.formalMembers());
        integer(p, 17, l.probationaryMembers());
        integer(p, 18, l.relationshipsHere());
        integer(p, 19, l.relationshipsElsewhere());
        bool(p, 20, l.partyOrganisationEstablished());
        string(p, 21, l.noOrganisationReason() == null ? null : l.noOrganisationReason().name());
        string(p, 22, l.noOrganisationText());
    }

    private static void string(PreparedStatement p, int i, String v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.VARCHAR);
        } else {
            p.setString(i, v);
        }
    }

    private static void integer(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }

    private static void bool(PreparedStatement p, int i, Boolean v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BOOLEAN);
        } else {
            p.setBoolean(i, v);
        }
    }

    private static void date(PreparedStatement p, int i, java.time.LocalDate v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DATE);
        } else {
            p.setDate(i, Date.valueOf(v));
        }
    }
}
