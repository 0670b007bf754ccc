package org.castpb.shell.internal;

/**
 * How many terminal columns text takes: Chinese, Japanese and Korean characters and full-width
 * forms take two, combining marks and format characters none, everything else one (the East Asian
 * Width rules terminals follow).
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** Columns taken by {@code text}; 0 for null. */
    static int of(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().map(DisplayWidth::ofCodePoint).sum();
    }

    /** Columns taken by one character. */
    static int ofCodePoint(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** East Asian Wide and Fullwidth ranges, as terminals draw them. */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)       // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)   // CJK radicals, punctuation, ideographic space
                || (cp >= 0x3041 && cp <= 0x33FF)   // kana, bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)   // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)   // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)   // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)   // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)   // CJK compatibility ideographs
                || (cp >= 0xFE10 && cp <= 0xFE19)   // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE6F)   // CJK compatibility and small forms
                || (cp >= 0xFF00 && cp <= 0xFF60)   // full-width ASCII and punctuation (，：；（）)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)   // full-width signs
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs and emoji
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }

    /**
     * Columns taken beyond one per {@code char}: what a padder that counts chars (as ShellTable
     * does) gets wrong for this text. Negative for text with zero-width characters.
     */
    static int excess(String text) {
        return of(text) - text.length();
    }
}
