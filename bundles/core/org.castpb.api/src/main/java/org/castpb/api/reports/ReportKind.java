package org.castpb.api.reports;

/** How often a work report is due: its periods. */
public enum ReportKind {
    /** two periods a year, H1 (January-June) and H2 (July-December) */
    HALF_YEARLY,
    /** one period a year */
    YEARLY
}
