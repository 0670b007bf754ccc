package org.castpb.spi;

import java.util.List;
import org.castpb.api.evaluation.Award;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a completed campaign's results and a budget into awards (article 11: award in lieu of subsidy,
 * dues-funded support, service purchase).
 * <p>
 * Register implementations as OSGi services with {@link #SCHEME_ID} (required), {@link #SCHEME_NAME} and
 * {@link #REGION}. castpb records the awards only if all of them are valid: each for a society of the campaign,
 * positive, at most two decimals, with an explanation, and together within the budget; otherwise nothing is
 * recorded and the caller is told why. The same context gives the same awards. An exception or an answer later
 * than the platform's time limit is refused the same way.
 * <p>
 * A scheme may do what an {@link EvaluationModule} may do and no more: compute on its calling thread, stop when
 * interrupted, allocate little. Past {@code fundingTimeoutMillis} or {@code fundingAllocationCapMegabytes}
 * (configuration {@code org.castpb.evaluation}) it is interrupted and nothing is recorded; a scheme that ignores
 * the interruption keeps its thread, which is abandoned, and is not called while it holds it.
 */
@ConsumerType
public interface FundingScheme {

    /** Service property (String, required): the scheme's stable identifier. */
    String SCHEME_ID = "castpb.funding.scheme.id";

    /** Service property (String): the scheme's name for people; the identifier when absent. */
    String SCHEME_NAME = "castpb.funding.scheme.name";

    /** Service property (String): the GB/T 2260 region prefix the scheme serves; empty or absent for national. */
    String REGION = EvaluationModule.REGION;

    /**
     * Allocates a budget.
     *
     * @param context the campaign, its results and the budget; never null
     * @return the awards, possibly empty; never null
     */
    List<Award> allocate(FundingContext context);
}
