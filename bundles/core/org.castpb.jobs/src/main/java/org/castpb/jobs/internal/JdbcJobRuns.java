package org.castpb.jobs.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.castpb.api.jobs.JobRuns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link JobRuns} on the instance's database, for this node; see {@link JobTable} for the rules. */
@Component(service = JobRuns.class, configurationPid = JdbcJobRuns.PID)
@Designate(ocd = JdbcJobRuns.Config.class)
public class JdbcJobRuns implements JobRuns {

    static final String PID = "org.castpb.jobs";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcJobRuns.class);

    @ObjectClassDefinition(name = "castpb scheduled jobs across nodes")
    public @interface Config {
        @AttributeDefinition(description = "This node's name in the job records; empty: host name, Karaf name and process id")
        String node() default "";

        @AttributeDefinition(description = "Seconds a node's hold on a job lasts unless renewed; a node that stops is taken over after it")
        int leaseSeconds() default 120;

        @AttributeDefinition(description = "Seconds between renewals of a held job's lease while its work runs")
        int renewSeconds() default 30;
    }

    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "castpb-job-leases");
        thread.setDaemon(true);
        return thread;
    });
    private final JobTable table;

    @Activate
    public JdbcJobRuns(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                       @Reference(target = "(osgi.condition.id=castpb.schema.jobs)") Condition schemaIsReady, Config config) {
        String node = config.node().isBlank() ? defaultNode() : config.node().strip();
        this.table = new JobTable(dataSource, node, Duration.ofSeconds(config.leaseSeconds()),
                Duration.ofSeconds(config.renewSeconds()), Clock.systemUTC(), renewals);
        LOG.info("castpb scheduled jobs: this node is {} (leases of {} s, renewed every {} s)", node, config.leaseSeconds(),
                config.renewSeconds());
    }

    @Override
    public Outcome runOnce(String job, String due, Runnable work) {
        return table.runOnce(job, due, work);
    }

    @Override
    public Outcome runExclusively(String job, Runnable work) {
        return table.runExclusively(job, work);
    }

    @Deactivate
    void deactivate() {
        renewals.shutdownNow();
    }

    static String defaultNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String name = host + "/" + System.getProperty("karaf.name", "karaf") + "/" + ProcessHandle.current().pid();
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
