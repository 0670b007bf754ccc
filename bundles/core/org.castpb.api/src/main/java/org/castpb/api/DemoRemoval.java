package org.castpb.api;

import java.util.Map;

/**
 * What removing the demo data deleted.
 *
 * @param societies demo societies removed
 * @param rows      rows deleted, by table, in the order they were deleted
 */
public record DemoRemoval(int societies, Map<String, Integer> rows) {
    public DemoRemoval {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }
}
