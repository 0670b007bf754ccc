package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.support.table.ShellTable;
import org.junit.Test;

public class ConsoleTableTest {

    @Test
    public void columnsLineUpOnTheTerminalWhenNamesAreChinese() {
        ConsoleTable table = new ConsoleTable("ID", "Name", "USCC", "Level").alignRight(0);
        table.addRow(1, "中国数学会", "51100000D000000013", "NATIONAL");
        table.addRow(12, "中国力学学会", "51100000D000000021", "NATIONAL");
        table.addRow(123, "国际粉体检测与控制联合会", "51100000D00000003X", "NATIONAL");
        table.addRow(4, "Acoustical Society", "513100005000050010", "PROVINCIAL");
        table.addRow(5, null, "", null);

        List<String> lines = print(table);

        assertEquals(7, lines.size());
        assertSeparatorsAtTheSameColumns(lines);
        assertTrue(lines.get(2), lines.get(2).contains("中国数学会"));
    }

    @Test
    public void rightAlignedChineseColumnsLineUpToo() {
        ConsoleTable table = new ConsoleTable("名称", "Count").alignRight(0, 1);
        table.addRow("中国数学会", 1);
        table.addRow("CAST", 22);
        table.addRow("中国科学技术协会", 333);

        List<String> lines = print(table);

        assertSeparatorsAtTheSameColumns(lines);
        // right-aligned: every name ends where the column ends
        for (String line : lines.subList(2, lines.size())) {
            String name = line.substring(0, line.indexOf('|') >= 0 ? line.indexOf('|') : line.indexOf('│'));
            assertEquals(line, ' ', name.charAt(name.length() - 1));
            assertFalse(line, Character.isWhitespace(name.charAt(name.length() - 2)) || name.charAt(name.length() - 2) == '\u3000');
        }
    }

    @Test
    public void tablesWithoutWideTextPrintExactlyAsShellTableDoes() {
        ConsoleTable ours = new ConsoleTable("Revision", "By", "Note").alignRight(0);
        ours.addRow(2, "admin", "imported");
        ours.addRow(1, "officer", null);
        ShellTable plain = new ShellTable();
        plain.column("Revision").alignRight();
        plain.column("By");
        plain.column("Note");
        plain.addRow().addContent(2, "admin", "imported");
        plain.addRow().addContent(1, "officer", "");

        assertEquals(text(plain), String.join("\n", print(ours)) + "\n");
    }

    @Test
    public void cellsWithLineBreaksStayOnOneLine() {
        ConsoleTable table = new ConsoleTable("Note");
        table.addRow("第一行\n第二行");

        List<String> lines = print(table);

        assertEquals(3, lines.size());
        assertTrue(lines.get(2), lines.get(2).startsWith("第一行 第二行"));
    }

    @Test
    public void anEmptyTablePrintsItsEmptyText() {
        List<String> lines = print(new ConsoleTable("Field", "Before", "After").emptyText("no differences"));

        assertEquals("no differences", lines.get(lines.size() - 1));
    }

    /** Every line has its column separators (| or +, or their box-drawing forms) at the same display columns. */
    private static void assertSeparatorsAtTheSameColumns(List<String> lines) {
        List<Integer> expected = separatorColumns(lines.get(0));
        assertFalse("no separators in " + lines.get(0), expected.isEmpty());
        for (String line : lines) {
            assertEquals(String.join("\n", lines), expected, separatorColumns(line));
        }
    }

    private static List<Integer> separatorColumns(String line) {
        List<Integer> columns = new ArrayList<>();
        int column = 0;
        for (int cp : line.codePoints().toArray()) {
            if ("|+│┼".indexOf(cp) >= 0) {
                columns.add(column);
            }
            column += DisplayWidth.ofCodePoint(cp);
        }
        return columns;
    }

    private static List<String> print(ConsoleTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R"));
    }

    private static String text(ShellTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
