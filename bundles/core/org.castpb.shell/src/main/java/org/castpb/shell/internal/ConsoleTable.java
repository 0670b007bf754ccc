package org.castpb.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.karaf.shell.support.table.Col;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * A {@link ShellTable} whose columns line up when cells hold Chinese text.
 *
 * <p>ShellTable pads every cell, and draws the line under the headers, by counting chars, but a
 * Chinese character takes two terminal columns: a column of names of different lengths comes out
 * ragged. So, per column, every cell (the header too) is given the same display "excess" (columns
 * beyond one per char) by appending ideographic spaces (U+3000: one char, two columns), after
 * which ShellTable's char padding lines the cells up; and the column reports that excess in its
 * size, so the line under the headers is as wide as what is drawn. Padding with ideographic
 * spaces rather than zero-width characters keeps copied names clean: they are whitespace, and
 * {@code strip()} removes them. Columns without wide characters are left exactly as ShellTable
 * draws them.
 */
final class ConsoleTable {

    /** One char, two columns: what lets char-counting padding add display width. */
    static final char IDEOGRAPHIC_SPACE = '\u3000';

    private final List<String> headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();
    private String emptyText;

    ConsoleTable(String... headers) {
        this.headers = List.of(headers);
        this.right = new boolean[headers.length];
    }

    /** Aligns these columns (0-based) to the right, as numbers are. */
    ConsoleTable alignRight(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    /** What to print instead of an empty table (the headers are printed above it). */
    ConsoleTable emptyText(String text) {
        this.emptyText = text;
        return this;
    }

    /** Adds a row; null cells print empty, others as {@code toString()}. */
    ConsoleTable addRow(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row needs " + headers.size() + " cells, got " + cells.length);
        }
        // a cell is one line: ShellTable would split it, and the padding holds for whole cells only
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString().replaceAll("\\R", " ")).toArray(String[]::new));
        return this;
    }

    /** The ShellTable to print, with wide text padded as described above. */
    ShellTable toShellTable() {
        ShellTable table = new ShellTable();
        int[] excess = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            excess[c] = DisplayWidth.excess(headers.get(c));
            for (String[] row : rows) {
                excess[c] = Math.max(excess[c], DisplayWidth.excess(row[c]));
            }
            Col col = excess[c] == 0 ? new Col(headers.get(c)) : new WideCol(pad(headers.get(c), excess[c], false), excess[c]);
            table.column(right[c] ? col.alignRight() : col.alignLeft());
        }
        for (String[] row : rows) {
            Object[] cells = new Object[row.length];
            for (int c = 0; c < row.length; c++) {
                cells[c] = excess[c] == 0 ? row[c] : pad(row[c], excess[c], right[c]);
            }
            table.addRow().addContent(cells);
        }
        if (emptyText != null) {
            table.emptyTableText(emptyText);
        }
        return table;
    }

    void print(PrintStream out) {
        toShellTable().print(out);
    }

    /** The cell with ideographic spaces making its excess {@code target}: after it when left-aligned, before it when right. */
    static String pad(String cell, int target, boolean alignRight) {
        int missing = target - DisplayWidth.excess(cell);
        if (missing <= 0) {
            return cell;
        }
        String spaces = String.valueOf(IDEOGRAPHIC_SPACE).repeat(missing);
        return alignRight ? spaces + cell : cell + spaces;
    }

    /** A column whose size, as used for the line under the headers, counts display columns. */
    private static final class WideCol extends Col {
        private final int excess;

        WideCol(String header, int excess) {
            super(header);
            this.excess = excess;
        }

        @Override
        public int getSize() {
            return super.getSize() + excess;
        }
    }
}
