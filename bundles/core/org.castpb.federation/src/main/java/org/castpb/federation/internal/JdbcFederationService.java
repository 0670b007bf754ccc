package org.castpb.federation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.LedgerService;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.Scope;
import org.castpb.api.SocietyService;
import org.castpb.api.ValidationException;
import org.castpb.api.coverage.CoverageFigures;
import org.castpb.api.coverage.CoverageService;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.federation.ChildInstance;
import org.castpb.api.federation.ChildRegistration;
import org.castpb.api.federation.FederationOverview;
import org.castpb.api.federation.FederationService;
import org.castpb.api.federation.InstanceIdentity;
import org.castpb.api.federation.InstanceLevel;
import org.castpb.api.federation.OutboxEntry;
import org.castpb.api.federation.OutboxState;
import org.castpb.api.jobs.JobRuns;
import org.castpb.api.federation.Receipt;
import org.castpb.api.federation.ReportedFigures;
import org.castpb.api.federation.ReportedSociety;
import org.castpb.api.federation.UpwardReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upward reporting over JDBC: the child's outbox (FED_OUTBOX) and the parent's received reports (FED_REPORT). A report
 * is written to the outbox in its own transaction before any attempt to send it; a single thread sends the outbox oldest
 * first and stops at the first report the parent does not acknowledge, so the parent receives them in order. With
 * several nodes of one instance, one node at a time sends ({@link JobRuns#runExclusively}) and one writes each
 * scheduled report ({@link JobRuns#runOnce}).
 */
@Component(service = FederationService.class, configurationPid = "org.castpb.instance", immediate = true)
@Designate(ocd = InstanceConfig.class)
public class JdbcFederationService implements FederationService {

    /** A report from an instance the parent has not registered as its child. */
    static final String UNKNOWN_INSTANCE = "UNKNOWN_INSTANCE";
    /** A report naming another region than the child was registered for. */
    static final String INSTANCE_REGION_MISMATCH = "INSTANCE_REGION_MISMATCH";

    static final String SCHEDULE = "castpb-schedule";
    static final String SCHEDULED_REPORT_JOB = "federation-scheduled-report";
    static final String OUTBOX_JOB = "federation-outbox";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(JdbcFederationService.class);
    private static final int MAX_LIMIT = 200;

    private final DataSource dataSource;
    private final InstanceIdentity instance;
    private final InstanceConfig config;
    private final ReportBuilder builder;
    private final CoverageService coverage;
    private final ObjectMapper json = mapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final JobRuns jobs;

    @Activate
    public JdbcFederationService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                                 @Reference(target = "(osgi.condition.id=castpb.schema.federation)") Condition schemaIsReady, @Reference CoverageService coverage,
                                 @Reference RectificationService rectifications, @Reference SocietyService societies,
                                 @Reference LedgerService ledgers, @Reference EvaluationService evaluations,
                                 @Reference JobRuns jobs, InstanceConfig config) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.config = config;
        this.instance = Instances.identity(config);
        this.clock = Clock.systemUTC();
        this.coverage = coverage;
        this.builder = new ReportBuilder(coverage, rectifications, societies, ledgers, evaluations, clock);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "castpb-federation"));
        if (instance.reportsUpward()) {
            executor.scheduleWithFixedDelay(this::tick, config.tickSeconds(), Math.max(1, config.tickSeconds()), TimeUnit.SECONDS);
            LOG.info("castpb instance {} reports to {} as {}", instance.instanceId(), instance.parentUrl(), instance.reportingAccount());
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder().addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @Override
    public InstanceIdentity instance() {
        return instance;
    }

    // ---- the child ----

    @Override
    public OutboxEntry report(Actor actor, LocalDate asOf) {
        mayAdminister(actor, "make an upward report");
        Instances.checkAsOf(asOf);
        if (!instance.reportsUpward()) {
            throw new ValidationException(new FieldError("parentUrl", "NO_PARENT", "this instance reports to no parent: set parentUrl, "
                    + "reportingAccount and reportingPassword in etc/org.castpb.instance.cfg"));
        }
        String id = queue(actor.name(), asOf);
        // the caller sees the first attempt's outcome; one sender at a time across the nodes, so order is kept
        try {
            executor.submit(this::deliver).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debug("first delivery attempt did not finish: {}", String.valueOf(e));
        }
        return entry(id);
    }

    private String queue(String by, LocalDate asOf) {
        UpwardReport report = builder.build(instance, asOf);
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO FED_OUTBOX (REPORT_ID, AS_OF, BODY, STATE, ATTEMPTS, CREATED_AT,"
                     + " CREATED_BY, NEXT_ATTEMPT_AT) VALUES (?, ?, ?, ?, 0, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(clock.instant());
            insert.setString(1, report.reportId());
            insert.setDate(2, Date.valueOf(asOf));
            insert.setString(3, json.writeValueAsString(report));
            insert.setString(4, OutboxState.QUEUED.name());
            insert.setTimestamp(5, now);
            insert.setString(6, by);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written to the outbox", e);
        }
        LOG.info("castpb upward report {} as of {} queued by {}", report.reportId(), asOf, by);
        return report.reportId();
    }

    @Override
    public Page<OutboxEntry> outbox(Actor actor, int offset, int limit) {
        mayAdminister(actor, "read the outbox");
        Instances.checkPage(offset, limit, MAX_LIMIT);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM FED_OUTBOX"); ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<OutboxEntry> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(OUTBOX_COLUMNS + " ORDER BY SEQ DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                select.setInt(1, offset);
                select.setInt(2, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(entry(rs));
                    }
                }
            }
            return new Page<>(items, total, offset, limit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String OUTBOX_COLUMNS = "SELECT REPORT_ID, AS_OF, STATE, ATTEMPTS, CREATED_AT, LAST_ATTEMPT_AT, NEXT_ATTEMPT_AT,"
            + " SETTLED_AT, LAST_ERROR, SEQ FROM FED_OUTBOX";

    private OutboxEntry entry(String reportId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(OUTBOX_COLUMNS + " WHERE REPORT_ID = ?")) {
            select.setString(1, reportId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return entry(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getString(1), rs.getDate(2).toLocalDate(), OutboxState.valueOf(rs.getString(3)), rs.getInt(4),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                rs.getString(9));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** One look at the schedule and the outbox; never throws, the next tick tries again. */
    void tick() {
        try {
            LocalDate today = LocalDate.now(clock.withZone(BEIJING));
            if (Instances.scheduledReportDue(config.reportDayOfMonth(), today, lastScheduled())) {
                // every node of the instance ticks: one of them writes the scheduled report, once
                jobs.runOnce(SCHEDULED_REPORT_JOB, today.toString(), () -> {
                    if (Instances.scheduledReportDue(config.reportDayOfMonth(), today, lastScheduled())) {
                        queue(SCHEDULE, today);
                    }
                });
            }
            deliver();
        } catch (RuntimeException e) {
            LOG.warn("castpb upward reporting: {}", String.valueOf(e));
        }
    }

    private LocalDate lastScheduled() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT MAX(AS_OF) FROM FED_OUTBOX WHERE CREATED_BY = ?")) {
            select.setString(1, SCHEDULE);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                Date d = rs.getDate(1);
                return d == null ? null : d.toLocalDate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the outbox from this node unless another node of the instance sends it now (then 0): one sender keeps the order. */
    @Override
    public int deliver() {
        if (!instance.reportsUpward()) {
            return 0;
        }
        int[] settled = {0};
        jobs.runExclusively(OUTBOX_JOB, () -> settled[0] = deliverHere());
        return settled[0];
    }

    private synchronized int deliverHere() {
        int settled = 0;
        Instant now = clock.instant();
        for (Due due : due()) {
            if (due.nextAttemptAt != null && due.nextAttemptAt.isAfter(now)) {
                // the oldest unsettled report waits for its retry time, and every later one waits behind it
                return settled;
            }
            Delivery result = send(due.reportId, due.body);
            record(due, result);
            if (result.outcome() == Delivery.Outcome.RETRY) {
                return settled;
            }
            settled++;
        }
        return settled;
    }

    private record Due(String reportId, String body, int attempts, Instant nextAttemptAt) {
    }

    private List<Due> due() {
        List<Due> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT REPORT_ID, BODY, ATTEMPTS, NEXT_ATTEMPT_AT FROM FED_OUTBOX"
                     + " WHERE STATE IN ('QUEUED', 'SENT') ORDER BY SEQ FETCH FIRST 20 ROWS ONLY");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                due.add(new Due(rs.getString(1), rs.getString(2), rs.getInt(3), instant(rs.getTimestamp(4))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return due;
    }

    private Delivery send(String reportId, String body) {
        String credentials = config.reportingAccount() + ":" + config.reportingPassword();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Instances.reportsUrl(instance.parentUrl())))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Delivery.Outcome outcome = Delivery.of(response.statusCode());
            if (outcome == Delivery.Outcome.ACKNOWLEDGED && !acknowledges(response.body(), reportId)) {
                // a proxy's page or another server at that address: the report is not known to be stored anywhere
                return new Delivery(Delivery.Outcome.RETRY, true, "HTTP " + response.statusCode()
                        + ": the answer is not a castpb receipt for this report; is parentUrl a castpb REST base URL (.../api/v1)?");
            }
            return new Delivery(outcome, true, outcome == Delivery.Outcome.ACKNOWLEDGED ? null
                    : Instances.problem(response.statusCode(), response.body()));
        } catch (IOException e) {
            return new Delivery(Delivery.Outcome.RETRY, false, "the parent did not answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(Delivery.Outcome.RETRY, false, "interrupted");
        }
    }

    /** Whether a parent's answer is castpb's receipt for this very report. */
    private boolean acknowledges(String body, String reportId) {
        try {
            Receipt receipt = json.readValue(body, Receipt.class);
            return reportId.equals(receipt.reportId()) && receipt.receivedAt() != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void record(Due due, Delivery result) {
        Instant now = clock.instant();
        int attempts = due.attempts + 1;
        OutboxState state = switch (result.outcome()) {
            case ACKNOWLEDGED -> OutboxState.ACKNOWLEDGED;
            case REFUSED -> OutboxState.REFUSED;
            case RETRY -> result.reached() || due.attempts > 0 && stateOf(due.reportId) == OutboxState.SENT ? OutboxState.SENT
                    : OutboxState.QUEUED;
        };
        Instant next = result.outcome() == Delivery.Outcome.RETRY ? now.plus(Backoff.after(attempts,
                Duration.ofSeconds(config.retryFirstSeconds()), Duration.ofSeconds(config.retryMaxSeconds()))) : null;
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE FED_OUTBOX SET STATE = ?, ATTEMPTS = ?, LAST_ATTEMPT_AT = ?,"
                     + " NEXT_ATTEMPT_AT = ?, SETTLED_AT = ?, LAST_ERROR = ? WHERE REPORT_ID = ?")) {
            update.setString(1, state.name());
            update.setInt(2, attempts);
            update.setTimestamp(3, Timestamp.from(now));
            update.setTimestamp(4, next == null ? null : Timestamp.from(next));
            update.setTimestamp(5, next == null ? Timestamp.from(now) : null);
            update.setString(6, result.detail() == null ? null : Instances.cut(result.detail(), 1000));
            update.setString(7, due.reportId);
            update.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (state == OutboxState.ACKNOWLEDGED) {
            LOG.info("castpb upward report {} acknowledged by the parent", due.reportId);
        } else if (state == OutboxState.REFUSED) {
            LOG.warn("castpb upward report {} refused by the parent: {}", due.reportId, result.detail());
        }
    }

    private OutboxState stateOf(String reportId) {
        return entry(reportId).state();
    }

    // ---- the parent ----

    @Override
    public Receipt receive(Actor actor, UpwardReport report) {
        if (actor == null || !actor.hasAnyRole(Actor.RECORD_WRITERS)) {
            throw new ForbiddenException("receiving a child instance's report needs an administrator's account");
        }
        Instances.validate(report);
        if (!Instances.covers(actor.scope(), report.regionCode())) {
            throw new ForbiddenException(ForbiddenException.OUT_OF_SCOPE, actor.name() + " may not report for region "
                    + report.regionCode() + ": its scope is " + actor.scope(), actor.name(), "report for region "
                    + report.regionCode(), String.valueOf(actor.scope()));
        }
        try (Connection c = dataSource.getConnection()) {
            String registeredRegion = registeredRegion(c, report.instanceId());
            if (registeredRegion == null) {
                throw new ForbiddenException(UNKNOWN_INSTANCE, "instance " + report.instanceId()
                        + " is not registered here as a child: an administrator registers it first (PUT /federation/registrations/"
                        + report.instanceId() + ")", report.instanceId());
            }
            if (!registeredRegion.equals(report.regionCode())) {
                throw new ForbiddenException(INSTANCE_REGION_MISMATCH, "instance " + report.instanceId() + " is registered for region "
                        + registeredRegion + ", not " + report.regionCode(), report.instanceId(), registeredRegion,
                        report.regionCode());
            }
            Instant known = receivedAt(c, report.reportId());
            if (known != null) {
                return new Receipt(report.reportId(), true, known);
            }
            Instant now = clock.instant();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO FED_REPORT (REPORT_ID, INSTANCE_ID, INSTANCE_LEVEL,"
                    + " REGION_CODE, DISPLAY_NAME, AS_OF, IN_SCOPE, ORGANISATION_COVERED, WORK_COVERED, BODY, RECEIVED_AT, RECEIVED_BY)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, report.reportId());
                insert.setString(2, report.instanceId());
                insert.setString(3, report.level().name());
                insert.setString(4, report.regionCode());
                insert.setString(5, report.displayName());
                insert.setDate(6, Date.valueOf(report.asOf()));
                insert.setLong(7, report.totals().inScope());
                insert.setLong(8, report.totals().organisationCovered());
                insert.setLong(9, report.totals().workCovered());
                insert.setString(10, json.writeValueAsString(report));
                insert.setTimestamp(11, Timestamp.from(now));
                insert.setString(12, actor.name());
                insert.executeUpdate();
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            } catch (SQLIntegrityConstraintViolationException raced) {
                // the same report arrived twice at once: the other request stored it
                return new Receipt(report.reportId(), true, receivedAt(c, report.reportId()));
            }
            LOG.info("castpb received report {} of instance {} as of {}", report.reportId(), report.instanceId(), report.asOf());
            return new Receipt(report.reportId(), false, now);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("the report could not be stored", e);
        }
    }

    private static String registeredRegion(Connection c, String instanceId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT REGION_CODE FROM FED_CHILD WHERE INSTANCE_ID = ?")) {
            select.setString(1, instanceId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public ChildRegistration registerChild(Actor actor, String instanceId, InstanceLevel level, String regionCode,
                                           String displayName) {
        // this instance's administrators register its children, not the children's own reporting accounts
        mayAdminister(actor, "register a child instance");
        Instances.validateChild(instance, instanceId, level, regionCode, displayName);
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            String before = registeredRegion(c, instanceId);
            String sql = before == null
                    ? "INSERT INTO FED_CHILD (INSTANCE_LEVEL, REGION_CODE, DISPLAY_NAME, REGISTERED_AT, REGISTERED_BY, INSTANCE_ID)"
                      + " VALUES (?, ?, ?, ?, ?, ?)"
                    : "UPDATE FED_CHILD SET INSTANCE_LEVEL = ?, REGION_CODE = ?, DISPLAY_NAME = ?, REGISTERED_AT = ?, REGISTERED_BY = ?"
                      + " WHERE INSTANCE_ID = ?";
            try (PreparedStatement write = c.prepareStatement(sql)) {
                write.setString(1, level.name());
                write.setString(2, regionCode);
                write.setString(3, displayName);
                write.setTimestamp(4, Timestamp.from(now));
                write.setString(5, actor.name());
                write.setString(6, instanceId);
                write.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLIntegrityConstraintViolationException raced) {
            throw new ConflictException("REGISTRATION_CONFLICT", "instance " + instanceId + " was registered by someone else at the same time; try again",
                    instanceId);
        } catch (SQLException e) {
            throw new IllegalStateException("the registration could not be stored", e);
        }
        LOG.info("castpb child instance {} ({} {}) {} by {}", instanceId, level, regionCode, "registered", actor.name());
        return new ChildRegistration(instanceId, level, regionCode, displayName, now, actor.name());
    }

    @Override
    public List<ChildRegistration> registeredChildren(Actor actor) {
        Scope scope = mayRead(actor);
        String sql = "SELECT INSTANCE_ID, INSTANCE_LEVEL, REGION_CODE, DISPLAY_NAME, REGISTERED_AT, REGISTERED_BY FROM FED_CHILD"
                + Instances.regionFilter(scope) + " ORDER BY REGION_CODE, INSTANCE_ID";
        List<ChildRegistration> registrations = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            Instances.bindRegion(select, 1, scope);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    registrations.add(new ChildRegistration(rs.getString(1), InstanceLevel.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return registrations;
    }

    @Override
    public void removeChild(Actor actor, String instanceId) {
        mayAdminister(actor, "remove a child instance");
        try (Connection c = dataSource.getConnection()) {
            if (registeredRegion(c, instanceId) == null) {
                throw new NotFoundException("registered child instance", instanceId);
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM FED_CHILD WHERE INSTANCE_ID = ?")) {
                delete.setString(1, instanceId);
                delete.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the registration could not be removed", e);
        }
        LOG.info("castpb child instance {} removed by {}", instanceId, actor.name());
    }

    private static Instant receivedAt(Connection c, String reportId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT RECEIVED_AT FROM FED_REPORT WHERE REPORT_ID = ?")) {
            select.setString(1, reportId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1).toInstant() : null;
            }
        }
    }

    @Override
    public List<ChildInstance> children(Actor actor) {
        Scope scope = mayRead(actor);
        String where = Instances.regionFilter(scope);
        // each child's latest report: the one with its greatest RECEIVED_AT
        String sql = "SELECT r.INSTANCE_ID, r.INSTANCE_LEVEL, r.REGION_CODE, r.DISPLAY_NAME, r.AS_OF, r.RECEIVED_AT, r.IN_SCOPE,"
                + " r.ORGANISATION_COVERED, r.WORK_COVERED, n.REPORTS FROM FED_REPORT r JOIN (SELECT INSTANCE_ID, COUNT(*) AS REPORTS,"
                + " MAX(RECEIVED_AT) AS LATEST FROM FED_REPORT" + where + " GROUP BY INSTANCE_ID) n ON n.INSTANCE_ID = r.INSTANCE_ID"
                + " AND n.LATEST = r.RECEIVED_AT ORDER BY r.REGION_CODE, r.INSTANCE_ID";
        Instant overdueBefore = clock.instant().minus(Duration.ofDays(config.overdueAfterDays()));
        List<ChildInstance> children = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            Instances.bindRegion(select, 1, scope);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Instant received = rs.getTimestamp(6).toInstant();
                    children.add(new ChildInstance(rs.getString(1), InstanceLevel.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getLong(10), rs.getDate(5).toLocalDate(), received,
                            CoverageFigures.of(rs.getLong(7), rs.getLong(8), rs.getLong(9)), received.isBefore(overdueBefore)));
                }
            }
            // registered children that never reported: overdue from the start (article 10's regular reporting)
            try (PreparedStatement silent = c.prepareStatement("SELECT INSTANCE_ID, INSTANCE_LEVEL, REGION_CODE, DISPLAY_NAME"
                    + " FROM FED_CHILD" + (scope.all() ? " WHERE" : Instances.regionFilter(scope) + " AND")
                    + " NOT EXISTS (SELECT 1 FROM FED_REPORT r WHERE r.INSTANCE_ID = FED_CHILD.INSTANCE_ID)"
                    + " ORDER BY REGION_CODE, INSTANCE_ID")) {
                Instances.bindRegion(silent, 1, scope);
                try (ResultSet rs = silent.executeQuery()) {
                    while (rs.next()) {
                        children.add(new ChildInstance(rs.getString(1), InstanceLevel.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), 0, null, null, null, true));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return children;
    }

    @Override
    public Page<UpwardReport> reports(Actor actor, String instanceId, int offset, int limit) {
        Scope scope = mayRead(actor);
        Instances.checkPage(offset, limit, MAX_LIMIT);
        String where = Instances.regionFilter(scope);
        String filter = (where.isEmpty() ? " WHERE" : where + " AND") + " INSTANCE_ID = ?";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM FED_REPORT" + filter)) {
                int next = Instances.bindRegion(count, 1, scope);
                count.setString(next, instanceId);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            if (total == 0) {
                throw new NotFoundException("child instance", instanceId);
            }
            List<UpwardReport> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT BODY FROM FED_REPORT" + filter
                    + " ORDER BY RECEIVED_AT DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int next = Instances.bindRegion(select, 1, scope);
                select.setString(next, instanceId);
                select.setInt(next + 1, offset);
                select.setInt(next + 2, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(json.readValue(rs.getString(1), UpwardReport.class));
                    }
                }
            }
            return new Page<>(items, total, offset, limit);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public FederationOverview overview(Actor actor, LocalDate asOf) {
        mayRead(actor);
        Instances.checkAsOf(asOf);
        CoverageFigures own = coverage.report(actor, asOf, null).totals();
        List<ChildInstance> children = children(actor);
        CoverageFigures reported = CoverageFigures.of(0, 0, 0);
        for (ChildInstance child : children) {
            if (child.lastTotals() != null) {
                reported = reported.plus(child.lastTotals());
            }
        }
        return new FederationOverview(asOf, own, reported, own.plus(reported), children);
    }

    @Override
    public List<ReportedFigures> history(Actor actor, String instanceId) {
        Scope scope = mayRead(actor);
        String where = Instances.regionFilter(scope);
        String sql = "SELECT REPORT_ID, AS_OF, RECEIVED_AT, IN_SCOPE, ORGANISATION_COVERED, WORK_COVERED FROM FED_REPORT"
                + (where.isEmpty() ? " WHERE" : where + " AND") + " INSTANCE_ID = ? ORDER BY AS_OF, RECEIVED_AT";
        List<ReportedFigures> points = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(Instances.bindRegion(select, 1, scope), instanceId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    points.add(new ReportedFigures(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getTimestamp(3).toInstant(),
                            CoverageFigures.of(rs.getLong(4), rs.getLong(5), rs.getLong(6))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (points.isEmpty()) {
            throw new NotFoundException("child instance", instanceId);
        }
        return points;
    }

    @Override
    public List<ReportedSociety> reportedSocieties(Actor actor, String instanceId) {
        return reports(actor, instanceId, 0, 1).items().get(0).societies();
    }

    // ---- who may ----

    private void mayAdminister(Actor actor, String what) {
        if (actor == null || !actor.hasAnyRole(Actor.RECORD_WRITERS) || !Instances.covers(actor.scope(), instance.regionCode())) {
            throw new ForbiddenException((actor == null ? "nobody" : actor.name()) + " may not " + what
                    + ": that is for the administrators of this instance (" + instance.displayName() + ")");
        }
    }

    private static Scope mayRead(Actor actor) {
        if (actor == null || !actor.hasCastpbRole()) {
            throw new ForbiddenException("reading the child instances needs a castpb role");
        }
        return actor.scope();
    }
}
