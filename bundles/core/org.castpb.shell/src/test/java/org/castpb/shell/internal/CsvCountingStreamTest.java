package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class CsvCountingStreamTest {

    @Test
    public void countsRecordsButNotLineBreaksInsideQuotedCells() throws Exception {
        byte[] csv = "名称,说明\r\n中国数学会,\"第一行\r\n第二行\"\r\n中国力学学会,\"引号\"\"内\"\r\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        CsvCountingStream counted = new CsvCountingStream(target);

        counted.write(csv, 0, 10);
        counted.write(csv[10]);
        counted.write(csv, 11, csv.length - 11);

        assertEquals(3, counted.records());
        assertEquals(csv.length, counted.bytes());
        assertEquals(new String(csv, StandardCharsets.UTF_8), target.toString(StandardCharsets.UTF_8));
    }
}
