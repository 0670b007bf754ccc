package org.castpb.api;

import java.util.List;

/**
 * Whether one ledger section is complete, and if not what is missing.
 *
 * @param section the section
 * @param clear   complete
 * @param missing the missing or inconsistent items, named for people (empty when clear)
 */
public record SectionStatus(LedgerSection section, boolean clear, List<String> missing) {
    public SectionStatus {
        missing = List.copyOf(missing);
    }
}
