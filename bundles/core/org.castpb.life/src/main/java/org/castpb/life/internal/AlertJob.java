package org.castpb.life.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.castpb.api.Actor;
import org.castpb.api.life.AlertService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the alerts once a day at the configured hour (Beijing time), as the platform; none when the hour is -1. */
@Component(immediate = true)
public class AlertJob {

    private static final Logger LOG = LoggerFactory.getLogger(AlertJob.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "castpb-life-alerts");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public AlertJob(@Reference AlertService alerts, @Reference LifeConfig config) {
        if (config.alertHour() < 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(Db.ZONE);
        LocalDateTime next = now.toLocalDate().atTime(config.alertHour(), 0);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        timer.scheduleAtFixedRate(() -> run(alerts), Duration.between(now, next).toMinutes(), TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    private static void run(AlertService alerts) {
        try {
            alerts.run(Actor.SYSTEM, null);
        } catch (RuntimeException e) {
            LOG.warn("castpb organisational-life alerts failed; they run again tomorrow: {}", e.toString());
        }
    }

    @Deactivate
    public void deactivate() {
        timer.shutdownNow();
    }
}
