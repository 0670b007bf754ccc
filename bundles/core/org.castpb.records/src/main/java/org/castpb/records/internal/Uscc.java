package org.castpb.records.internal;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-symbol charset, the last one a check character computed from the first 17.
 */
final class Uscc {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    /** Upper-cases and trims a code as typed by people; null stays null. */
    static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The check character for the first 17 characters of {@code code}.
     *
     * @throws IllegalArgumentException if fewer than 17 characters are given or one is outside the charset
     */
    static char checkCharacter(String code) {
        if (code.length() < LENGTH - 1) {
            throw new IllegalArgumentException("need 17 characters, got " + code.length());
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = CHARSET.indexOf(code.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character '" + code.charAt(i) + "' at position " + (i + 1)
                        + " is not in the USCC charset");
            }
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /**
     * Why a code is not a valid USCC, or empty when it is.
     * The reason names the position of a bad character or the expected check character.
     */
    static Optional<String> problem(String code) {
        if (code.length() != LENGTH) {
            return Optional.of("must be 18 characters, got " + code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character '" + code.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed (allowed: digits and " + CHARSET.substring(10) + "; never I, O, S, V, Z)");
            }
        }
        char expected = checkCharacter(code);
        if (code.charAt(LENGTH - 1) != expected) {
            return Optional.of("check character is '" + code.charAt(LENGTH - 1) + "' but GB 32100 gives '"
                    + expected + "' for the first 17 characters");
        }
        return Optional.empty();
    }
}
