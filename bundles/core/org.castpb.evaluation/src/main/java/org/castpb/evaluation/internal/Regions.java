package org.castpb.evaluation.internal;

/** GB/T 2260 region prefixes as plugins and campaigns name them. */
final class Regions {

    private Regions() {
    }

    /**
     * The prefix a value names: {@code null} or blank is national (""), a full code loses its trailing zero pairs
     * ("330000" → "33", "330100" → "3301").
     *
     * @throws IllegalArgumentException unless it is 2, 4 or 6 digits
     */
    static String prefix(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.trim();
        if (!v.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw new IllegalArgumentException("'" + value + "' is not a GB/T 2260 region prefix (2, 4 or 6 digits)");
        }
        while (v.length() > 2 && v.endsWith("00")) {
            v = v.substring(0, v.length() - 2);
        }
        return v;
    }

    /** Whether a plugin or campaign with this prefix covers a society registered in {@code regionCode}. */
    static boolean covers(String prefix, String regionCode) {
        return prefix.isEmpty() || (regionCode != null && regionCode.startsWith(prefix));
    }
}
