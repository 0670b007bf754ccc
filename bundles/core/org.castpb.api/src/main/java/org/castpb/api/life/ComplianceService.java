package org.castpb.api.life;

import java.io.OutputStream;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Compliance of the organisations in scope with the rules of organisational life, computed from the recorded meetings
 * and the rule-set version in force. Reads need a castpb role; an organisation or society out of scope is not found.
 */
@ProviderType
public interface ComplianceService {

    /** Per organisation, what was due, held and missing in the query's period. */
    Page<OrganisationCompliance> report(Actor actor, ComplianceQuery query);

    /** Per member, the attendance rate and consecutive absences in the query's period. */
    Page<MemberAttendance> attendance(Actor actor, AttendanceQuery query);

    /**
     * Writes the report (every page of the query) as CSV with Chinese headers, UTF-8 with a byte-order mark, one row
     * per organisation and kind of meeting due.
     */
    void exportCsv(Actor actor, ComplianceQuery query, OutputStream out);

    /**
     * Writes the same rows as {@link #exportCsv} as an Excel workbook (.xlsx) of one sheet: the Chinese header bold and
     * frozen, organisation ids and the counts due, held and missing as numbers. Since 1.1.0.
     */
    void exportXlsx(Actor actor, ComplianceQuery query, OutputStream out);

    /** The rule-set versions, oldest first. */
    List<LifeRuleSet> ruleSets();
}
