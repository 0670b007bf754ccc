package org.castpb.api;

import java.time.Instant;

/** One entry of a ledger's revision history. */
public record LedgerRevision(int revision, Instant recordedAt, String recordedBy, String note, boolean clear) {
}
