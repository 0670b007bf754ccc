package org.castpb.api;

/** A field that differs between two revisions; values as text, null when empty. */
public record FieldChange(String field, String before, String after) {
}
