package org.castpb.schema.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Castpb-Schema} manifest header of a bundle that keeps tables in the shared schema, for example
 * {@code Castpb-Schema: members;changelog=db/members-changelog.xml}: the context's name and its Liquibase change log
 * inside the bundle.
 */
record SchemaHeader(String context, String changeLog) {

    static final String NAME = "Castpb-Schema";
    private static final Pattern FORM = Pattern.compile(
            "\\s*([a-z][a-z0-9-]{0,39})\\s*;\\s*changelog\\s*=\\s*\"?([A-Za-z0-9_./-]+\\.xml)\"?\\s*");

    /** The header's value read, or an IllegalArgumentException naming what is wrong with it. */
    static SchemaHeader parse(String value) {
        Matcher m = FORM.matcher(value == null ? "" : value);
        if (!m.matches()) {
            throw new IllegalArgumentException(NAME + " must read CONTEXT;changelog=PATH.xml (a lower-case context name, "
                    + "a change log path inside the bundle), not: " + value);
        }
        if (m.group(2).startsWith("/") || m.group(2).contains("..")) {
            throw new IllegalArgumentException(NAME + ": the change log must be a path inside the bundle, not: " + m.group(2));
        }
        return new SchemaHeader(m.group(1), m.group(2));
    }

    /** The condition the context's services wait for: {@code castpb.schema.CONTEXT}. */
    String conditionId() {
        return "castpb.schema." + context;
    }
}
