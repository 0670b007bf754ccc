package org.castpb.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.castpb.api.Page;

/** A page's JSON leaves {@code total} out when the page did not count its matches ({@link Page#UNCOUNTED}), rather than writing -1. */
abstract class PageJson {

    /** What the OpenAPI document says of {@code total}. */
    static final String TOTAL = "how many records match in all; absent when the page did not count them"
            + " (a society page after an id counts only with includeTotal=true)";

    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Uncounted.class)
    abstract long total();

    /** Jackson leaves a value out when this filter equals it. */
    static final class Uncounted {
        @Override
        public boolean equals(Object value) {
            return value instanceof Long total && total == Page.UNCOUNTED;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Page.UNCOUNTED);
        }
    }
}
