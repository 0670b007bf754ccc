package org.castpb.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did. A file with a million bad rows must not answer with a million errors: {@code errors} and
 * {@code warnings} hold the first ones (up to a limit the site configures), the counts hold them all.
 *
 * @param rows         data rows read (the header not counted)
 * @param created      societies created
 * @param updated      societies or ledgers changed
 * @param unchanged    rows that matched what was already recorded
 * @param applied      whether anything was written; false when the file was refused as a whole
 * @param errors       the first invalid rows' problems, by line, with column and reason
 * @param warnings     the first rows written (or writable) that deserve a look, e.g. a name another active society
 *                     already has
 * @param errorCount   all problems found, {@code errors} being the first of them
 * @param errorCounts  all problems found per {@link ImportError#code}
 * @param warningCount all warnings, {@code warnings} being the first of them
 */
public record ImportReport(int rows, int created, int updated, int unchanged, boolean applied, List<ImportError> errors,
                           List<ImportError> warnings, int errorCount, Map<String, Integer> errorCounts, int warningCount) {
    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        errorCounts = java.util.Collections.unmodifiableMap(new TreeMap<>(errorCounts));
    }

    /** A report listing every error and warning. */
    public ImportReport(int rows, int created, int updated, int unchanged, boolean applied, List<ImportError> errors,
                        List<ImportError> warnings) {
        this(rows, created, updated, unchanged, applied, errors, warnings, errors.size(), countsOf(errors), warnings.size());
    }

    /** A report without warnings. */
    public ImportReport(int rows, int created, int updated, int unchanged, boolean applied, List<ImportError> errors) {
        this(rows, created, updated, unchanged, applied, errors, List.of());
    }

    /** Whether the report lists fewer errors or warnings than were found. */
    public boolean truncated() {
        return errorCount > errors.size() || warningCount > warnings.size();
    }

    private static Map<String, Integer> countsOf(List<ImportError> errors) {
        Map<String, Integer> counts = new TreeMap<>();
        errors.forEach(e -> counts.merge(e.code(), 1, Integer::sum));
        return counts;
    }
}
