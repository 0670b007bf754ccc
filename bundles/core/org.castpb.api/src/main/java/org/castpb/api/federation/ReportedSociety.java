package org.castpb.api.federation;

/**
 * One society's state in an upward report.
 *
 * @param uscc                its unified social credit code, how the parent recognises it
 * @param name                its name
 * @param regionCode          its region
 * @param organisationCovered whether a party organisation covers it as of the report's date
 * @param workCovered         whether party work covers it as of the report's date
 * @param ledgerClear         whether its current ledger is clear in all five sections
 */
public record ReportedSociety(String uscc, String name, String regionCode, boolean organisationCovered, boolean workCovered,
                              boolean ledgerClear) {
}
