package org.castpb.api;

/**
 * One problem in an imported file.
 *
 * @param row    1-based line of the file the row starts on (the header is line 1)
 * @param column the column's header, or null when the whole row is at fault
 * @param reason what is wrong and what is expected
 */
public record ImportError(int row, String column, String reason) {
}
