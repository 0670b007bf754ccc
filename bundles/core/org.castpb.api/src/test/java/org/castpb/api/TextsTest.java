package org.castpb.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class TextsTest {

    @Test
    public void aNulInANameIsRefusedNamingTheFieldAndThePosition() {
        List<FieldError> errors = new ArrayList<>();
        Texts.checkLine(errors, "name", "中国\u0000数学会");
        assertEquals(1, errors.size());
        assertEquals("name", errors.get(0).field());
        assertEquals(Texts.CONTROL_CHARACTER, errors.get(0).code());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains("U+0000 at position 3"));
    }

    @Test
    public void aNameHoldsNoLineBreakButANoteMay() {
        List<FieldError> errors = new ArrayList<>();
        Texts.checkLine(errors, "name", "中国\n数学会");
        Texts.checkMultiline(errors, "note", "第一行\r\n第二行\t附注");
        Texts.checkMultiline(errors, "note", null);
        assertEquals(1, errors.size());
        assertEquals("name", errors.get(0).field());
    }

    @Test
    public void otherControlCharactersAreRefusedEvenInANote() {
        for (char c : new char[] {'\u0001', '\u001b', '\u007f', '\u000b', '\u000c'}) {
            assertEquals(String.valueOf((int) c), 0, Texts.firstControlCharacter(c + "附注", true));
        }
        assertEquals(-1, Texts.firstControlCharacter("Chinese Mathematical Society 中国数学会", false));
    }
}
