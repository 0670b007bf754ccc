package org.castpb.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Evaluates one society's party building for an annual inspection, an assessment or a comprehensive evaluation,
 * and may veto (一票否决).
 * <p>
 * Register implementations as OSGi services with these properties:
 * <ul>
 * <li>{@link #MODULE_ID} (required): a stable identifier, e.g. {@code cast.national};</li>
 * <li>{@link #MODULE_NAME}: a name for people;</li>
 * <li>{@link #REGION}: the GB/T 2260 region prefix served, e.g. {@code "33"} for Zhejiang or {@code "3301"} for
 * Hangzhou; empty or absent for a national module, which applies to every society;</li>
 * <li>{@link #KINDS} (required): the {@link org.castpb.api.evaluation.EvaluationKind} names served.</li>
 * </ul>
 * The version recorded with each result is the version of the bundle that registered the service.
 * <p>
 * Contract:
 * <ul>
 * <li>The same context gives the same evaluation: no clock, no randomness, no hidden state.</li>
 * <li>It may be called from several threads at once.</li>
 * <li>It must answer within the platform's time limit (configuration {@code org.castpb.evaluation},
 * {@code moduleTimeoutMillis}); an exception, a late answer or a null answer is recorded as an ERROR result for
 * that society and module, and the campaign goes on without it.</li>
 * </ul>
 * <p>
 * What a module may do, and what the platform does when it does more (see {@link org.castpb.spi}):
 * <ul>
 * <li>It computes from the context on the thread it is called on. It starts no threads, keeps no state between
 * calls, opens no files, sockets or database connections, and never calls {@code System.exit}.</li>
 * <li>It stops when interrupted: a blocking call that throws {@link InterruptedException} ends the evaluation, and
 * a long loop checks {@link Thread#isInterrupted()}. Past its time limit it is interrupted; if it has not ended
 * {@code abandonAfterMillis} later, its thread is abandoned to it, counted, and replaced (up to
 * {@code maxAbandonedThreads}), and the module is not called again while it holds that thread.</li>
 * <li>It allocates little: one call may allocate at most {@code moduleAllocationCapMegabytes} (counted on its
 * thread where the JVM counts allocation); past that it is interrupted, recorded as ERROR and skipped for the rest
 * of the run. An {@link OutOfMemoryError} in a call is caught on its thread, which frees what the call held, and
 * the module is skipped for the rest of the run too.</li>
 * <li>Exceptions are its own business: any {@link Throwable} it throws becomes an ERROR result naming it.</li>
 * </ul>
 * The platform cannot take back what a module keeps beyond its call (static collections, threads it started): a
 * module that does so can still exhaust the server, which is why it must not.
 */
@ConsumerType
public interface EvaluationModule {

    /** Service property (String, required): the module's stable identifier. */
    String MODULE_ID = "castpb.module.id";

    /** Service property (String): the module's name for people; the identifier when absent. */
    String MODULE_NAME = "castpb.module.name";

    /**
     * Service property (String): the GB/T 2260 region prefix the module serves (2, 4 or 6 digits); empty or absent
     * for a national module.
     */
    String REGION = "castpb.region";

    /**
     * Service property (String or String[], required): the evaluation kinds served, by
     * {@link org.castpb.api.evaluation.EvaluationKind} name.
     */
    String KINDS = "castpb.evaluation.kinds";

    /**
     * Evaluates one society.
     *
     * @param context the campaign and the society's records as of the campaign's day; never null
     * @return the evaluation: grade, itemised findings and any veto; never null
     */
    Evaluation evaluate(EvaluationContext context);
}
