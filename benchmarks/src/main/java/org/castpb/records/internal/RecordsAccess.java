package org.castpb.records.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.castpb.api.LedgerDraft;
import org.castpb.api.SectionStatus;
import org.castpb.api.text.Labels;

/**
 * The benchmark's only window into the records bundle's package-private helpers. It lives in the
 * bundle's package (a split package is harmless on a plain class path) so that the benchmark
 * writes exactly the CSV headers, labels and clear flags the bundle itself uses, instead of a
 * copy that could drift while the bundle changes.
 */
public final class RecordsAccess {

    /** Where the change log lives inside the records jar (its Castpb-Schema header names it). */
    public static final String CHANGELOG = "db/changelog.xml";

    private RecordsAccess() {
    }

    /** The CSV header cells, in the order exports write them. */
    public static List<String> csvHeaders() {
        return SocietyCsv.header();
    }

    /** Headers of the columns an import refuses to go without. */
    public static List<String> requiredCsvHeaders() {
        return SocietyCsv.COLUMNS.stream().filter(SocietyCsv.Column::required).map(SocietyCsv.Column::header).toList();
    }

    /** The Chinese label the bundle reads and writes for an enumeration constant ("" for null). */
    public static String label(Enum<?> value) {
        return org.castpb.api.text.Labels.of(value);
    }

    /** Why a USCC is invalid, or empty when the bundle accepts it. */
    public static Optional<String> usccProblem(String uscc) {
        return Uscc.problem(uscc);
    }

    /** The section statuses the bundle stores beside a ledger revision (IS_CLEAR, UNCLEAR_SECTIONS). */
    public static List<SectionStatus> sections(LedgerDraft ledger) {
        return LedgerRules.status(ledger);
    }

    /** GB/T 2260 province codes and names as the bundle's validator knows them. */
    public static Map<String, String> provinces() {
        return Regions.provinces();
    }
}
