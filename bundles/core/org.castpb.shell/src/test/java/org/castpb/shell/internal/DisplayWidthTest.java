package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class DisplayWidthTest {

    @Test
    public void chineseCharactersTakeTwoColumns() {
        assertEquals(10, DisplayWidth.of("中国数学会"));
        assertEquals(5, DisplayWidth.excess("中国数学会"));
    }

    @Test
    public void asciiTakesOneColumnPerChar() {
        assertEquals(3, DisplayWidth.of("abc"));
        assertEquals(0, DisplayWidth.excess("Chinese Mathematical Society"));
    }

    @Test
    public void fullWidthPunctuationAndTheIdeographicSpaceTakeTwoColumns() {
        assertEquals(8, DisplayWidth.of("（是）："));
        assertEquals(2, DisplayWidth.of("\u3000"));
        assertEquals(2, DisplayWidth.of("Ａ"));
    }

    @Test
    public void mixedTextAddsUp() {
        assertEquals(4 + 1 + 10, DisplayWidth.of("CAST 中国科协会"));
    }

    @Test
    public void combiningMarksAndControlsTakeNoColumn() {
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(-1, DisplayWidth.excess("e\u0301"));
        assertEquals(0, DisplayWidth.of("\t"));
    }

    @Test
    public void ideographsBeyondTheBasicPlaneTakeTwoColumnsAndTwoChars() {
        String rare = new String(Character.toChars(0x20BB7)); // 𠮷, a surrogate pair in Java
        assertEquals(2, DisplayWidth.of(rare));
        assertEquals(0, DisplayWidth.excess(rare));
    }

    @Test
    public void nullIsEmpty() {
        assertEquals(0, DisplayWidth.of(null));
    }
}
