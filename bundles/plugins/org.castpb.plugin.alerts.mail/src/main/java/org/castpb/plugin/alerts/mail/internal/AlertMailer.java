package org.castpb.plugin.alerts.mail.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.castpb.api.jobs.JobRuns;
import org.castpb.api.life.LifeEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each organisational-life alert to the mail outbox and sends the outbox through the configured SMTP server,
 * right after an alert and every {@code sendIntervalSeconds}. The outbox's table is created by org.castpb.schema first.
 */
@Component(immediate = true, configurationPid = "org.castpb.plugin.alerts.mail",
        property = EventConstants.EVENT_TOPIC + "=" + LifeEvents.ALERT_TOPIC)
@Designate(ocd = MailConfig.class)
public class AlertMailer implements EventHandler {

    static final String CHANGELOG = "db/alerts-mail-changelog.xml";
    static final String OUTBOX_JOB = "alerts-mail-outbox";
    private static final Logger LOG = LoggerFactory.getLogger(AlertMailer.class);

    private final MailOutbox outbox;
    private final SmtpSender sender;
    private final List<String> recipients;
    private final JobRuns jobs;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "castpb-alerts-mail");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public AlertMailer(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                       @Reference(target = "(osgi.condition.id=castpb.schema.alerts-mail)") Condition schemaIsReady,
                       @Reference JobRuns jobs, MailConfig config) {
        this.jobs = jobs;
        this.outbox = new MailOutbox(dataSource, config.maxAttempts(), Duration.ofSeconds(config.firstRetrySeconds()));
        this.sender = new SmtpSender(new SmtpSender.Server(config.smtpHost(), config.smtpPort(), config.from(), config.smtpUser(),
                config.smtpPassword(), config.timeoutMillis()));
        this.recipients = recipients(config.recipients());
        executor.scheduleWithFixedDelay(this::send, config.sendIntervalSeconds(), config.sendIntervalSeconds(), TimeUnit.SECONDS);
        LOG.info("castpb alerts by mail: to {} recipient(s) through {}:{}", recipients.size(), config.smtpHost(), config.smtpPort());
    }

    static List<String> recipients(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public void handleEvent(Event event) {
        if (recipients.isEmpty()) {
            return;
        }
        try {
            Object id = event.getProperty(LifeEvents.ALERT_ID);
            outbox.write(id instanceof Long l ? l : null, recipients, subject(event), body(event));
            executor.execute(this::send);
        } catch (SQLException e) {
            LOG.warn("castpb alerts by mail: alert {} could not be written to the outbox: {}", event.getProperty(LifeEvents.ALERT_ID), e.toString());
        }
    }

    static String subject(Event event) {
        return "[castpb] 组织生活提醒 / Organisational-life alert: " + event.getProperty(LifeEvents.ORGANISATION_NAME);
    }

    static String body(Event event) {
        StringBuilder b = new StringBuilder();
        b.append(event.getProperty(LifeEvents.MESSAGE)).append("\n\n");
        b.append("党组织 Organisation: ").append(event.getProperty(LifeEvents.ORGANISATION_NAME)).append(" (")
                .append(event.getProperty(LifeEvents.ORGANISATION_ID)).append(")\n");
        if (event.getProperty(LifeEvents.MEETING_TYPE) != null) {
            b.append("会议 Meeting: ").append(event.getProperty(LifeEvents.MEETING_TYPE)).append(", ").append(event.getProperty(LifeEvents.PERIOD_FROM))
                    .append(" - ").append(event.getProperty(LifeEvents.PERIOD_TO)).append('\n');
        }
        b.append("提醒编号 Alert: ").append(event.getProperty(LifeEvents.ALERT_ID)).append(", ").append(event.getProperty(LifeEvents.OPENED_ON)).append('\n');
        return b.toString();
    }

    /** Sends what is due, unless another node of the instance sends the outbox now: a mail goes out once. */
    private void send() {
        try {
            jobs.runExclusively(OUTBOX_JOB, () -> {
                try {
                    int sent = outbox.sendDue(sender, Instant.now());
                    if (sent > 0) {
                        LOG.info("castpb alerts by mail: {} mail(s) sent", sent);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("castpb alerts by mail: sending the outbox failed, it is tried again: {}", e.toString());
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }
}
