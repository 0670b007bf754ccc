package org.castpb.api.text;

import java.util.Locale;

/**
 * The labels people read for the fields of castpb's records ({@code lastInspectionResult} is "最近年检结果", "Result
 * of the last annual inspection"), so that error messages and evaluation evidence never quote an internal name.
 */
public final class FieldLabels {

    private FieldLabels() {
    }

    /**
     * The label of {@code field} in {@code locale} (English for an English locale, Chinese otherwise). A path such as
     * {@code leaders[0].name} is labelled by its last name; a field castpb keeps no label for keeps its name.
     */
    public static String of(String field, Locale locale) {
        if (field == null || field.isBlank()) {
            return "";
        }
        String name = field;
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(dot + 1);
        }
        int bracket = name.indexOf('[');
        if (bracket >= 0) {
            name = name.substring(0, bracket);
        }
        String label = find(name, locale);
        return label == null ? field : label;
    }

    /** The label of {@code field} in {@code locale}, or null when castpb keeps none. */
    public static String find(String field, Locale locale) {
        return field == null ? null : Bundles.find("fields", locale, field);
    }
}
