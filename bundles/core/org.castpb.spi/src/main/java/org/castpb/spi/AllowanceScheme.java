package org.castpb.spi;

import java.util.List;
import org.castpb.api.workers.Allowance;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a year's assessment grades of party affairs workers and a budget into allowances (2016 opinions, article 12:
 * allowances by performance). Since SPI 1.1.0.
 * <p>
 * Register implementations as OSGi services with {@link #SCHEME_ID} (required), {@link #SCHEME_NAME} and
 * {@link #REGION}. castpb records the allowances only if all of them are valid: each for a worker of the context,
 * positive, at most two decimals, with an explanation, at most one per worker, and together within the budget;
 * otherwise nothing is recorded and the caller is told why. The same context gives the same allowances. An exception
 * or an answer later than the platform's time limit ({@code allowanceTimeoutMillis} of configuration
 * {@code org.castpb.workers}) is refused the same way.
 * <p>
 * A scheme computes on its calling thread, stops when interrupted and keeps no state between calls.
 */
@ConsumerType
public interface AllowanceScheme {

    /** Service property (String, required): the scheme's stable identifier. */
    String SCHEME_ID = "castpb.allowance.scheme.id";

    /** Service property (String): the scheme's name for people; the identifier when absent. */
    String SCHEME_NAME = "castpb.allowance.scheme.name";

    /** Service property (String): the GB/T 2260 region prefix the scheme serves; empty or absent for national. */
    String REGION = EvaluationModule.REGION;

    /**
     * Allocates a budget.
     *
     * @param context the year, the assessed workers and the budget; never null
     * @return the allowances, possibly empty; never null
     */
    List<Allowance> allocate(AllowanceContext context);
}
