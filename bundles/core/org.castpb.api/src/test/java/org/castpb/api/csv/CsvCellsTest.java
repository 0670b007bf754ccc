package org.castpb.api.csv;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import org.junit.Test;

public class CsvCellsTest {

    @Test
    public void cellsASpreadsheetWouldReadAsAFormulaGetALeadingApostrophe() {
        assertEquals("'=HYPERLINK(\"\"http://evil.example\"\")", CsvCells.neutralise("=HYPERLINK(\"\"http://evil.example\"\")"));
        assertEquals("'+86 10 6888 8888", CsvCells.neutralise("+86 10 6888 8888"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", CsvCells.neutralise("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(1+1)", CsvCells.neutralise("@SUM(1+1)"));
        assertEquals("'\t=1+1", CsvCells.neutralise("\t=1+1"));
        assertEquals("'\r=1+1", CsvCells.neutralise("\r=1+1"));
    }

    @Test
    public void otherCellsAreLeftAsTheyAre() {
        for (String plain : new String[] {"中国数学会", "a=b", "1-2", " =1+1", "'=1+1", "", "2016-12-31"}) {
            assertEquals(plain, CsvCells.neutralise(plain));
        }
        assertEquals(null, CsvCells.neutralise(null));
    }

    @Test
    public void restoreUndoesExactlyWhatNeutraliseDid() {
        for (String value : new String[] {"=1+1", "+86", "-", "@x", "\tx", "\rx", "'", "'a", "''=1", "plain", ""}) {
            assertEquals(value, CsvCells.restore(CsvCells.neutralise(value)));
        }
        // an apostrophe before anything else was typed and stays
        assertEquals("'abc", CsvCells.restore("'abc"));
    }

    @Test
    public void aRecordIsNeutralisedQuotedWhereNeededAndEndsWithCrLf() {
        StringBuilder out = new StringBuilder();
        CsvCells.record(out, Arrays.asList("=1+1", "a,b", "say \"hi\"", "two\nlines", " padded ", null, "-5"));
        assertEquals("'=1+1,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",,'-5\r\n", out.toString());
        assertEquals("\"'\r=1\"", CsvCells.cell("\r=1"));
    }
}
