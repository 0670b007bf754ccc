package org.castpb.records.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.castpb.api.ValidationException;
import org.junit.Test;

public class CsvTest {

    @Test
    public void quotedCellsMayHoldCommasQuotesAndLineBreaks() {
        List<Csv.Row> rows = Csv.parse("名称,说明\r\n\"中国数学会\",\"一,二\"\"三\"\"\n四\"\r\n中国力学学会,\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("中国数学会", "一,二\"三\"\n四"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
        assertEquals(4, rows.get(2).line());
        assertEquals(List.of("中国力学学会", ""), rows.get(2).cells());
    }

    @Test
    public void writtenRowsParseBackUnchanged() {
        StringBuilder out = new StringBuilder();
        List<String> cells = List.of("中国数学会", "a,b", "say \"hi\"", "two\nlines", " padded ", "");
        Csv.write(out, cells);
        assertEquals(cells, Csv.parse(out.toString()).get(0).cells());
    }

    @Test
    public void byteOrderMarkIsSkipped() {
        byte[] bytes = "\uFEFF名称\n中国数学会\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("名称", Csv.read(new ByteArrayInputStream(bytes), 1000).get(0).cells().get(0));
    }

    @Test
    public void gbkFileIsRefusedWithItsLine() {
        byte[] bytes = "名称\n中国数学会\n".getBytes(Charset.forName("GBK"));
        assertEquals("NOT_UTF8", refusal(bytes, 1000));
    }

    @Test
    public void excelFileIsRefusedAsNotCsv() {
        assertEquals("NOT_CSV", refusal(new byte[] {'P', 'K', 3, 4, 0, 0}, 1000));
    }

    @Test
    public void tooLargeFileIsRefused() {
        assertEquals("FILE_TOO_LARGE", refusal(new byte[2000], 1000));
    }

    @Test
    public void unterminatedQuoteIsRefusedWithTheLineItOpened() {
        try {
            Csv.parse("a,b\n1,\"open\n2,3\n");
            fail();
        } catch (ValidationException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("line 2"));
        }
    }

    private static String refusal(byte[] bytes, long max) {
        try {
            Csv.read(new ByteArrayInputStream(bytes), max);
            fail("expected a refusal");
            return null;
        } catch (ValidationException e) {
            return e.errors().get(0).code();
        }
    }
}
