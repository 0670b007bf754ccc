package org.castpb.api.coverage;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Page;

/** The two full coverages of the configured scope, the configured dated targets and the societies uncovered. */
public interface CoverageService {

    /** The scope the figures count, as configured. */
    CoverageScope scope();

    /** Coverage as of {@code asOf}, broken down by {@code groupBy} (null for totals only); refuses a null date with IllegalArgumentException. */
    CoverageReport report(LocalDate asOf, GroupBy groupBy);

    /** The configured targets, the earliest first. */
    List<CoverageTarget> targets();

    /** Each configured target judged as of its own date, the earliest first. */
    List<TargetResult> evaluateTargets();

    /** The societies in scope lacking organisation coverage ({@code work} false) or work coverage as of {@code asOf}, by id; refuses a bad page with IllegalArgumentException. */
    Page<UncoveredSociety> uncovered(LocalDate asOf, boolean work, int offset, int limit);
}
