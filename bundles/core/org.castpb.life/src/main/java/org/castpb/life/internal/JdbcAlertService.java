package org.castpb.life.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.ValidationException;
import org.castpb.api.life.Alert;
import org.castpb.api.life.AlertKind;
import org.castpb.api.life.AlertQuery;
import org.castpb.api.life.AlertRun;
import org.castpb.api.life.AlertService;
import org.castpb.api.life.AlertStatus;
import org.castpb.api.life.ComplianceQuery;
import org.castpb.api.life.LifeEvents;
import org.castpb.api.life.MeetingType;
import org.castpb.api.life.MemberAttendance;
import org.castpb.api.life.Obligation;
import org.castpb.api.life.Period;
import org.castpb.api.text.Labels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AlertService} over JDBC. A run opens each alert once (its key is unique), closes those set right, and posts
 * an event for each alert it opened once its transaction is committed; without an EventAdmin the alerts are still
 * listed.
 */
@Component(service = AlertService.class)
public class JdbcAlertService implements AlertService {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAlertService.class);

    private final Db db;
    private final JdbcComplianceService compliance;
    private volatile EventAdmin events;

    @Activate
    public JdbcAlertService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                            @Reference JdbcComplianceService compliance) {
        this.db = new Db(dataSource);
        this.compliance = compliance;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindEvents(EventAdmin eventAdmin) {
        this.events = eventAdmin;
    }

    void unbindEvents(EventAdmin eventAdmin) {
        if (this.events == eventAdmin) {
            this.events = null;
        }
    }

    @Override
    public Page<Alert> list(Actor actor, AlertQuery query) {
        Scope scope = LifeScope.reader(actor);
        AlertQuery q = query == null ? AlertQuery.open() : query;
        if (q.offset() < 0 || q.limit() < 1 || q.limit() > ComplianceQuery.MAX_LIMIT) {
            throw new ValidationException(new FieldError("limit", "INVALID", "offset must be 0 or more and limit from 1 to " + ComplianceQuery.MAX_LIMIT));
        }
        return db.tx(c -> {
            List<Object> parameters = new ArrayList<>();
            StringBuilder where = new StringBuilder(" WHERE ").append(LifeScope.condition(scope, "A.ORGANISATION_ID"));
            if (q.organisationId() != null) {
                LifeScope.visibleOrganisation(c, scope, q.organisationId());
                where.append(" AND A.ORGANISATION_ID = ?");
                parameters.add(q.organisationId());
            }
            if (q.kind() != null) {
                where.append(" AND A.KIND = ?");
                parameters.add(q.kind());
            }
            if (q.status() != null) {
                where.append(" AND A.STATUS = ?");
                parameters.add(q.status());
            }
            long total = Db.count(c, "SELECT COUNT(*) FROM LIFE_ALERT A" + where, parameters.toArray());
            List<Alert> rows = Db.list(c, "SELECT A.*, O.NAME AS ORG_NAME, MB.NAME AS MEMBER_NAME FROM LIFE_ALERT A"
                    + " LEFT JOIN PORG_ORGANISATION O ON O.ID = A.ORGANISATION_ID LEFT JOIN MEMBER MB ON MB.ID = A.MEMBER_ID" + where
                    + " ORDER BY A.OPENED_ON DESC, A.ID DESC OFFSET " + q.offset() + " ROWS FETCH NEXT " + q.limit() + " ROWS ONLY",
                    JdbcAlertService::row, parameters.toArray());
            return new Page<>(rows, total, q.offset(), q.limit());
        });
    }

    @Override
    public AlertRun run(Actor actor, LocalDate asOf) {
        if (actor == null || !actor.hasAnyRole(Actor.NATIONAL)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name())
                    + " may not run the organisational-life alerts (national administrators only)");
        }
        LocalDate day = asOf == null ? Db.today() : org.castpb.api.Dates.require("asOf", asOf);
        LifeConfig config = compliance.config();
        LocalDate from = day.minusMonths(config.alertLookbackMonths()).withDayOfMonth(1);
        List<Alert> opened = new ArrayList<>();
        Map<Long, List<Long>> societies = new HashMap<>();
        int[] closed = new int[1];
        long open = db.tx(c -> {
            compliance.each(c, Scope.ALL, new ComplianceQuery(null, null, from, day, true, 0, 1), day, oc -> {
                societies.put(oc.organisationId(), oc.societyIds());
                for (Obligation o : oc.obligations()) {
                    for (Period p : o.missingPeriods()) {
                        String message = Labels.of(o.type()) + " " + JdbcComplianceService.period(p) + " 未召开 / " + Labels.of(o.type(), java.util.Locale.ENGLISH)
                                + " not held in " + JdbcComplianceService.period(p) + ": " + oc.organisationName();
                        Alert a = new Alert(0, AlertKind.MEETING_OVERDUE, oc.organisationId(), oc.organisationName(), o.type(), p, null, null,
                                oc.ruleSetVersion(), message, day, AlertStatus.OPEN, null);
                        opened.add(a);
                    }
                }
            });
            List<Alert> fresh = new ArrayList<>();
            for (Alert a : opened) {
                insert(c, "M:" + a.organisationId() + ":" + a.meetingType() + ":" + a.period().from(), a).ifPresent(fresh::add);
            }
            closed[0] = Db.update(c, "UPDATE LIFE_ALERT SET STATUS = 'CLOSED', CLOSED_ON = ? WHERE STATUS = 'OPEN' AND KIND = 'MEETING_OVERDUE'"
                    + " AND EXISTS (SELECT 1 FROM LIFE_MEETING M WHERE M.ORGANISATION_ID = LIFE_ALERT.ORGANISATION_ID AND M.MEETING_TYPE ="
                    + " LIFE_ALERT.MEETING_TYPE AND M.HELD_ON >= LIFE_ALERT.PERIOD_FROM AND M.HELD_ON <= LIFE_ALERT.PERIOD_TO)", day);
            fresh.addAll(candidates(c, day, config, closed));
            opened.clear();
            opened.addAll(fresh);
            return Db.count(c, "SELECT COUNT(*) FROM LIFE_ALERT WHERE STATUS = 'OPEN'");
        });
        opened.forEach(a -> post(a, societies.get(a.organisationId())));
        LOG.info("castpb organisational-life alerts as of {}: {} opened, {} closed, {} open", day, opened.size(), closed[0], open);
        return new AlertRun(day, opened.size(), closed[0], (int) open);
    }

    /** Opens an alert for every member now a candidate for an unqualified-member case, and closes those no longer one. */
    private static List<Alert> candidates(Connection c, LocalDate day, LifeConfig config, int[] closed) throws SQLException {
        int months = config.rules().at(day).absenceMonths();
        String version = config.rules().at(day).version();
        record Person(long id, String name, long organisationId, String organisationName) {
        }
        List<Person> people = Db.list(c, "SELECT M.ID, M.NAME, M.ORGANISATION_ID, O.NAME FROM MEMBER M JOIN PORG_ORGANISATION O ON O.ID = M.ORGANISATION_ID"
                + " WHERE M.MEMBER_STATUS IN ('ACTIVE', 'IN_TRANSFER') AND EXISTS (SELECT 1 FROM LIFE_ATTENDANCE A WHERE A.MEMBER_ID = M.ID AND A.PRESENT = 0)"
                + " ORDER BY M.ID", rs -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
        List<Alert> fresh = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (int from = 0; from < people.size(); from += JdbcComplianceService.CHUNK) {
            List<Person> chunk = people.subList(from, Math.min(people.size(), from + JdbcComplianceService.CHUNK));
            Map<Long, List<Attendances.Listing>> listings = JdbcComplianceService.listings(c, chunk.stream().map(Person::id).toList(), day);
            for (Person p : chunk) {
                MemberAttendance a = Attendances.of(p.id(), p.name(), p.organisationId(), listings.getOrDefault(p.id(), List.of()), day, day, months);
                if (!a.unqualifiedCandidate()) {
                    continue;
                }
                String key = "U:" + p.id() + ":" + a.absentSince();
                current.add(key);
                String message = p.name() + " 自 " + a.absentSince() + " 起连续 " + a.consecutiveAbsences() + " 次无故缺席组织生活 / " + p.name()
                        + " absent without reason from " + a.consecutiveAbsences() + " meetings since " + a.absentSince() + " (" + p.organisationName() + ")";
                insert(c, key, new Alert(0, AlertKind.UNQUALIFIED_CANDIDATE, p.organisationId(), p.organisationName(), null, null, p.id(), p.name(),
                        version, message, day, AlertStatus.OPEN, null)).ifPresent(fresh::add);
            }
        }
        for (String key : Db.list(c, "SELECT ALERT_KEY FROM LIFE_ALERT WHERE STATUS = 'OPEN' AND KIND = 'UNQUALIFIED_CANDIDATE'", rs -> rs.getString(1))) {
            if (!current.contains(key)) {
                closed[0] += Db.update(c, "UPDATE LIFE_ALERT SET STATUS = 'CLOSED', CLOSED_ON = ? WHERE ALERT_KEY = ?", day, key);
            }
        }
        return fresh;
    }

    /** Inserts the alert unless one with its key exists; the inserted alert with its id. */
    private static java.util.Optional<Alert> insert(Connection c, String key, Alert a) throws SQLException {
        if (Db.count(c, "SELECT COUNT(*) FROM LIFE_ALERT WHERE ALERT_KEY = ?", key) > 0) {
            return java.util.Optional.empty();
        }
        long id = Db.insert(c, "INSERT INTO LIFE_ALERT (ALERT_KEY, KIND, ORGANISATION_ID, MEETING_TYPE, PERIOD_FROM, PERIOD_TO, MEMBER_ID, RULE_SET,"
                        + " MESSAGE, OPENED_ON, STATUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')", key, a.kind(), a.organisationId(), a.meetingType(),
                a.period() == null ? null : a.period().from(), a.period() == null ? null : a.period().to(), a.memberId(), a.ruleSetVersion(),
                a.message().length() > 1000 ? a.message().substring(0, 1000) : a.message(), a.openedOn());
        return java.util.Optional.of(new Alert(id, a.kind(), a.organisationId(), a.organisationName(), a.meetingType(), a.period(), a.memberId(),
                a.memberName(), a.ruleSetVersion(), a.message(), a.openedOn(), a.status(), null));
    }

    private void post(Alert a, List<Long> societyIds) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        Map<String, Object> p = new HashMap<>();
        p.put(LifeEvents.ALERT_ID, a.id());
        p.put(LifeEvents.KIND, a.kind().name());
        p.put(LifeEvents.ORGANISATION_ID, a.organisationId());
        p.put(LifeEvents.ORGANISATION_NAME, a.organisationName());
        p.put(LifeEvents.SOCIETY_IDS, (societyIds == null ? List.<Long>of() : societyIds).stream().mapToLong(Long::longValue).toArray());
        if (a.meetingType() != null) {
            p.put(LifeEvents.MEETING_TYPE, a.meetingType().name());
            p.put(LifeEvents.PERIOD_FROM, a.period().from().toString());
            p.put(LifeEvents.PERIOD_TO, a.period().to().toString());
        }
        if (a.memberId() != null) {
            p.put(LifeEvents.MEMBER_ID, a.memberId());
        }
        p.put(LifeEvents.MESSAGE, a.message());
        p.put(LifeEvents.OPENED_ON, a.openedOn().toString());
        admin.postEvent(new Event(LifeEvents.ALERT_TOPIC, p));
    }

    private static Alert row(ResultSet rs) throws SQLException {
        String type = rs.getString("MEETING_TYPE");
        LocalDate from = Db.date(rs, "PERIOD_FROM");
        long member = rs.getLong("MEMBER_ID");
        Long memberId = rs.wasNull() ? null : member;
        return new Alert(rs.getLong("ID"), AlertKind.valueOf(rs.getString("KIND")), rs.getLong("ORGANISATION_ID"), rs.getString("ORG_NAME"),
                type == null ? null : MeetingType.valueOf(type), from == null ? null : new Period(from, Db.date(rs, "PERIOD_TO")), memberId,
                rs.getString("MEMBER_NAME"), rs.getString("RULE_SET"), rs.getString("MESSAGE"), Db.date(rs, "OPENED_ON"),
                AlertStatus.valueOf(rs.getString("STATUS")), Db.date(rs, "CLOSED_ON"));
    }
}
