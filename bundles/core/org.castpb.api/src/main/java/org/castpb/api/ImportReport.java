package org.castpb.api;

import java.util.List;

/**
 * What an import did.
 *
 * @param rows      data rows read (the header not counted)
 * @param created   societies created
 * @param updated   societies or ledgers changed
 * @param unchanged rows that matched what was already recorded
 * @param applied   whether anything was written; false when the file was refused as a whole
 * @param errors    every invalid row, with column and reason
 * @param warnings  rows written (or writable) that deserve a look, e.g. a name another active society already has
 */
public record ImportReport(int rows, int created, int updated, int unchanged, boolean applied, List<ImportError> errors,
                           List<ImportError> warnings) {
    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** A report without warnings. */
    public ImportReport(int rows, int created, int updated, int unchanged, boolean applied, List<ImportError> errors) {
        this(rows, created, updated, unchanged, applied, errors, List.of());
    }
}
