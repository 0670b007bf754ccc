package org.castpb.api.coverage;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The two full coverages of the configured scope, the configured dated targets and the societies uncovered. Every
 * figure counts only the societies in the actor's {@link org.castpb.api.Scope} as well (in SQL): a local
 * administrator of {@code 33} gets Zhejiang's coverage, a secretary their society's, an actor without scope zeros.
 * The configured scope and targets are the instance's, set by its administrators.
 */
@ProviderType
public interface CoverageService {

    /** The scope the figures count, as configured. */
    CoverageScope scope();

    /** Coverage of the actor's societies as of {@code asOf}, broken down by {@code groupBy} (null for totals only); refuses a null date with ValidationException. */
    CoverageReport report(Actor actor, LocalDate asOf, GroupBy groupBy);

    /** The configured targets, the earliest first. */
    List<CoverageTarget> targets();

    /** Each configured target judged on the actor's societies as of its own date, the earliest first. */
    List<TargetResult> evaluateTargets(Actor actor);

    /** The actor's societies in scope lacking organisation coverage ({@code work} false) or work coverage as of {@code asOf}, by id; refuses a bad page with ValidationException. */
    Page<UncoveredSociety> uncovered(Actor actor, LocalDate asOf, boolean work, int offset, int limit);
}
