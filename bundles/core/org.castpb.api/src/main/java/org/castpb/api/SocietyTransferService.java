package org.castpb.api;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Imports and exports societies with their current ledgers as UTF-8 CSV with Chinese headers,
 * or as Excel workbooks, the formats officials keep today. An export re-imports unchanged.
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

    /**
     * As {@link #importCsv}, from the first sheet of an Excel workbook (.xlsx) with the same columns.
     *
     * @throws ValidationException when the file is not a readable .xlsx workbook, is too large or lacks the headers
     */
    ImportReport importXlsx(Actor actor, InputStream xlsx, ImportMode mode);

    /** As {@link #exportCsv}, as an Excel workbook (.xlsx) with one sheet. */
    void exportXlsx(SocietyQuery filter, OutputStream out);
}
