package org.castpb.api;

import java.util.List;

/** A society whose ledger is not "five clears", with the sections that are not and what they miss. */
public record UnclearLedger(Society society, int revision, List<SectionStatus> unclearSections) {
    public UnclearLedger {
        unclearSections = List.copyOf(unclearSections);
    }
}
