package org.castpb.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/** Reads the record version a client names in {@code If-Match}. */
final class Preconditions {

    private Preconditions() {
    }

    /**
     * The version in an {@code If-Match} header such as {@code "3"} (or {@code W/"3"}).
     * A missing header is 428 PRECONDITION_REQUIRED; an unreadable one 400 INVALID_IF_MATCH.
     */
    static long versionOf(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw refusal(428, "PRECONDITION_REQUIRED",
                    "send If-Match with the ETag of the version you read (e.g. If-Match: \"3\") so that no change is lost");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            String detail = "If-Match must be one ETag as served by GET, e.g. \"3\"; got " + ifMatch;
            ReaderLanguage.remember(new DoorRefusal("INVALID_IF_MATCH", detail, ifMatch));
            throw refusal(400, "INVALID_IF_MATCH", detail);
        }
    }

    private static WebApplicationException refusal(int status, String code, String detail) {
        Problem problem = Problem.of(status, status == 428 ? "Precondition required" : "Bad request", code, detail);
        return new WebApplicationException(Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build());
    }
}
