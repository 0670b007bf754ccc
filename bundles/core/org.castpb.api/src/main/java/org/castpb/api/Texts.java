package org.castpb.api;

import java.util.List;

/**
 * The characters castpb keeps in text fields, checked by every service's validator. C0 control characters (NUL and
 * the like) are never data: they came from broken clients or files, and broke the CSV export's round trip. A
 * multi-line field (a note, a reason in words) may hold tabs and line breaks; a name may not.
 */
public final class Texts {

    /** The code of a {@link FieldError} for a control character in a text field. */
    public static final String CONTROL_CHARACTER = "CONTROL_CHARACTER";

    private Texts() {
    }

    /** Adds a {@link #CONTROL_CHARACTER} error naming {@code field} when a single-line {@code text} holds one. */
    public static void checkLine(List<FieldError> errors, String field, String text) {
        check(errors, field, text, false);
    }

    /** As {@link #checkLine}, for a multi-line text: tab, line feed and carriage return are allowed. */
    public static void checkMultiline(List<FieldError> errors, String field, String text) {
        check(errors, field, text, true);
    }

    /** The position (0-based) of the first character not allowed, or -1. */
    public static int firstControlCharacter(String text, boolean multiline) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7F;
            if (control && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }

    private static void check(List<FieldError> errors, String field, String text, boolean multiline) {
        int at = firstControlCharacter(text, multiline);
        if (at >= 0) {
            errors.add(new FieldError(field, CONTROL_CHARACTER, String.format("%s holds the control character U+%04X at position %d%s",
                    field, (int) text.charAt(at), at + 1, multiline ? "; only tabs and line breaks are allowed" : "")));
        }
    }
}
