package org.castpb.coverage.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.castpb.api.Actor;
import org.castpb.api.coverage.RectificationService;
import org.castpb.api.coverage.SnapshotService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a day: opens rectification tasks for targets whose date has passed, closes those whose society
 * is now covered, and refreshes this month's coverage snapshot (so each month keeps its last day's
 * figures). The first run waits a while after start, so a restart never races an administrator.
 */
@Component(immediate = true, configurationPid = "org.castpb.coverage.schedule")
@Designate(ocd = CoverageScheduler.Config.class)
public class CoverageScheduler {

    @ObjectClassDefinition(name = "castpb coverage daily run")
    public @interface Config {
        @AttributeDefinition(description = "Whether the daily run happens at all")
        boolean enabled() default true;

        @AttributeDefinition(description = "Minutes after start before the first run")
        int initialDelayMinutes() default 10;
    }

    static final Actor SYSTEM = new Actor("system", Set.of("admin"));
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(CoverageScheduler.class);

    private final RectificationService rectifications;
    private final SnapshotService snapshots;
    private final ScheduledExecutorService executor;

    @Activate
    public CoverageScheduler(@Reference RectificationService rectifications, @Reference SnapshotService snapshots, Config config) {
        this.rectifications = rectifications;
        this.snapshots = snapshots;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "castpb-coverage-daily"));
        if (config.enabled()) {
            executor.scheduleAtFixedRate(this::runOnce, config.initialDelayMinutes(), TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
        }
    }

    void runOnce() {
        try {
            LocalDate today = LocalDate.now(BEIJING);
            int opened = rectifications.generate(SYSTEM, today);
            int closed = rectifications.synchronise(today);
            snapshots.take(SYSTEM, today.withDayOfMonth(1));
            LOG.info("castpb coverage daily run: {} rectification tasks opened, {} closed as covered, snapshot of {} taken",
                    opened, closed, today.withDayOfMonth(1));
        } catch (RuntimeException e) {
            // the next day's run tries again; the executor must not die with this one
            LOG.error("castpb coverage daily run failed", e);
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }
}
