package org.castpb.itests;

/** Test codes that pass the GB 32100 check: a fixed national prefix and a running serial. */
final class Usccs {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Usccs() {
    }

    /** A valid code whose characters 9-17 carry {@code serial}. */
    static String valid(String region, long serial) {
        String first17 = "51" + region + String.format("%09d", serial);
        return first17 + check(first17);
    }

    /** The same code with a wrong check character, and the one that was expected. */
    static String[] withWrongCheck(String valid) {
        char expected = valid.charAt(17);
        char wrong = expected == '0' ? '1' : '0';
        return new String[] {valid.substring(0, 17) + wrong, String.valueOf(expected)};
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }
}
