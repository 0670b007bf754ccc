package org.castpb.jobs.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.castpb.api.Actor;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.Page;
import org.castpb.api.ValidationException;
import org.castpb.api.jobs.JobRun;
import org.castpb.api.jobs.JobService;
import org.castpb.api.jobs.JobState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/** {@link JobService} on the instance's database: what every node did, read by the instance's administrators. */
@Component(service = JobService.class)
public class JdbcJobService implements JobService {

    private final JobViews views;

    @Activate
    public JdbcJobService(@Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                          @Reference(target = "(osgi.condition.id=castpb.schema.jobs)") Condition schemaIsReady) {
        this(new JobViews(dataSource, Clock.systemUTC()));
    }

    JdbcJobService(JobViews views) {
        this.views = views;
    }

    @Override
    public Page<JobState> jobs(Actor actor, String name, String node, int offset, int limit) {
        requireAdministrator(actor);
        checkPage(offset, limit);
        return views.jobs(name, node, offset, limit);
    }

    @Override
    public Page<JobRun> runs(Actor actor, String job, int offset, int limit) {
        requireAdministrator(actor);
        checkPage(offset, limit);
        if (job == null || job.isBlank() || !views.known(job)) {
            throw new NotFoundException("scheduled job", job);
        }
        return views.runs(job, offset, limit);
    }

    private static void requireAdministrator(Actor actor) {
        if (actor == null || !actor.hasAnyRole(Actor.NATIONAL)) {
            throw new ForbiddenException((actor == null ? "anonymous" : actor.name())
                    + " may not read the scheduled jobs (the instance's administrators only)");
        }
    }

    private static void checkPage(int offset, int limit) {
        List<FieldError> errors = Stream.of(
                offset < 0 ? new FieldError("offset", "OUT_OF_RANGE", "offset must be 0 or more, not " + offset) : null,
                limit < 1 || limit > MAX_LIMIT ? new FieldError("limit", "OUT_OF_RANGE", "limit must be from 1 to " + MAX_LIMIT
                        + ", not " + limit) : null).filter(Objects::nonNull).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
