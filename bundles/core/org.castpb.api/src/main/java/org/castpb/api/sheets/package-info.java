/**
 * How castpb writes a sheet for people to open in a spreadsheet, shared by every bundle that exports one so the rules
 * live once: CSV through {@link org.castpb.api.csv.CsvCells}, or an Excel workbook (.xlsx) with typed cells, the
 * header frozen and the columns as wide as their cells. Needs Apache POI at run time (feature castpb-core installs it).
 */
@Export
@Version("1.0.0")
package org.castpb.api.sheets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
