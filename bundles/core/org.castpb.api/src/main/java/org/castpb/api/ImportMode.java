package org.castpb.api;

/** What an import does when some rows are invalid. In both modes a failure while writing rolls back every row. */
public enum ImportMode {
    /** Write nothing unless every row is valid (the default). */
    ALL_OR_NOTHING,
    /** Write the valid rows, report the invalid ones. */
    VALID_ROWS
}
