package org.castpb.api.federation;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.coverage.CoverageFigures;

/**
 * The aggregated picture at a parent: its own societies' coverage now, plus every child's latest reported figures.
 *
 * @param asOf     the day the parent's own figures count
 * @param own      the parent's own societies in the reader's scope
 * @param reported the sum of the children's latest reported totals (children in the reader's scope)
 * @param combined own and reported together
 * @param children each child with its latest report
 */
public record FederationOverview(LocalDate asOf, CoverageFigures own, CoverageFigures reported, CoverageFigures combined,
                                 List<ChildInstance> children) {

    public FederationOverview {
        children = List.copyOf(children);
    }
}
