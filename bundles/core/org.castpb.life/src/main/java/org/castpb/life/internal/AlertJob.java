package org.castpb.life.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.castpb.api.Actor;
import org.castpb.api.jobs.JobRuns;
import org.castpb.api.life.AlertService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the alerts once a day at the configured hour (Beijing time), as the platform; none when the hour is -1.
 * Every node looks first at the next such hour after its start and then every quarter of an hour; one node of the
 * instance runs the day's alerts ({@link JobRuns}), and another runs them at a later look if that one stopped
 * halfway (an open alert is not opened twice).
 */
@Component(immediate = true)
public class AlertJob {

    static final String JOB = "life-alerts";
    private static final long LOOK_EVERY_MINUTES = 15;
    private static final Logger LOG = LoggerFactory.getLogger(AlertJob.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "castpb-life-alerts");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public AlertJob(@Reference AlertService alerts, @Reference LifeConfig config, @Reference JobRuns jobs) {
        if (config.alertHour() < 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(Db.ZONE);
        LocalDateTime first = now.toLocalDate().atTime(config.alertHour(), 0);
        if (!first.isAfter(now)) {
            first = first.plusDays(1);
        }
        timer.scheduleAtFixedRate(() -> look(alerts, jobs, config.alertHour()), Duration.between(now, first).toMinutes(),
                LOOK_EVERY_MINUTES, TimeUnit.MINUTES);
    }

    private static void look(AlertService alerts, JobRuns jobs, int hour) {
        LocalDateTime now = LocalDateTime.now(Db.ZONE);
        if (now.getHour() < hour) {
            return;
        }
        try {
            jobs.runOnce(JOB, now.toLocalDate().toString(), () -> alerts.run(Actor.SYSTEM, null));
        } catch (RuntimeException e) {
            LOG.warn("castpb organisational-life alerts failed; they are tried again in {} minutes: {}", LOOK_EVERY_MINUTES, e.toString());
        }
    }

    @Deactivate
    public void deactivate() {
        timer.shutdownNow();
    }
}
