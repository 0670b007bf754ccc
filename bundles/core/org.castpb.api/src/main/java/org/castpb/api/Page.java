package org.castpb.api;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items  the records on this page
 * @param total  how many records match the query in all
 * @param offset the offset this page starts at
 * @param limit  the page size asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }
}
