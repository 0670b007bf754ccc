package org.castpb.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Keeps each society's ledger (台账) as dated revisions and tells whether it is "five clears".
 * A change never overwrites: it adds a revision, so the ledger can be read as of any date.
 */
public interface LedgerService {

    /**
     * The current ledger of a society; revision 0 with every section missing when none was recorded.
     *
     * @throws NotFoundException when there is no such society
     */
    Ledger current(long societyId);

    /**
     * The ledger as it stood at the end of {@code date} (revision 0 if nothing was recorded by then).
     *
     * @throws NotFoundException when there is no such society
     */
    Ledger asOf(long societyId, LocalDate date);

    /**
     * One revision.
     *
     * @throws NotFoundException when there is no such society or revision
     */
    Ledger revision(long societyId, int revision);

    /**
     * Records a new revision.
     *
     * @param expectedRevision the revision the caller last read (0 for a society with no ledger yet)
     * @throws StaleVersionException when another revision was recorded since
     * @throws ValidationException   naming each invalid or inconsistent field
     * @throws ForbiddenException    when the actor may not write records
     * @throws NotFoundException     when there is no such society
     */
    Ledger update(Actor actor, long societyId, int expectedRevision, LedgerDraft draft);

    /** The revision history, newest first. */
    List<LedgerRevision> revisions(long societyId);

    /**
     * What changed between two revisions (0 stands for the empty ledger).
     *
     * @throws NotFoundException when there is no such society or revision
     */
    LedgerComparison compare(long societyId, int fromRevision, int toRevision);

    /**
     * Societies matching the query whose current ledger is not "five clears" (including those with
     * no ledger at all), ordered by society id, each with what is missing.
     */
    Page<UnclearLedger> unclear(SocietyQuery query);
}
