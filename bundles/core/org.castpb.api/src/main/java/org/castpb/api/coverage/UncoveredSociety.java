package org.castpb.api.coverage;

import org.castpb.api.NoOrganisationReason;

/**
 * A society in scope lacking a coverage, with the reason its current ledger gives.
 *
 * @param societyId  the society's id
 * @param name       its name
 * @param uscc       its unified social credit code
 * @param regionCode its six-digit region code
 * @param lacks      the coverage it lacks
 * @param reason     the current ledger's reason for having no organisation, or null when none is recorded
 * @param reasonText the current ledger's explanation, or null
 */
public record UncoveredSociety(long societyId, String name, String uscc, String regionCode, CoverageKind lacks,
                               NoOrganisationReason reason, String reasonText) {
}
