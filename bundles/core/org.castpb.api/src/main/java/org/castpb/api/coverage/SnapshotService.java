package org.castpb.api.coverage;

import java.time.LocalDate;
import org.castpb.api.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Monthly coverage snapshots of the configured scope and the trend they draw. Snapshots are stored per actor scope
 * ({@link org.castpb.api.Scope}): the daily run stores the whole instance's, a local administrator's {@link #take}
 * stores their region's, and each actor reads only the snapshots of its own scope; a month without one is counted
 * for the actor's scope on the fly, so a local administrator's trend never shows national figures.
 */
@ProviderType
public interface SnapshotService {

    /**
     * Stores the figures of the actor's scope for the month holding {@code month} as of its last day (as of today
     * for the current month), replacing the month's earlier snapshot of that scope.
     *
     * Needs a records writer's role.
     *
     * @throws org.castpb.api.ValidationException naming {@code month} when it is null or after the current month
     * @throws org.castpb.api.ForbiddenException  when the actor has no records writer's role
     */
    CoverageSnapshot take(Actor actor, LocalDate month);

    /** The stored snapshots of the actor's scope of the months from {@code fromMonth} to {@code toMonth}, both included, oldest first. */
    List<CoverageSnapshot> snapshots(Actor actor, LocalDate fromMonth, LocalDate toMonth);

    /**
     * One point per month from {@code fromMonth} to {@code toMonth} (any day of each; both included), oldest first,
     * with no holes, for the actor's scope: a month without a snapshot of that scope is counted for the answer and not stored.
     *
     * @throws org.castpb.api.ValidationException when a month is null, the range is reversed, reaches past the
     *                                            current month or spans more than 240 months
     */
    List<TrendPoint> trend(Actor actor, LocalDate fromMonth, LocalDate toMonth);
}
