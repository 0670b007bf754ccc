package org.castpb.api;

/**
 * What an import does when some rows are invalid. In the writing modes a failure while writing rolls back every row;
 * {@link #CHECK_ONLY} writes nothing and reports what an import would refuse and warn about, row by row.
 */
public enum ImportMode {
    /** Write nothing unless every row is valid (the default). */
    ALL_OR_NOTHING,
    /** Write the valid rows, report the invalid ones. */
    VALID_ROWS,
    /** Check every row (values, scope, duplicate names) and report, writing nothing: a dry run before importing. */
    CHECK_ONLY
}
