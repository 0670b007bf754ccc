package org.castpb.api;

import java.util.Collection;
import org.osgi.annotation.versioning.ProviderType;

/** Marks the demo data set's societies as demo and takes all of it back on request. */
@ProviderType
public interface DemoDataService {

    /**
     * Marks the societies with these USCCs as demo records.
     *
     * @return how many societies are marked now
     * @throws ForbiddenException when the actor may not write records
     */
    int mark(Actor actor, Collection<String> usccs);

    /** How many demo societies are recorded. */
    long count();

    /**
     * Removes every demo society and everything recorded about it in every context (ledger revisions,
     * party organisations, requests, liaisons, rectification tasks, evaluation results, awards) in one
     * transaction: all of it or, on any failure, nothing.
     *
     * @throws ForbiddenException when the actor is not a national administrator
     */
    DemoRemoval remove(Actor actor);
}
