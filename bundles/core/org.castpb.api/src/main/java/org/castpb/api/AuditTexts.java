package org.castpb.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The before and after texts of an {@link AuditEntry}, written from a record's audited fields in a fixed order. */
public final class AuditTexts {

    private AuditTexts() {
    }

    /** The fields that differ, as "before" and "after" texts (each "field=value; ..."). */
    public static String[] diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String> b = new LinkedHashMap<>();
        Map<String, String> a = new LinkedHashMap<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                b.put(field, value);
                a.put(field, after.get(field));
            }
        });
        return new String[] {text(b), text(a)};
    }

    /** The fields as "field=value; ...", in their map's order. */
    public static String text(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
