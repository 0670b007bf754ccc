/**
 * How castpb writes a CSV cell, shared by every door that produces CSV so the rule lives once:
 * RFC 4180 quoting and OWASP's neutralisation of cells a spreadsheet would run as a formula; and the reading of
 * uploaded files into rows, CSV ({@link org.castpb.api.csv.CsvText}) or Excel workbooks ({@link org.castpb.api.csv.Xlsx},
 * which needs Apache POI at run time).
 */
@Export
@Version("1.2.0")
package org.castpb.api.csv;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
