package org.castpb.api;

import java.io.InputStream;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports and exports societies with their current ledgers as UTF-8 CSV with Chinese headers,
 * or as Excel workbooks, the formats officials keep today. An export re-imports unchanged.
 */
@ProviderType
public interface SocietyTransferService {

    /**
     * Validates every row first, then upserts by USCC in one transaction. A row whose society (as recorded, or
     * as the row would make it) lies outside the actor's scope is refused by line with code {@code OUT_OF_SCOPE},
     * under the same atomicity mode as any other invalid row.
     *
     * @throws ValidationException when the file itself is unusable (not UTF-8, not CSV, too large, headers missing)
     * @throws ForbiddenException  when the actor may not write records
     */
    ImportReport importCsv(Actor actor, InputStream csv, ImportMode mode);

    /**
     * Writes the societies in the actor's scope matching the filters (paging ignored) with their current ledgers,
     * as CSV with a BOM.
     *
     * @throws ForbiddenException when the actor holds no castpb role
     */
    void exportCsv(Actor actor, SocietyQuery filter, OutputStream out);

    /**
     * As {@link #importCsv}, from the first sheet of an Excel workbook (.xlsx) with the same columns.
     *
     * @throws ValidationException when the file is not a readable .xlsx workbook, is too large or lacks the headers
     */
    ImportReport importXlsx(Actor actor, InputStream xlsx, ImportMode mode);

    /** As {@link #exportCsv}, as an Excel workbook (.xlsx) with one sheet. */
    void exportXlsx(Actor actor, SocietyQuery filter, OutputStream out);
}
