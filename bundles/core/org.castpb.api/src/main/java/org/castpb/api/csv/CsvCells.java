package org.castpb.api.csv;

import java.util.List;

/**
 * Writes CSV cells and records for spreadsheets. A cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is one a spreadsheet may run as a formula
 * (CSV injection), so it is written with a leading apostrophe, OWASP's rule; spreadsheets show
 * the apostrophe-prefixed text as typed. {@link #restore} undoes exactly that, so castpb's own
 * export imports back unchanged.
 */
public final class CsvCells {

    /** The first characters that make a spreadsheet read a cell as a formula. */
    public static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private CsvCells() {
    }

    /** The value with a leading apostrophe when it begins with a formula trigger; otherwise (and null) unchanged. */
    public static String neutralise(String value) {
        return value != null && !value.isEmpty() && FORMULA_TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The inverse of {@link #neutralise}: drops the apostrophe only before a formula trigger, where it added one. */
    public static String restore(String cell) {
        return cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && FORMULA_TRIGGERS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** One cell, neutralised, then quoted (RFC 4180) when it holds a comma, a quote, a line break or edge whitespace; null is empty. */
    public static String cell(String value) {
        String c = value == null ? "" : neutralise(value);
        boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0
                || !c.isEmpty() && (Character.isWhitespace(c.charAt(0)) || Character.isWhitespace(c.charAt(c.length() - 1)));
        return quote ? '"' + c.replace("\"", "\"\"") + '"' : c;
    }

    /** Appends one record: every cell through {@link #cell}, separated by commas, ended by CRLF. */
    public static void record(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = cells.get(i);
            out.append(cell(value == null ? null : value.toString()));
        }
        out.append("\r\n");
    }
}
