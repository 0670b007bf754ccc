package org.castpb.api;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items  the records on this page
 * @param total  how many records match the query in all, or {@link #UNCOUNTED} when the listing was asked not to count
 *               them (a society page after an id counts only when asked: {@link SocietyQuery#includeTotal})
 * @param offset the offset this page starts at
 * @param limit  the page size asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    /** The {@link #total} of a page that did not count the matches. */
    public static final long UNCOUNTED = -1;

    public Page {
        items = List.copyOf(items);
    }

    /** Whether {@link #total} holds the count of every match. */
    public boolean counted() {
        return total != UNCOUNTED;
    }
}
