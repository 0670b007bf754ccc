package org.castpb.api;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps each society's ledger (台账) as dated revisions and tells whether it is "five clears".
 * A change never overwrites: it adds a revision, so the ledger can be read as of any date.
 * Reads see only the actor's {@link Scope} and need a castpb role ({@link ForbiddenException} otherwise).
 */
@ProviderType
public interface LedgerService {

    /**
     * The current ledger of a society; revision 0 with every section missing when none was recorded.
     *
     * @throws NotFoundException when there is no such society in the actor's scope
     */
    Ledger current(Actor actor, long societyId);

    /**
     * The ledger as it stood at the end of {@code date} (revision 0 if nothing was recorded by then).
     *
     * @throws NotFoundException when there is no such society in the actor's scope
     */
    Ledger asOf(Actor actor, long societyId, LocalDate date);

    /**
     * One revision.
     *
     * @throws NotFoundException when there is no such society in the actor's scope or revision
     */
    Ledger revision(Actor actor, long societyId, int revision);

    /**
     * Records a new revision.
     *
     * @param expectedRevision the revision the caller last read (0 for a society with no ledger yet)
     * @throws StaleVersionException when another revision was recorded since
     * @throws ValidationException   naming each invalid or inconsistent field
     * @throws ForbiddenException    when the actor may not write records (a viewer never does; a society secretary
     *                               does for their own societies), or (code {@code OUT_OF_SCOPE}) the society lies
     *                               outside the actor's scope
     * @throws NotFoundException     when there is no such society
     */
    Ledger update(Actor actor, long societyId, int expectedRevision, LedgerDraft draft);

    /** The revision history, newest first. */
    List<LedgerRevision> revisions(Actor actor, long societyId);

    /**
     * What changed between two revisions (0 stands for the empty ledger).
     *
     * @throws NotFoundException when there is no such society in the actor's scope or revision
     */
    LedgerComparison compare(Actor actor, long societyId, int fromRevision, int toRevision);

    /**
     * Societies in the actor's scope matching the query whose current ledger is not "five clears" (including those with
     * no ledger at all), ordered by society id, each with what is missing.
     */
    Page<UnclearLedger> unclear(Actor actor, SocietyQuery query);
}
