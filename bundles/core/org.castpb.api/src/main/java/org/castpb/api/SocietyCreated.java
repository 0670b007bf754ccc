package org.castpb.api;

import java.util.List;

/**
 * A society just recorded, with what deserves a look (e.g. another active society of the same name).
 *
 * @param society  the society as recorded
 * @param warnings empty when nothing deserves a look
 */
public record SocietyCreated(Society society, List<String> warnings) {
    public SocietyCreated {
        warnings = List.copyOf(warnings);
    }
}
