package org.castpb.api.members;

/**
 * How personal data is shown wherever it is listed, exported or reported (PIPL): the one place that masks. A
 * citizen ID keeps its first four and last four characters ({@code 3301**********123X}), a phone its first three
 * and last four ({@code 138****5678}). Every door shows what the services return, and the services mask here.
 */
public final class Masks {

    private Masks() {
    }

    /** {@code 330106199001011234} as {@code 3301**********1234}; null stays null. */
    public static String citizenId(String id) {
        return keep(id, 4, 4);
    }

    /** {@code 13812345678} as {@code 138****5678}; null stays null. */
    public static String phone(String phone) {
        return keep(phone, 3, 4);
    }

    /** Keeps {@code head} and {@code tail} characters and stars the rest; a text too short for that is starred whole. */
    private static String keep(String text, int head, int tail) {
        if (text == null) {
            return null;
        }
        if (text.length() <= head + tail) {
            return "*".repeat(text.length());
        }
        return text.substring(0, head) + "*".repeat(text.length() - head - tail) + text.substring(text.length() - tail);
    }
}
