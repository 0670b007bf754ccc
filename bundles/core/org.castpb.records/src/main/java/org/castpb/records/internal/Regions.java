package org.castpb.records.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** GB/T 2260 provincial-level region codes, read once from the bundle. */
final class Regions {

    /** The code used for nationally registered societies (as in USCC positions 3-8). */
    static final String NATIONAL = "100000";

    private static final Map<String, String> PROVINCES = load();

    private Regions() {
    }

    /** Name of the province of a six-digit region code, or null when no such province exists. */
    static String provinceOf(String regionCode) {
        return PROVINCES.get(regionCode.substring(0, 2) + "0000");
    }

    static Map<String, String> provinces() {
        return PROVINCES;
    }

    private static Map<String, String> load() {
        Map<String, String> result = new LinkedHashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream("/db/provinces.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: code,name
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    result.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(result);
    }
}
