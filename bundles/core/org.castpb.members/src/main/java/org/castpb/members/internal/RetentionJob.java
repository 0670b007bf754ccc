package org.castpb.members.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.castpb.api.Actor;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.RetentionRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the retention period once a day (the first time ten minutes after start), as the platform. */
@Component(immediate = true)
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "castpb-member-retention");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public RetentionJob(@Reference MemberService members) {
        timer.scheduleAtFixedRate(() -> run(members), 10, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    private static void run(MemberService members) {
        try {
            RetentionRun run = members.applyRetention(Actor.SYSTEM);
            // counts and a date only: nothing personal goes to the log
            LOG.info("castpb member retention: {} members who left before {} reduced to counts", run.reduced(), run.leftBefore());
        } catch (RuntimeException e) {
            LOG.warn("castpb member retention failed; it runs again tomorrow: {}", e.toString());
        }
    }

    @Deactivate
    public void deactivate() {
        timer.shutdownNow();
    }
}
