package org.castpb.life.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.AuditTexts;
import org.castpb.api.FieldError;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.castpb.api.life.Absence;
import org.castpb.api.life.Attendance;
import org.castpb.api.life.Meeting;
import org.castpb.api.life.MeetingDraft;
import org.castpb.api.life.MeetingLoader;
import org.castpb.api.life.MeetingQuery;
import org.castpb.api.life.MeetingService;
import org.castpb.api.life.MeetingType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/** {@link MeetingService} over JDBC: each call one transaction, every read and write confined by {@link LifeScope}. */
@Component(service = {MeetingService.class, MeetingLoader.class})
public class JdbcMeetingService implements MeetingService, MeetingLoader {

    private static final String COLUMNS = "M.ID, M.ORGANISATION_ID, O.NAME AS ORG_NAME, M.MEETING_TYPE, M.HELD_ON, M.TOPIC, M.MINUTES,"
            + " M.PARTICIPANTS, M.RECORDED_ON, M.RECORDED_LATE, M.VERSION, M.UPDATED_AT, M.UPDATED_BY";
    private static final String FROM = " FROM LIFE_MEETING M JOIN PORG_ORGANISATION O ON O.ID = M.ORGANISATION_ID";

    private final Db db;
    private final LifeConfig config;

    @Activate
    public JdbcMeetingService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                              @Reference(target = "(osgi.condition.id=castpb.schema.life)") Condition schemaIsReady, @Reference LifeConfig config) {
        this.db = new Db(dataSource);
        this.config = config;
    }

    @Override
    public Meeting record(Actor actor, MeetingDraft draft) {
        LifeScope.mayKeep(actor, "record meetings");
        LocalDate today = Db.today();
        MeetingDraft d = MeetingRules.validate(draft, today);
        return db.tx(c -> read(c, Scope.ALL, insert(c, actor, d, today)));
    }

    @Override
    public int recordAll(Actor actor, List<MeetingDraft> drafts) {
        LocalDate today = Db.today();
        return loadAll(actor, drafts == null ? null : drafts.stream().map(d -> new RecordedMeeting(d, today)).toList());
    }

    @Override
    public int loadAll(Actor actor, List<RecordedMeeting> meetings) {
        LifeScope.mayKeep(actor, "record meetings");
        LocalDate today = Db.today();
        List<RecordedMeeting> valid = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < (meetings == null ? 0 : meetings.size()); i++) {
            String at = "meetings[" + i + "].";
            try {
                RecordedMeeting m = meetings.get(i);
                MeetingDraft d = MeetingRules.validate(m == null ? null : m.draft(), today);
                LocalDate recordedOn = m.recordedOn();
                if (recordedOn == null || recordedOn.isBefore(d.heldOn()) || recordedOn.isAfter(today)) {
                    errors.add(new FieldError(at + "recordedOn", recordedOn == null ? "REQUIRED" : "RECORDED_OUTSIDE_RANGE",
                            "a meeting is recorded on or after the day it was held (" + d.heldOn() + ") and not after today (" + today + ")"));
                }
                valid.add(new RecordedMeeting(d, recordedOn));
            } catch (ValidationException e) {
                e.errors().forEach(f -> errors.add(new FieldError(at + f.field(), f.code(), f.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return db.tx(c -> {
            for (int i = 0; i < valid.size(); i++) {
                try {
                    insert(c, actor, valid.get(i).draft(), valid.get(i).recordedOn());
                } catch (ValidationException e) {
                    String at = "meetings[" + i + "].";
                    throw new ValidationException(e.errors().stream().map(f -> new FieldError(at + f.field(), f.code(), f.message())).toList());
                }
            }
            return valid.size();
        });
    }

    /** Writes a valid meeting recorded on {@code recordedOn} with its attendance and history inside the caller's transaction; returns its id. */
    private long insert(Connection c, Actor actor, MeetingDraft d, LocalDate recordedOn) throws SQLException {
        LifeScope.requireWritable(c, actor, d.organisationId(), "record meetings of party organisation " + d.organisationId());
        requireOnRoll(c, d);
        boolean late = ChronoUnit.DAYS.between(d.heldOn(), recordedOn) > config.lateAfterDays();
        var now = Db.now();
        long id = Db.insert(c, "INSERT INTO LIFE_MEETING (ORGANISATION_ID, MEETING_TYPE, HELD_ON, TOPIC, MINUTES, PARTICIPANTS,"
                        + " RECORDED_ON, RECORDED_LATE, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)", d.organisationId(), d.type(), d.heldOn(), d.topic(),
                d.minutes(), d.attendees().size(), recordedOn, late, now, actor.name(), now, actor.name());
        writeAttendance(c, id, d);
        history(c, id, 1, now, actor.name(), "CREATE", null, d);
        return id;
    }

    @Override
    public Meeting update(Actor actor, long id, long expectedVersion, MeetingDraft draft) {
        LifeScope.mayKeep(actor, "change meetings");
        LocalDate today = Db.today();
        return db.tx(c -> {
            Meeting was = read(c, LifeScope.reader(actor), id);
            LifeScope.requireWritable(c, actor, was.organisationId(), "change meeting " + id);
            MeetingDraft d = MeetingRules.validate(draft, today);
            if (d.organisationId() != was.organisationId()) {
                throw new ValidationException(new FieldError("organisationId", "ORGANISATION_FIXED", "meeting " + id + " was held by party organisation "
                        + was.organisationId() + "; record a new meeting for another organisation"));
            }
            if (was.version() != expectedVersion) {
                throw new StaleVersionException(expectedVersion, was.version());
            }
            requireOnRoll(c, d);
            var now = Db.now();
            int changed = Db.update(c, "UPDATE LIFE_MEETING SET MEETING_TYPE = ?, HELD_ON = ?, TOPIC = ?, MINUTES = ?, PARTICIPANTS = ?,"
                            + " VERSION = VERSION + 1, UPDATED_AT = ?, UPDATED_BY = ? WHERE ID = ? AND VERSION = ?", d.type(), d.heldOn(),
                    d.topic(), d.minutes(), d.attendees().size(), now, actor.name(), id, expectedVersion);
            if (changed != 1) {
                throw StaleVersionException.concurrentChange();
            }
            Db.update(c, "DELETE FROM LIFE_ATTENDANCE WHERE MEETING_ID = ?", id);
            writeAttendance(c, id, d);
            history(c, id, expectedVersion + 1, now, actor.name(), "UPDATE", draft(was), d);
            return read(c, Scope.ALL, id);
        });
    }

    @Override
    public Meeting get(Actor actor, long id) {
        Scope scope = LifeScope.reader(actor);
        return db.tx(c -> read(c, scope, id));
    }

    @Override
    public Page<Meeting> list(Actor actor, MeetingQuery query) {
        Scope scope = LifeScope.reader(actor);
        MeetingQuery q = query == null ? MeetingQuery.all() : query;
        List<FieldError> errors = new ArrayList<>();
        if (q.offset() < 0) {
            errors.add(new FieldError("offset", "INVALID", "offset must be 0 or more"));
        }
        if (q.limit() < 1 || q.limit() > MeetingQuery.MAX_LIMIT) {
            errors.add(new FieldError("limit", "INVALID", "limit must be from 1 to " + MeetingQuery.MAX_LIMIT));
        }
        range(errors, q.from(), q.to());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return db.tx(c -> {
            List<Object> parameters = new ArrayList<>();
            StringBuilder where = new StringBuilder(" WHERE ").append(LifeScope.condition(scope, "M.ORGANISATION_ID"));
            if (q.organisationId() != null) {
                where.append(" AND M.ORGANISATION_ID = ?");
                parameters.add(q.organisationId());
            }
            if (q.societyId() != null) {
                where.append(" AND M.ORGANISATION_ID IN (SELECT ORGANISATION_ID FROM PORG_ORGANISATION_SOCIETY WHERE SOCIETY_ID = ? AND TO_DATE IS NULL)");
                parameters.add(q.societyId());
            }
            if (q.type() != null) {
                where.append(" AND M.MEETING_TYPE = ?");
                parameters.add(q.type());
            }
            if (q.from() != null) {
                where.append(" AND M.HELD_ON >= ?");
                parameters.add(q.from());
            }
            if (q.to() != null) {
                where.append(" AND M.HELD_ON <= ?");
                parameters.add(q.to());
            }
            long total = Db.count(c, "SELECT COUNT(*) FROM LIFE_MEETING M" + where, parameters.toArray());
            List<Meeting> rows = withAttendance(c, Db.list(c, "SELECT " + COLUMNS + FROM + where + " ORDER BY M.HELD_ON DESC, M.ID DESC OFFSET "
                    + q.offset() + " ROWS FETCH NEXT " + q.limit() + " ROWS ONLY", JdbcMeetingService::row, parameters.toArray()));
            return new Page<>(rows, total, q.offset(), q.limit());
        });
    }

    @Override
    public List<Meeting> meetings(Actor actor, long organisationId, LocalDate from, LocalDate to) {
        Scope scope = LifeScope.reader(actor);
        checkRange(from, to);
        return db.tx(c -> {
            LifeScope.visibleOrganisation(c, scope, organisationId);
            return withAttendance(c, Db.list(c, "SELECT " + COLUMNS + FROM + " WHERE M.ORGANISATION_ID = ? AND M.HELD_ON >= ? AND M.HELD_ON <= ?"
                    + " ORDER BY M.HELD_ON, M.ID", JdbcMeetingService::row, organisationId, from, to));
        });
    }

    @Override
    public List<Meeting> societyMeetings(Actor actor, long societyId, LocalDate from, LocalDate to) {
        Scope scope = LifeScope.reader(actor);
        checkRange(from, to);
        return db.tx(c -> {
            LifeScope.visibleSociety(c, scope, societyId);
            return withAttendance(c, Db.list(c, "SELECT " + COLUMNS + FROM + " WHERE M.ORGANISATION_ID IN (SELECT ORGANISATION_ID FROM"
                    + " PORG_ORGANISATION_SOCIETY WHERE SOCIETY_ID = ? AND TO_DATE IS NULL) AND M.HELD_ON >= ? AND M.HELD_ON <= ?"
                    + " ORDER BY M.HELD_ON, M.ID", JdbcMeetingService::row, societyId, from, to));
        });
    }

    @Override
    public List<AuditEntry> history(Actor actor, long id) {
        Scope scope = LifeScope.reader(actor);
        return db.tx(c -> {
            read(c, scope, id);
            return Db.list(c, "SELECT CHANGED_AT, CHANGED_BY, CHANGE_KIND, BEFORE_STATE, AFTER_STATE FROM LIFE_MEETING_HISTORY"
                            + " WHERE MEETING_ID = ? ORDER BY REVISION, ID", rs -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)), id);
        });
    }

    static void checkRange(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "REQUIRED", "from is required"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "REQUIRED", "to is required"));
        }
        range(errors, from, to);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static void range(List<FieldError> errors, LocalDate from, LocalDate to) {
        org.castpb.api.Dates.check(errors, "from", from);
        org.castpb.api.Dates.check(errors, "to", to);
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError("to", "INVALID_RANGE", "to (" + to + ") must not lie before from (" + from + ")"));
        }
    }

    /**
     * Refuses attendees and absentees not on the organisation's roll, as member or participant: a member who has since
     * left the roll counts if they left on or after the meeting's day.
     */
    private static void requireOnRoll(Connection c, MeetingDraft d) throws SQLException {
        List<Long> ids = new ArrayList<>(d.attendees());
        d.absentees().forEach(a -> ids.add(a.memberId()));
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Boolean> fits = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            Db.list(c, "SELECT ID, ORGANISATION_ID, MEMBER_STATUS, STATUS_SINCE FROM MEMBER WHERE ID IN ("
                    + chunk.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")", rs -> {
                boolean onRoll = "ACTIVE".equals(rs.getString(3)) || "IN_TRANSFER".equals(rs.getString(3));
                fits.put(rs.getLong(1), rs.getLong(2) == d.organisationId() && (onRoll || !Db.date(rs, "STATUS_SINCE").isBefore(d.heldOn())));
                return null;
            });
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < d.attendees().size(); i++) {
            notOnRoll(errors, "attendees[" + i + "]", d.attendees().get(i), fits, d);
        }
        for (int i = 0; i < d.absentees().size(); i++) {
            notOnRoll(errors, "absentees[" + i + "].memberId", d.absentees().get(i).memberId(), fits, d);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void notOnRoll(List<FieldError> errors, String field, long memberId, Map<Long, Boolean> fits, MeetingDraft d) {
        if (!fits.getOrDefault(memberId, false)) {
            errors.add(new FieldError(field, NOT_A_MEMBER, "member " + memberId + " is not a member or participant on the roll of party organisation "
                    + d.organisationId() + " on " + d.heldOn()));
        }
    }

    private static void writeAttendance(Connection c, long id, MeetingDraft d) throws SQLException {
        try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO LIFE_ATTENDANCE (MEETING_ID, MEMBER_ID, PRESENT, ABSENCE_REASON)"
                + " VALUES (?, ?, ?, ?)")) {
            for (Long member : d.attendees()) {
                s.setLong(1, id);
                s.setLong(2, member);
                s.setShort(3, (short) 1);
                s.setNull(4, java.sql.Types.VARCHAR);
                s.addBatch();
            }
            for (Absence a : d.absentees()) {
                s.setLong(1, id);
                s.setLong(2, a.memberId());
                s.setShort(3, (short) 0);
                s.setString(4, a.reason());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void history(Connection c, long id, long revision, java.time.Instant at, String by, String kind, MeetingDraft before,
                                MeetingDraft after) throws SQLException {
        String[] diff = before == null ? new String[] {null, AuditTexts.text(MeetingRules.flatten(after))}
                : AuditTexts.diff(MeetingRules.flatten(before), MeetingRules.flatten(after));
        Db.update(c, "INSERT INTO LIFE_MEETING_HISTORY (MEETING_ID, REVISION, CHANGED_AT, CHANGED_BY, CHANGE_KIND, BEFORE_STATE, AFTER_STATE)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, revision, at, by, kind, clip(diff[0]), clip(diff[1]));
    }

    private static String clip(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
    }

    static MeetingDraft draft(Meeting m) {
        return new MeetingDraft(m.type(), m.organisationId(), m.heldOn(), m.topic(),
                m.attendance().stream().filter(Attendance::present).map(Attendance::memberId).toList(),
                m.attendance().stream().filter(a -> !a.present()).map(a -> new Absence(a.memberId(), a.absenceReason())).toList(), m.minutes());
    }

    /** The meeting if it exists and its organisation is in scope; otherwise not found. */
    private static Meeting read(Connection c, Scope scope, long id) throws SQLException {
        List<Meeting> found = withAttendance(c, Db.list(c, "SELECT " + COLUMNS + FROM + " WHERE M.ID = ? AND "
                + LifeScope.condition(scope, "M.ORGANISATION_ID"), JdbcMeetingService::row, id));
        if (found.isEmpty()) {
            throw new NotFoundException("meeting", id);
        }
        return found.get(0);
    }

    private static Meeting row(ResultSet rs) throws SQLException {
        return new Meeting(rs.getLong("ID"), MeetingType.valueOf(rs.getString("MEETING_TYPE")), rs.getLong("ORGANISATION_ID"),
                rs.getString("ORG_NAME"), Db.date(rs, "HELD_ON"), rs.getString("TOPIC"), List.of(), rs.getInt("PARTICIPANTS"),
                rs.getString("MINUTES"), Db.date(rs, "RECORDED_ON"), rs.getInt("RECORDED_LATE") == 1, rs.getLong("VERSION"),
                rs.getTimestamp("UPDATED_AT").toInstant(), rs.getString("UPDATED_BY"));
    }

    /** The meetings with everyone they list, present first, then by name. */
    static List<Meeting> withAttendance(Connection c, List<Meeting> meetings) throws SQLException {
        if (meetings.isEmpty()) {
            return meetings;
        }
        Map<Long, List<Attendance>> byMeeting = new HashMap<>();
        for (int from = 0; from < meetings.size(); from += 500) {
            String ids = meetings.subList(from, Math.min(meetings.size(), from + 500)).stream().map(m -> String.valueOf(m.id()))
                    .collect(Collectors.joining(","));
            Db.list(c, "SELECT A.MEETING_ID, A.MEMBER_ID, MB.NAME, A.PRESENT, A.ABSENCE_REASON FROM LIFE_ATTENDANCE A"
                    + " LEFT JOIN MEMBER MB ON MB.ID = A.MEMBER_ID WHERE A.MEETING_ID IN (" + ids + ")", rs -> byMeeting
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Attendance(rs.getLong(2), rs.getString(3), rs.getInt(4) == 1, rs.getString(5))));
        }
        Comparator<Attendance> order = Comparator.comparing((Attendance a) -> !a.present())
                .thenComparing(a -> a.memberName() == null ? "" : a.memberName()).thenComparingLong(Attendance::memberId);
        return meetings.stream().map(m -> new Meeting(m.id(), m.type(), m.organisationId(), m.organisationName(), m.heldOn(), m.topic(),
                byMeeting.getOrDefault(m.id(), List.of()).stream().sorted(order).toList(), m.participants(), m.minutes(), m.recordedOn(),
                m.recordedLate(), m.version(), m.updatedAt(), m.updatedBy())).toList();
    }
}
