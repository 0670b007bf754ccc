package org.castpb.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a region prefix names a GB/T 2260 province or a part of one (the bundle's province list). */
final class Regions {

    private static final Pattern PREFIX = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");
    private static final Set<String> PROVINCES = load();

    private Regions() {
    }

    /**
     * Whether {@code prefix} is 2, 4 or 6 digits within a province of GB/T 2260. The national code 100000 is no
     * region: national societies are granted by name. Prefixes below the province are checked for their province
     * only, as the bundle carries the provincial list.
     */
    static boolean isValidPrefix(String prefix) {
        return prefix != null && PREFIX.matcher(prefix).matches() && PROVINCES.contains(prefix.substring(0, 2));
    }

    private static Set<String> load() {
        Set<String> result = new HashSet<>();
        try (InputStream in = Regions.class.getResourceAsStream("/db/provinces.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: code,name
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.length() >= 2 && Character.isDigit(line.charAt(0))) {
                    result.add(line.substring(0, 2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(result);
    }
}
