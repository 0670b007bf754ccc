package org.castpb.api;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a society's ledger, with its clear status.
 *
 * @param societyId  the society
 * @param revision   1 for the first revision; 0 for a society with no ledger yet (everything missing)
 * @param recordedAt when this revision was recorded (null for revision 0)
 * @param recordedBy who recorded it (null for revision 0)
 * @param content    the ledger's content
 * @param clear      whether all five sections are complete ("five clears")
 * @param sections   the status of each of the five sections
 */
public record Ledger(long societyId, int revision, Instant recordedAt, String recordedBy, LedgerDraft content,
                     boolean clear, List<SectionStatus> sections) {
    public Ledger {
        sections = List.copyOf(sections);
    }
}
