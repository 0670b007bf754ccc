package org.castpb.api.members;

import java.util.List;
import java.util.regex.Pattern;
import org.castpb.api.FieldError;

/**
 * The citizen identity number (公民身份号码, GB 11643-1999): 17 digits and a check character computed over them with
 * ISO 7064 MOD 11-2 (weights 2^(17-i) mod 11, check value (12 - sum mod 11) mod 11, 10 written as X).
 */
public final class CitizenIds {

    /** The code of a {@link FieldError} for a number that is not 17 digits and a digit or X. */
    public static final String FORMAT = "CITIZEN_ID_FORMAT";
    /** The code of a {@link FieldError} for a wrong check character; the message names the expected one. */
    public static final String CHECK_CHARACTER = "CITIZEN_ID_CHECK_CHARACTER";

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private CitizenIds() {
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("the check character is computed over 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The number as castpb keeps it: stripped, a lower-case x made upper case; null stays null. */
    public static String normalise(String id) {
        return id == null ? null : id.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Adds an error naming {@code field} when {@code id} (normalised) is not a valid number: {@link #FORMAT} for the
     * wrong shape, {@link #CHECK_CHARACTER} naming the expected character. The number itself is never quoted whole.
     */
    public static void check(List<FieldError> errors, String field, String id) {
        if (id == null || !SHAPE.matcher(id).matches()) {
            errors.add(new FieldError(field, FORMAT, field + " must be 18 characters: 17 digits, then a digit or X (GB 11643)"));
            return;
        }
        char expected = checkCharacter(id.substring(0, 17));
        if (id.charAt(17) != expected) {
            errors.add(new FieldError(field, CHECK_CHARACTER, field + " " + Masks.citizenId(id) + " ends in '" + id.charAt(17)
                    + "' but its check character (GB 11643, ISO 7064 MOD 11-2) is '" + expected + "'"));
        }
    }

    /** Whether {@code id} is a valid number. */
    public static boolean isValid(String id) {
        List<FieldError> errors = new java.util.ArrayList<>(1);
        check(errors, "citizenId", id);
        return errors.isEmpty();
    }

    /** The birth date the number encodes (positions 7-14), or null when those digits are no date. */
    public static java.time.LocalDate birthDate(String id) {
        try {
            return java.time.LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
