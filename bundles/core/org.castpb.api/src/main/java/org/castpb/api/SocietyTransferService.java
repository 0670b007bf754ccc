package org.castpb.api;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Imports and exports societies with their current ledgers as UTF-8 CSV with Chinese headers,
 * the format officials keep in spreadsheets today. An export re-imports unchanged.
 */
public interface SocietyTransferService {

    /**
     * Validates every row first, then upserts by USCC in one transaction.
     *
     * @throws ValidationException when the file itself is unusable (not UTF-8, not CSV, too large, headers missing)
     * @throws ForbiddenException  when the actor may not write records
     */
    ImportReport importCsv(Actor actor, InputStream csv, ImportMode mode);

    /** Writes the societies matching the filters (paging ignored) with their current ledgers, as CSV with a BOM. */
    void exportCsv(SocietyQuery filter, OutputStream out);
}
