package org.castpb.api;

/**
 * One problem in an imported file.
 *
 * @param row    1-based line of the file the row starts on (the header is line 1)
 * @param column the column's header, or null when the whole row is at fault
 * @param reason what is wrong and what is expected
 * @param code   the kind of problem, stable for programs and for the counts of a report (e.g. {@code INVALID_USCC},
 *               {@code OUT_OF_SCOPE}, {@code DUPLICATE_USCC}); {@value #INVALID_VALUE} when nothing more precise applies
 */
public record ImportError(int row, String column, String reason, String code) {

    /** The code of a cell that cannot be read as what its column holds. */
    public static final String INVALID_VALUE = "INVALID_VALUE";

    public ImportError {
        code = code == null ? INVALID_VALUE : code;
    }

    /** A problem without a more precise code than {@value #INVALID_VALUE}. */
    public ImportError(int row, String column, String reason) {
        this(row, column, reason, INVALID_VALUE);
    }
}
