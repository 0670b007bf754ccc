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
import org.castpb.api.jobs.JobRuns;
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
 * Once a day (Beijing time): opens rectification tasks for targets whose date has passed, closes those whose society
 * is now covered, and refreshes this month's coverage snapshot (so each month keeps its last day's figures). Every
 * node looks every few minutes whether today's run is done; one node of the instance does it ({@link JobRuns}), and
 * if that node stops halfway another one does it again at a later look: each step commits on its own and a second
 * run of a day changes nothing more (a task per society, target and kind; the month's snapshot replaced). The first
 * look waits a while after start, so a restart never races an administrator.
 */
@Component(immediate = true, configurationPid = "org.castpb.coverage.schedule")
@Designate(ocd = CoverageScheduler.Config.class)
public class CoverageScheduler {

    @ObjectClassDefinition(name = "castpb coverage daily run")
    public @interface Config {
        @AttributeDefinition(description = "Whether the daily run happens at all")
        boolean enabled() default true;

        @AttributeDefinition(description = "Minutes after start before the first look")
        int initialDelayMinutes() default 10;

        @AttributeDefinition(description = "Minutes between looks whether today's run is done (on this or another node)")
        int checkEveryMinutes() default 15;
    }

    static final String JOB = "coverage-daily";
    static final Actor SYSTEM = new Actor("system", Set.of("admin"));
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(CoverageScheduler.class);

    private final RectificationService rectifications;
    private final SnapshotService snapshots;
    private final JobRuns jobs;
    private final ScheduledExecutorService executor;

    @Activate
    public CoverageScheduler(@Reference RectificationService rectifications, @Reference SnapshotService snapshots,
                             @Reference JobRuns jobs, Config config) {
        this.rectifications = rectifications;
        this.snapshots = snapshots;
        this.jobs = jobs;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "castpb-coverage-daily"));
        if (config.enabled()) {
            executor.scheduleWithFixedDelay(this::look, config.initialDelayMinutes(), Math.max(1, config.checkEveryMinutes()),
                    TimeUnit.MINUTES);
        }
    }

    void look() {
        try {
            LocalDate today = LocalDate.now(BEIJING);
            JobRuns.Outcome outcome = jobs.runOnce(JOB, today.toString(), () -> runFor(today));
            LOG.debug("castpb coverage daily run of {}: {}", today, outcome);
        } catch (RuntimeException e) {
            // the next look tries again; the executor must not die with this one
            LOG.error("castpb coverage daily run failed", e);
        }
    }

    private void runFor(LocalDate today) {
        int opened = rectifications.generate(SYSTEM, today);
        int closed = rectifications.synchronise(today);
        snapshots.take(SYSTEM, today.withDayOfMonth(1));
        LOG.info("castpb coverage daily run: {} rectification tasks opened, {} closed as covered, snapshot of {} taken",
                opened, closed, today.withDayOfMonth(1));
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }
}
