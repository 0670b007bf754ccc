package org.castpb.evaluation.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.Finding;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultQuery;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.castpb.api.sql.Transactions;

/**
 * The evaluation tables, in plain JDBC: campaigns, each society's outcome with its module results and findings,
 * and funding allocations. Every write is one transaction; a society's results are replaced as a whole.
 */
final class EvaluationStore {

    private static final String REASON_SEPARATOR = "\n";
    private static final String CAMPAIGN_COLUMNS = "ID, EVAL_YEAR, KIND, TITLE, AS_OF, REGION_PREFIX, STATUS, CREATED_BY,"
            + " CREATED_AT, STARTED_AT, FINISHED_AT, SOCIETIES, EVALUATED, PASSED, FAILED, INCOMPLETE, MODULE_ERRORS, VERSION,"
            + " CORRECTS_CAMPAIGN_ID";
    private static final String OUTCOME_COLUMNS = "O.CAMPAIGN_ID, O.SOCIETY_ID, O.SOCIETY_NAME, O.REGION_CODE, O.OUTCOME,"
            + " O.SCORE, O.GRADE, O.VETOED, O.REASONS, O.EVALUATED_AT, O.REASONS_ZH";

    private final DataSource dataSource;

    EvaluationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // ---- campaigns

    Campaign insertCampaign(int year, EvaluationKind kind, String title, java.time.LocalDate asOf, String regionPrefix,
                            Long correctsCampaignId, String createdBy, Instant now) {
        return Transactions.write(dataSource, "opening a campaign", c -> {
            long id = Ids.reserve(c, "EVAL_CAMPAIGN", 1);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO EVAL_CAMPAIGN (ID, EVAL_YEAR, KIND, TITLE, AS_OF,"
                    + " REGION_PREFIX, STATUS, CREATED_BY, CREATED_AT, CORRECTS_CAMPAIGN_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setInt(2, year);
                ps.setString(3, kind.name());
                ps.setString(4, title);
                ps.setDate(5, Date.valueOf(asOf));
                ps.setString(6, regionPrefix);
                ps.setString(7, CampaignStatus.CREATED.name());
                ps.setString(8, createdBy);
                ps.setTimestamp(9, Timestamp.from(now));
                if (correctsCampaignId == null) {
                    ps.setNull(10, Types.BIGINT);
                } else {
                    ps.setLong(10, correctsCampaignId);
                }
                ps.executeUpdate();
            }
            return campaign(c, id).orElseThrow();
        });
    }

    Optional<Campaign> campaign(long id) {
        return Transactions.read(dataSource, "reading campaign " + id, c -> campaign(c, id));
    }

    /** The campaigns matching {@code scope}, a condition on alias C (see {@link CampaignScopes#sql}), newest first. */
    Page<Campaign> campaigns(String scope, int offset, int limit) {
        return Transactions.read(dataSource, "listing campaigns", c -> {
            List<Campaign> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CAMPAIGN_COLUMNS + " FROM EVAL_CAMPAIGN C WHERE " + scope
                    + " ORDER BY ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                ps.setInt(1, offset);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(campaign(rs));
                    }
                }
            }
            return new Page<>(items, count(c, "SELECT COUNT(*) FROM EVAL_CAMPAIGN C WHERE " + scope), offset, limit);
        });
    }

    /**
     * Marks a campaign RUNNING unless it already is or has been funded; false when it is, has been (or does not
     * exist).
     */
    boolean start(long id, Instant now) {
        return Transactions.write(dataSource, "starting campaign " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE EVAL_CAMPAIGN SET STATUS = ?, STARTED_AT = ?,"
                    + " HEARTBEAT_AT = ?, FINISHED_AT = NULL, SOCIETIES = 0, EVALUATED = 0, PASSED = 0, FAILED = 0,"
                    + " INCOMPLETE = 0, MODULE_ERRORS = 0, RESUMES = 0, VERSION = VERSION + 1 WHERE ID = ? AND STATUS <> ? AND FUNDED = 0")) {
                ps.setString(1, CampaignStatus.RUNNING.name());
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setLong(4, id);
                ps.setString(5, CampaignStatus.RUNNING.name());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Whether funding was allocated from the campaign's results, which freezes them. */
    boolean funded(long id) {
        return Transactions.read(dataSource, "reading campaign " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT FUNDED FROM EVAL_CAMPAIGN WHERE ID = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getShort(1) == 1;
                }
            }
        });
    }

    /** Tells the other nodes that these campaigns are still being run here. */
    void heartbeat(Collection<Long> campaignIds, Instant now) {
        if (campaignIds.isEmpty()) {
            return;
        }
        Transactions.write(dataSource, "touching running campaigns", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE EVAL_CAMPAIGN SET HEARTBEAT_AT = ? WHERE ID = ? AND STATUS = ?")) {
                for (long id : campaignIds) {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setLong(2, id);
                    ps.setString(3, CampaignStatus.RUNNING.name());
                    ps.addBatch();
                }
                return ps.executeBatch().length;
            }
        });
    }

    /** Removes every result of a campaign, before it runs again. */
    void clearResults(long campaignId) {
        Transactions.write(dataSource, "clearing the results of campaign " + campaignId, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM EVAL_OUTCOME WHERE CAMPAIGN_ID = ?")) {
                ps.setLong(1, campaignId);
                return ps.executeUpdate();
            }
        });
    }

    void societies(long campaignId, int societies) {
        Transactions.write(dataSource, "counting the societies of campaign " + campaignId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE EVAL_CAMPAIGN SET SOCIETIES = ? WHERE ID = ?")) {
                ps.setInt(1, societies);
                ps.setLong(2, campaignId);
                return ps.executeUpdate();
            }
        });
    }

    /** Recounts the campaign's progress from its stored results; with {@code status}, also ends the run. */
    void recount(long campaignId, CampaignStatus status, Instant now) {
        Transactions.write(dataSource, "recounting campaign " + campaignId, c -> {
            String set = "EVALUATED = (SELECT COUNT(*) FROM EVAL_OUTCOME O WHERE O.CAMPAIGN_ID = ?),"
                    + " PASSED = (SELECT COUNT(*) FROM EVAL_OUTCOME O WHERE O.CAMPAIGN_ID = ? AND O.OUTCOME = 'PASS'),"
                    + " FAILED = (SELECT COUNT(*) FROM EVAL_OUTCOME O WHERE O.CAMPAIGN_ID = ? AND O.OUTCOME = 'FAIL'),"
                    + " INCOMPLETE = (SELECT COUNT(*) FROM EVAL_OUTCOME O WHERE O.CAMPAIGN_ID = ? AND O.OUTCOME = 'INCOMPLETE'),"
                    + " MODULE_ERRORS = (SELECT COUNT(*) FROM EVAL_MODULE_RESULT R WHERE R.CAMPAIGN_ID = ? AND R.STATUS = 'ERROR')";
            String sql = "UPDATE EVAL_CAMPAIGN SET " + set
                    + (status == null ? "" : ", STATUS = ?, FINISHED_AT = ?, VERSION = VERSION + 1") + " WHERE ID = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (; i <= 5; i++) {
                    ps.setLong(i, campaignId);
                }
                if (status != null) {
                    ps.setString(i++, status.name());
                    ps.setTimestamp(i++, Timestamp.from(now));
                }
                ps.setLong(i, campaignId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Campaigns left RUNNING by a node that stopped, known by a heartbeat older than {@code staleBefore}: they become
     * INTERRUPTED and may be run again.
     */
    int interruptStale(Instant staleBefore, Instant now) {
        return Transactions.write(dataSource, "marking interrupted campaigns", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE EVAL_CAMPAIGN SET STATUS = ?, FINISHED_AT = ?,"
                    + " VERSION = VERSION + 1 WHERE STATUS = ? AND (HEARTBEAT_AT IS NULL OR HEARTBEAT_AT < ?)")) {
                ps.setString(1, CampaignStatus.INTERRUPTED.name());
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setString(3, CampaignStatus.RUNNING.name());
                ps.setTimestamp(4, Timestamp.from(staleBefore));
                return ps.executeUpdate();
            }
        });
    }

    /** An INTERRUPTED campaign a live node may resume, with the resumptions its run has had. */
    record Resumable(long id, int resumes) {
    }

    /** The unfunded campaigns interrupted at or after {@code since} whose run was resumed fewer than {@code maxResumes} times. */
    List<Resumable> resumable(Instant since, int maxResumes) {
        return Transactions.read(dataSource, "finding interrupted campaigns", c -> {
            List<Resumable> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ID, RESUMES FROM EVAL_CAMPAIGN WHERE STATUS = ? AND FUNDED = 0"
                    + " AND RESUMES < ? AND FINISHED_AT >= ? ORDER BY ID")) {
                ps.setString(1, CampaignStatus.INTERRUPTED.name());
                ps.setInt(2, maxResumes);
                ps.setTimestamp(3, Timestamp.from(since));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Resumable(rs.getLong(1), rs.getInt(2)));
                    }
                }
            }
            return found;
        });
    }

    /**
     * Marks an INTERRUPTED campaign RUNNING again keeping its results, if its resumptions are still those read: of
     * two nodes resuming it, one changes the row and the other nothing. False when it was not resumed here.
     */
    boolean resume(Resumable campaign, Instant now) {
        return Transactions.write(dataSource, "resuming campaign " + campaign.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE EVAL_CAMPAIGN SET STATUS = ?, HEARTBEAT_AT = ?, FINISHED_AT = NULL,"
                    + " RESUMES = RESUMES + 1, VERSION = VERSION + 1 WHERE ID = ? AND STATUS = ? AND FUNDED = 0 AND RESUMES = ?")) {
                ps.setString(1, CampaignStatus.RUNNING.name());
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setLong(3, campaign.id());
                ps.setString(4, CampaignStatus.INTERRUPTED.name());
                ps.setInt(5, campaign.resumes());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The societies that have a result in the campaign. */
    Set<Long> resultSocieties(long campaignId) {
        return Transactions.read(dataSource, "reading the evaluated societies of campaign " + campaignId, c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT SOCIETY_ID FROM EVAL_OUTCOME WHERE CAMPAIGN_ID = ?")) {
                ps.setLong(1, campaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    // ---- results

    /** Stores one society's result, replacing any earlier one for the campaign. */
    void saveResult(SocietyEvaluation e) {
        Transactions.write(dataSource, "storing the result of society " + e.societyId(), c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM EVAL_OUTCOME WHERE CAMPAIGN_ID = ? AND SOCIETY_ID = ?")) {
                ps.setLong(1, e.campaignId());
                ps.setLong(2, e.societyId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO EVAL_OUTCOME (CAMPAIGN_ID, SOCIETY_ID, SOCIETY_NAME,"
                    + " REGION_CODE, OUTCOME, SCORE, GRADE, VETOED, REASONS, EVALUATED_AT, REASONS_ZH)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, e.campaignId());
                ps.setLong(2, e.societyId());
                ps.setString(3, e.societyName());
                ps.setString(4, e.regionCode());
                ps.setString(5, e.outcome().name());
                ps.setBigDecimal(6, e.score());
                ps.setString(7, e.grade() == null ? null : e.grade().name());
                ps.setShort(8, (short) (e.vetoed() ? 1 : 0));
                ps.setString(9, clip(String.join(REASON_SEPARATOR, e.reasons()), 4000));
                ps.setTimestamp(10, Timestamp.from(e.evaluatedAt()));
                List<String> zh = e.reasonTranslations().get("zh");
                ps.setString(11, zh == null ? null : clip(String.join(REASON_SEPARATOR, zh), 4000));
                ps.executeUpdate();
            }
            if (e.modules().isEmpty()) {
                return null;
            }
            long last = Ids.reserve(c, "EVAL_MODULE_RESULT", e.modules().size());
            long id = last - e.modules().size() + 1;
            try (PreparedStatement result = c.prepareStatement("INSERT INTO EVAL_MODULE_RESULT (ID, CAMPAIGN_ID, SOCIETY_ID,"
                    + " POSITION, MODULE_ID, MODULE_VERSION, REGION_PREFIX, STATUS, POINTS, MAX_POINTS, SCORE, GRADE, VETO,"
                    + " VETO_REASON, ERROR_MESSAGE, DURATION_MS, VETO_REASON_ZH, VETO_REASON_EN)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement finding = c.prepareStatement("INSERT INTO EVAL_FINDING (RESULT_ID, POSITION, CODE, TITLE,"
                         + " POINTS, MAX_POINTS, EVIDENCE, TITLE_ZH, EVIDENCE_ZH, TITLE_EN, EVIDENCE_EN)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (ModuleResult m : e.modules()) {
                    result.setLong(1, id);
                    result.setLong(2, e.campaignId());
                    result.setLong(3, e.societyId());
                    result.setInt(4, position++);
                    result.setString(5, clip(m.moduleId(), 100));
                    result.setString(6, clip(m.moduleVersion(), 100));
                    result.setString(7, m.region());
                    result.setString(8, m.status().name());
                    result.setInt(9, m.points());
                    result.setInt(10, m.maxPoints());
                    result.setBigDecimal(11, m.score());
                    result.setString(12, m.grade() == null ? null : m.grade().name());
                    result.setShort(13, (short) (m.veto() ? 1 : 0));
                    result.setString(14, clip(m.vetoReason(), 1000));
                    result.setString(15, clip(m.error(), 1000));
                    result.setLong(16, m.durationMillis());
                    result.setString(17, clip(m.vetoReasonTranslations().get("zh"), 1000));
                    result.setString(18, clip(m.vetoReasonTranslations().get("en"), 1000));
                    result.addBatch();
                    int f = 0;
                    for (Finding x : m.findings()) {
                        finding.setLong(1, id);
                        finding.setInt(2, f++);
                        finding.setString(3, clip(x.code(), 100));
                        finding.setString(4, clip(x.title(), 300));
                        finding.setInt(5, x.points());
                        finding.setInt(6, x.maxPoints());
                        finding.setString(7, clip(x.evidence(), 2000));
                        Finding.Wording zh = x.translations().get("zh");
                        Finding.Wording en = x.translations().get("en");
                        finding.setString(8, zh == null ? null : clip(zh.title(), 300));
                        finding.setString(9, zh == null ? null : clip(zh.evidence(), 2000));
                        finding.setString(10, en == null ? null : clip(en.title(), 300));
                        finding.setString(11, en == null ? null : clip(en.evidence(), 2000));
                        finding.addBatch();
                    }
                    id++;
                }
                result.executeBatch();
                finding.executeBatch();
            }
            return null;
        });
    }

    /** A page of a campaign's outcomes of societies in {@code scope}, by society id. */
    Page<SocietyEvaluation> results(long campaignId, ResultQuery q, Scope scope) {
        StringBuilder where = new StringBuilder(scope.all() ? " WHERE O.CAMPAIGN_ID = ?"
                : " JOIN SOCIETY S ON S.ID = O.SOCIETY_ID WHERE O.CAMPAIGN_ID = ? AND " + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"));
        List<Object> args = new ArrayList<>(List.of(campaignId));
        if (q.outcome() != null) {
            where.append(" AND O.OUTCOME = ?");
            args.add(q.outcome().name());
        }
        if (q.regionPrefix() != null && !q.regionPrefix().isEmpty()) {
            where.append(" AND O.REGION_CODE LIKE ?");
            args.add(q.regionPrefix() + "%");
        }
        if (q.vetoed() != null) {
            where.append(" AND O.VETOED = ?");
            args.add((short) (q.vetoed() ? 1 : 0));
        }
        return Transactions.read(dataSource, "listing the results of campaign " + campaignId, c -> {
            List<SocietyEvaluation> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + OUTCOME_COLUMNS + " FROM EVAL_OUTCOME O" + where
                    + " ORDER BY O.SOCIETY_ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int i = bind(ps, args);
                ps.setInt(i, q.offset());
                ps.setInt(i + 1, q.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(outcome(rs, List.of()));
                    }
                }
            }
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM EVAL_OUTCOME O" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new Page<>(items, total, q.offset(), q.limit());
        });
    }

    /** Every result of a campaign with module results and findings, by society id (for funding). */
    List<SocietyEvaluation> allResults(long campaignId) {
        return Transactions.read(dataSource, "reading the results of campaign " + campaignId,
                c -> withModules(c, " WHERE O.CAMPAIGN_ID = ?", " ORDER BY O.SOCIETY_ID", campaignId));
    }

    /** Whether the society exists and lies in {@code scope}. */
    boolean societyInScope(Scope scope, long societyId) {
        return Transactions.read(dataSource, "reading society " + societyId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM SOCIETY S WHERE S.ID = ? AND "
                    + scope.sql("S.ID", "S.REGION_CODE", "S.SOCIETY_LEVEL"))) {
                ps.setLong(1, societyId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }

    Optional<SocietyEvaluation> result(long campaignId, long societyId) {
        return Transactions.read(dataSource, "reading the result of society " + societyId, c ->
                withModules(c, " WHERE O.CAMPAIGN_ID = ? AND O.SOCIETY_ID = ?", "", campaignId, societyId)
                        .stream().findFirst());
    }

    List<SocietyEvaluation> bySociety(long societyId) {
        return Transactions.read(dataSource, "reading the evaluations of society " + societyId,
                c -> withModules(c, " WHERE O.SOCIETY_ID = ?", " ORDER BY O.CAMPAIGN_ID DESC", societyId));
    }

    /** The outcomes matching {@code where} (over EVAL_OUTCOME O), in {@code order}, each with its module results. */
    private static List<SocietyEvaluation> withModules(Connection c, String where, String order, Object... whereArgs)
            throws SQLException {
        List<Object> args = List.of(whereArgs);
        Map<String, List<ModuleResult>> modules = new LinkedHashMap<>();
        Map<Long, List<Finding>> findings = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT F.RESULT_ID, F.CODE, F.TITLE, F.POINTS, F.MAX_POINTS,"
                + " F.EVIDENCE, F.TITLE_ZH, F.EVIDENCE_ZH, F.TITLE_EN, F.EVIDENCE_EN FROM EVAL_FINDING F JOIN EVAL_MODULE_RESULT R ON R.ID = F.RESULT_ID JOIN EVAL_OUTCOME O"
                + " ON O.CAMPAIGN_ID = R.CAMPAIGN_ID AND O.SOCIETY_ID = R.SOCIETY_ID" + where + " ORDER BY F.RESULT_ID, F.POSITION")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Finding f = new Finding(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6));
                    if (rs.getString(7) != null) {
                        f = f.translated("zh", rs.getString(7), rs.getString(8));
                    }
                    if (rs.getString(9) != null) {
                        f = f.translated("en", rs.getString(9), rs.getString(10));
                    }
                    findings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(f);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT R.ID, R.CAMPAIGN_ID, R.SOCIETY_ID, R.MODULE_ID,"
                + " R.MODULE_VERSION, R.REGION_PREFIX, R.STATUS, R.POINTS, R.MAX_POINTS, R.SCORE, R.GRADE, R.VETO,"
                + " R.VETO_REASON, R.ERROR_MESSAGE, R.DURATION_MS, R.VETO_REASON_ZH, R.VETO_REASON_EN"
                + " FROM EVAL_MODULE_RESULT R JOIN EVAL_OUTCOME O"
                + " ON O.CAMPAIGN_ID = R.CAMPAIGN_ID AND O.SOCIETY_ID = R.SOCIETY_ID" + where
                + " ORDER BY R.CAMPAIGN_ID, R.SOCIETY_ID, R.POSITION")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String grade = rs.getString(11);
                    modules.computeIfAbsent(rs.getLong(2) + "/" + rs.getLong(3), k -> new ArrayList<>())
                            .add(new ModuleResult(rs.getString(4), rs.getString(5), rs.getString(6),
                                    ResultStatus.valueOf(rs.getString(7)), rs.getInt(8), rs.getInt(9),
                                    rs.getBigDecimal(10), grade == null ? null : Grade.valueOf(grade),
                                    rs.getShort(12) == 1, rs.getString(13), rs.getString(14), rs.getLong(15),
                                    findings.getOrDefault(rs.getLong(1), List.of()), translations(rs.getString(16), rs.getString(17))));
                }
            }
        }
        List<SocietyEvaluation> outcomes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + OUTCOME_COLUMNS + " FROM EVAL_OUTCOME O" + where + order)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    outcomes.add(outcome(rs, modules.getOrDefault(rs.getLong(1) + "/" + rs.getLong(2), List.of())));
                }
            }
        }
        return outcomes;
    }

    // ---- funding

    /**
     * Records an allocation and marks its campaign funded, which it must still be COMPLETED for (a run may have
     * started since the scheme was called): otherwise nothing is written and {@code notCompleted} is thrown.
     */
    Allocation insertAllocation(long campaignId, String schemeId, String schemeVersion, BigDecimal budget,
                                BigDecimal total, String note, String createdBy, Instant now, List<Award> awards,
                                Supplier<RuntimeException> notCompleted) {
        return Transactions.write(dataSource, "recording the allocation", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE EVAL_CAMPAIGN SET FUNDED = 1 WHERE ID = ? AND STATUS = ?")) {
                ps.setLong(1, campaignId);
                ps.setString(2, CampaignStatus.COMPLETED.name());
                if (ps.executeUpdate() != 1) {
                    throw notCompleted.get();
                }
            }
            long id = Ids.reserve(c, "FUND_ALLOCATION", 1);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO FUND_ALLOCATION (ID, CAMPAIGN_ID, SCHEME_ID,"
                    + " SCHEME_VERSION, BUDGET, TOTAL, NOTE, CREATED_BY, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, campaignId);
                ps.setString(3, schemeId);
                ps.setString(4, schemeVersion);
                ps.setBigDecimal(5, budget);
                ps.setBigDecimal(6, total);
                if (note == null) {
                    ps.setNull(7, Types.VARCHAR);
                } else {
                    ps.setString(7, note);
                }
                ps.setString(8, createdBy);
                ps.setTimestamp(9, Timestamp.from(now));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO FUND_AWARD (ALLOCATION_ID, POSITION, SOCIETY_ID,"
                    + " CHANNEL, AMOUNT, EXPLANATION, EXPLANATION_ZH, EXPLANATION_EN) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (Award a : awards) {
                    ps.setLong(1, id);
                    ps.setInt(2, position++);
                    ps.setLong(3, a.societyId());
                    ps.setString(4, a.channel().name());
                    ps.setBigDecimal(5, a.amount());
                    ps.setString(6, a.explanation());
                    ps.setString(7, a.translations().get("zh"));
                    ps.setString(8, a.translations().get("en"));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return allocations(c, " WHERE A.ID = ?", id).get(0);
        });
    }

    Optional<Allocation> allocation(long id) {
        return Transactions.read(dataSource, "reading allocation " + id,
                c -> allocations(c, " WHERE A.ID = ?", id).stream().findFirst());
    }

    List<Allocation> allocations(long campaignId) {
        return Transactions.read(dataSource, "reading the allocations of campaign " + campaignId,
                c -> allocations(c, " WHERE A.CAMPAIGN_ID = ?", campaignId));
    }

    private static List<Allocation> allocations(Connection c, String where, long arg) throws SQLException {
        Map<Long, List<Award>> awards = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT W.ALLOCATION_ID, W.SOCIETY_ID, W.CHANNEL, W.AMOUNT,"
                + " W.EXPLANATION, W.EXPLANATION_ZH, W.EXPLANATION_EN FROM FUND_AWARD W JOIN FUND_ALLOCATION A ON A.ID = W.ALLOCATION_ID" + where
                + " ORDER BY W.ALLOCATION_ID, W.POSITION")) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Award a = new Award(rs.getLong(2), FundingChannel.valueOf(rs.getString(3)), rs.getBigDecimal(4),
                            rs.getString(5));
                    if (rs.getString(6) != null) {
                        a = a.translated("zh", rs.getString(6));
                    }
                    if (rs.getString(7) != null) {
                        a = a.translated("en", rs.getString(7));
                    }
                    awards.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(a);
                }
            }
        }
        List<Allocation> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT A.ID, A.CAMPAIGN_ID, A.SCHEME_ID, A.SCHEME_VERSION, A.BUDGET,"
                + " A.TOTAL, A.NOTE, A.CREATED_BY, A.CREATED_AT FROM FUND_ALLOCATION A" + where + " ORDER BY A.ID DESC")) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Allocation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8),
                            rs.getTimestamp(9).toInstant(), awards.getOrDefault(rs.getLong(1), List.of())));
                }
            }
        }
        return found;
    }

    // ---- mapping

    private static Optional<Campaign> campaign(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CAMPAIGN_COLUMNS + " FROM EVAL_CAMPAIGN WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(campaign(rs)) : Optional.empty();
            }
        }
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        return new Campaign(rs.getLong(1), rs.getInt(2), EvaluationKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getString(6), CampaignStatus.valueOf(rs.getString(7)), rs.getString(8),
                rs.getTimestamp(9).toInstant(), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)),
                rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getInt(16), rs.getInt(17), rs.getLong(18),
                (Long) rs.getObject(19, Long.class));
    }

    private static SocietyEvaluation outcome(ResultSet rs, List<ModuleResult> modules) throws SQLException {
        String grade = rs.getString(7);
        String reasons = rs.getString(9);
        String zh = rs.getString(11);
        return new SocietyEvaluation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                Outcome.valueOf(rs.getString(5)), rs.getBigDecimal(6), grade == null ? null : Grade.valueOf(grade),
                rs.getShort(8) == 1, reasons.isEmpty() ? List.of() : List.of(reasons.split(REASON_SEPARATOR)),
                rs.getTimestamp(10).toInstant(), modules,
                zh == null || zh.isEmpty() ? Map.of() : Map.of("zh", List.of(zh.split(REASON_SEPARATOR))));
    }

    /** A veto reason's words in Chinese and English as stored, the languages the module gave. */
    private static Map<String, String> translations(String zh, String en) {
        Map<String, String> words = new LinkedHashMap<>();
        if (zh != null) {
            words.put("zh", zh);
        }
        if (en != null) {
            words.put("en", en);
        }
        return words;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            if (a instanceof Long l) {
                ps.setLong(i++, l);
            } else if (a instanceof Short s) {
                ps.setShort(i++, s);
            } else {
                ps.setString(i++, (String) a);
            }
        }
        return i;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
