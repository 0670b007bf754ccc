package org.castpb.life.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.csv.CsvCells;
import org.castpb.api.life.AttendanceQuery;
import org.castpb.api.life.ComplianceQuery;
import org.castpb.api.life.ComplianceService;
import org.castpb.api.life.LifeRuleSet;
import org.castpb.api.life.MeetingType;
import org.castpb.api.life.MemberAttendance;
import org.castpb.api.life.Obligation;
import org.castpb.api.life.OrganisationCompliance;
import org.castpb.api.life.Period;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.sheets.SheetFiles;
import org.castpb.api.text.Labels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * {@link ComplianceService} over JDBC: the organisations of a page and their meetings are read in two queries per
 * chunk of organisations, and the periods due are laid over them by {@link Compliance}.
 */
@Component(service = {ComplianceService.class, JdbcComplianceService.class})
public class JdbcComplianceService implements ComplianceService {

    /** The CSV's header: organisation, its type, meeting type, frequency, due, held, missing, the missing periods, rule set. */
    static final List<String> HEADER = List.of("党组织编号", "党组织名称", "组织类别", "会议类型", "频次", "应开次数", "已开次数", "缺开次数",
            "缺开期间", "规则版本");
    static final int CHUNK = 500;

    private final Db db;
    private final LifeConfig config;

    @Activate
    public JdbcComplianceService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                 @Reference(target = "(osgi.condition.id=castpb.schema.life)") Condition schemaIsReady, @Reference LifeConfig config) {
        this.db = new Db(dataSource);
        this.config = config;
    }

    @Override
    public List<LifeRuleSet> ruleSets() {
        return config.rules().versions();
    }

    @Override
    public Page<OrganisationCompliance> report(Actor actor, ComplianceQuery query) {
        Scope scope = LifeScope.reader(actor);
        ComplianceQuery q = checked(query);
        LocalDate today = Db.today();
        return db.tx(c -> {
            String where = where(c, scope, q);
            if (!q.missingOnly()) {
                long total = Db.count(c, "SELECT COUNT(*) FROM PORG_ORGANISATION O" + where);
                List<Compliance.Organisation> orgs = organisations(c, where + " ORDER BY O.ID OFFSET " + q.offset() + " ROWS FETCH NEXT "
                        + q.limit() + " ROWS ONLY");
                return new Page<>(compute(c, orgs, q.from(), q.to(), today), total, q.offset(), q.limit());
            }
            List<OrganisationCompliance> page = new ArrayList<>();
            long total = 0;
            long after = 0;
            while (true) {
                List<Compliance.Organisation> orgs = organisations(c, where + " AND O.ID > " + after + " ORDER BY O.ID FETCH NEXT " + CHUNK + " ROWS ONLY");
                if (orgs.isEmpty()) {
                    break;
                }
                for (OrganisationCompliance oc : compute(c, orgs, q.from(), q.to(), today)) {
                    if (oc.missing() > 0) {
                        if (total >= q.offset() && page.size() < q.limit()) {
                            page.add(oc);
                        }
                        total++;
                    }
                }
                after = orgs.get(orgs.size() - 1).id();
            }
            return new Page<>(page, total, q.offset(), q.limit());
        });
    }

    /** Every organisation in the query's reach with its compliance, a chunk at a time, for the export and the alert run. */
    void each(Connection c, Scope scope, ComplianceQuery q, LocalDate today, java.util.function.Consumer<OrganisationCompliance> sink)
            throws SQLException {
        String where = where(c, scope, q);
        long after = 0;
        while (true) {
            List<Compliance.Organisation> orgs = organisations(c, where + " AND O.ID > " + after + " ORDER BY O.ID FETCH NEXT " + CHUNK + " ROWS ONLY");
            if (orgs.isEmpty()) {
                return;
            }
            compute(c, orgs, q.from(), q.to(), today).forEach(sink);
            after = orgs.get(orgs.size() - 1).id();
        }
    }

    LifeConfig config() {
        return config;
    }

    @Override
    public void exportCsv(Actor actor, ComplianceQuery query, OutputStream out) {
        StringBuilder text = new StringBuilder("\uFEFF");
        CsvCells.record(text, HEADER);
        rows(actor, query, row -> CsvCells.record(text, row));
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void exportXlsx(Actor actor, ComplianceQuery query, OutputStream out) {
        // the rows are computed first, so that a refusal or a failed read leaves no half-written workbook
        List<List<?>> rows = new ArrayList<>();
        rows(actor, query, rows::add);
        SheetFiles.xlsx("组织生活合规", HEADER, rows::forEach, out);
    }

    /** The export's rows, one per organisation in reach and kind of meeting due: ids and counts as numbers. */
    private void rows(Actor actor, ComplianceQuery query, Consumer<List<?>> sink) {
        Scope scope = LifeScope.reader(actor);
        ComplianceQuery q = checked(query);
        LocalDate today = Db.today();
        db.tx(c -> {
            each(c, scope, q, today, oc -> {
                if (q.missingOnly() && oc.missing() == 0) {
                    return;
                }
                for (Obligation o : oc.obligations()) {
                    sink.accept(List.of(oc.organisationId(), oc.organisationName(), Labels.of(oc.organisationType()),
                            Labels.of(o.type()), Labels.of(o.frequency()), o.due(), o.held(), o.missing(),
                            o.missingPeriods().stream().map(JdbcComplianceService::period).collect(Collectors.joining("; ")), oc.ruleSetVersion()));
                }
            });
            return null;
        });
    }

    /** A period as people read it: 2026-11 for a month, 2026-Q3 for a quarter, 2026 for a year. */
    static String period(Period p) {
        if (p.from().getMonthValue() == 1 && p.to().getMonthValue() == 12) {
            return String.valueOf(p.from().getYear());
        }
        if (p.from().getMonth() == p.to().getMonth()) {
            return p.from().toString().substring(0, 7);
        }
        return p.from().getYear() + "-Q" + ((p.from().getMonthValue() - 1) / 3 + 1);
    }

    @Override
    public Page<MemberAttendance> attendance(Actor actor, AttendanceQuery query) {
        Scope scope = LifeScope.reader(actor);
        List<FieldError> errors = new ArrayList<>();
        if (query == null) {
            throw new ValidationException(new FieldError("query", "REQUIRED", "from and to are required"));
        }
        paging(errors, query.offset(), query.limit());
        required(errors, query.from(), query.to());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int absenceMonths = config.rules().at(query.to()).absenceMonths();
        return db.tx(c -> {
            String where = " WHERE M.MEMBER_STATUS IN ('ACTIVE', 'IN_TRANSFER') AND " + LifeScope.condition(scope, "M.ORGANISATION_ID");
            if (query.organisationId() != null) {
                LifeScope.visibleOrganisation(c, scope, query.organisationId());
                where += " AND M.ORGANISATION_ID = " + query.organisationId();
            }
            record Person(long id, String name, long organisationId) {
            }
            String select = "SELECT M.ID, M.NAME, M.ORGANISATION_ID FROM MEMBER M" + where + " ORDER BY M.NAME, M.ID";
            if (!query.candidatesOnly()) {
                long total = Db.count(c, "SELECT COUNT(*) FROM MEMBER M" + where);
                List<Person> people = Db.list(c, select + " OFFSET " + query.offset() + " ROWS FETCH NEXT " + query.limit() + " ROWS ONLY",
                        rs -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                Map<Long, List<Attendances.Listing>> listings = listings(c, people.stream().map(Person::id).toList(), query.to());
                return new Page<>(people.stream().map(p -> Attendances.of(p.id(), p.name(), p.organisationId(),
                        listings.getOrDefault(p.id(), List.of()), query.from(), query.to(), absenceMonths)).toList(), total, query.offset(), query.limit());
            }
            List<Person> people = Db.list(c, select, rs -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            List<MemberAttendance> candidates = new ArrayList<>();
            for (int from = 0; from < people.size(); from += CHUNK) {
                List<Person> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
                Map<Long, List<Attendances.Listing>> listings = listings(c, chunk.stream().map(Person::id).toList(), query.to());
                for (Person p : chunk) {
                    MemberAttendance a = Attendances.of(p.id(), p.name(), p.organisationId(), listings.getOrDefault(p.id(), List.of()),
                            query.from(), query.to(), absenceMonths);
                    if (a.unqualifiedCandidate()) {
                        candidates.add(a);
                    }
                }
            }
            List<MemberAttendance> page = candidates.subList(Math.min(query.offset(), candidates.size()),
                    Math.min(candidates.size(), query.offset() + query.limit()));
            return new Page<>(page, candidates.size(), query.offset(), query.limit());
        });
    }

    /** Every meeting listing each member up to {@code to}, oldest first. */
    static Map<Long, List<Attendances.Listing>> listings(Connection c, List<Long> members, LocalDate to) throws SQLException {
        Map<Long, List<Attendances.Listing>> out = new HashMap<>();
        if (members.isEmpty()) {
            return out;
        }
        Db.list(c, "SELECT A.MEMBER_ID, M.HELD_ON, A.PRESENT, A.ABSENCE_REASON FROM LIFE_ATTENDANCE A JOIN LIFE_MEETING M ON M.ID = A.MEETING_ID"
                + " WHERE A.MEMBER_ID IN (" + ids(members) + ") AND M.HELD_ON <= ? ORDER BY M.HELD_ON, M.ID", rs -> out
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new Attendances.Listing(Db.date(rs, "HELD_ON"), rs.getInt(3) == 1, rs.getString(4))), to);
        return out;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The condition on PORG_ORGANISATION O of the query's reach: active, in scope, one organisation or one society's. */
    private static String where(Connection c, Scope scope, ComplianceQuery q) throws SQLException {
        String where = " WHERE O.ORG_STATUS = 'ACTIVE' AND " + LifeScope.condition(scope, "O.ID");
        if (q.organisationId() != null) {
            LifeScope.visibleOrganisation(c, scope, q.organisationId());
            where += " AND O.ID = " + q.organisationId();
        }
        if (q.societyId() != null) {
            LifeScope.visibleSociety(c, scope, q.societyId());
            where += " AND O.ID IN (SELECT ORGANISATION_ID FROM PORG_ORGANISATION_SOCIETY WHERE TO_DATE IS NULL AND SOCIETY_ID = " + q.societyId() + ")";
        }
        return where;
    }

    private static List<Compliance.Organisation> organisations(Connection c, String whereAndOrder) throws SQLException {
        List<Compliance.Organisation> orgs = Db.list(c, "SELECT O.ID, O.NAME, O.ORG_TYPE, O.FORMAL_MEMBERS, O.ESTABLISHED_ON FROM PORG_ORGANISATION O"
                + whereAndOrder, rs -> new Compliance.Organisation(rs.getLong(1), rs.getString(2), OrganisationType.valueOf(rs.getString(3)),
                List.of(), rs.getInt(4), Db.date(rs, "ESTABLISHED_ON")));
        if (orgs.isEmpty()) {
            return orgs;
        }
        Map<Long, List<Long>> societies = new HashMap<>();
        Db.list(c, "SELECT ORGANISATION_ID, SOCIETY_ID FROM PORG_ORGANISATION_SOCIETY WHERE TO_DATE IS NULL AND ORGANISATION_ID IN ("
                + ids(orgs.stream().map(Compliance.Organisation::id).toList()) + ") ORDER BY SOCIETY_ID", rs -> societies
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        return orgs.stream().map(o -> new Compliance.Organisation(o.id(), o.name(), o.type(), societies.getOrDefault(o.id(), List.of()),
                o.formalMembers(), o.establishedOn())).toList();
    }

    private List<OrganisationCompliance> compute(Connection c, List<Compliance.Organisation> orgs, LocalDate from, LocalDate to,
                                                 LocalDate today) throws SQLException {
        if (orgs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Compliance.Held>> held = new HashMap<>();
        // a yearly period ending in the range starts on the first day of from's year at the earliest
        Db.list(c, "SELECT ORGANISATION_ID, MEETING_TYPE, HELD_ON FROM LIFE_MEETING WHERE ORGANISATION_ID IN ("
                + ids(orgs.stream().map(Compliance.Organisation::id).toList()) + ") AND HELD_ON >= ? AND HELD_ON <= ?", rs -> held
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new Compliance.Held(MeetingType.valueOf(rs.getString(2)), Db.date(rs, "HELD_ON"))), from.withDayOfYear(1), to);
        LifeRuleSets rules = config.rules();
        return orgs.stream().map(o -> Compliance.of(o, held.getOrDefault(o.id(), List.of()), rules, from, to, today)).toList();
    }

    private static ComplianceQuery checked(ComplianceQuery q) {
        if (q == null) {
            throw new ValidationException(new FieldError("query", "REQUIRED", "from and to are required"));
        }
        List<FieldError> errors = new ArrayList<>();
        paging(errors, q.offset(), q.limit());
        required(errors, q.from(), q.to());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return q;
    }

    private static void paging(List<FieldError> errors, int offset, int limit) {
        if (offset < 0) {
            errors.add(new FieldError("offset", "INVALID", "offset must be 0 or more"));
        }
        if (limit < 1 || limit > ComplianceQuery.MAX_LIMIT) {
            errors.add(new FieldError("limit", "INVALID", "limit must be from 1 to " + ComplianceQuery.MAX_LIMIT));
        }
    }

    private static void required(List<FieldError> errors, LocalDate from, LocalDate to) {
        if (from == null) {
            errors.add(new FieldError("from", "REQUIRED", "from is required"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "REQUIRED", "to is required"));
        }
        JdbcMeetingService.range(errors, from, to);
    }
}
