package org.castpb.members.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.castpb.api.Actor;
import org.castpb.api.jobs.JobRuns;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.RetentionRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the retention period once a day (Beijing time), as the platform. Every node looks every hour, the first
 * time ten minutes after start; one node of the instance applies it each day ({@link JobRuns}), and another applies
 * it at a later look if that one stopped halfway (a member already reduced to counts is not reduced again).
 */
@Component(immediate = true)
public class RetentionJob {

    static final String JOB = "member-retention";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "castpb-member-retention");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public RetentionJob(@Reference MemberService members, @Reference JobRuns jobs) {
        timer.scheduleWithFixedDelay(() -> look(members, jobs), 10, TimeUnit.HOURS.toMinutes(1), TimeUnit.MINUTES);
    }

    private static void look(MemberService members, JobRuns jobs) {
        try {
            jobs.runOnce(JOB, LocalDate.now(BEIJING).toString(), () -> {
                RetentionRun run = members.applyRetention(Actor.SYSTEM);
                // counts and a date only: nothing personal goes to the log
                LOG.info("castpb member retention: {} members who left before {} reduced to counts", run.reduced(), run.leftBefore());
            });
        } catch (RuntimeException e) {
            LOG.warn("castpb member retention failed; it is tried again within the hour: {}", e.toString());
        }
    }

    @Deactivate
    public void deactivate() {
        timer.shutdownNow();
    }
}
