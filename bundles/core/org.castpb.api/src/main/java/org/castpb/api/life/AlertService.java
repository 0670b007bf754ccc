package org.castpb.api.life;

import java.time.LocalDate;
import org.castpb.api.Actor;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Alerts for what is overdue in organisational life. A daily run opens them as of the day (each once, posting an event
 * on {@link LifeEvents#ALERT_TOPIC} for each opened) and closes those set right; reads are scoped like meetings.
 */
@ProviderType
public interface AlertService {

    /** Alerts in scope matching the query. */
    Page<Alert> list(Actor actor, AlertQuery query);

    /** Runs the alerts as of {@code asOf} over every organisation; national administrators (and the daily job) only. */
    AlertRun run(Actor actor, LocalDate asOf);
}
