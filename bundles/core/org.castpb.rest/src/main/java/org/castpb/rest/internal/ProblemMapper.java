package org.castpb.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.castpb.api.BusyException;
import org.castpb.api.CastpbException;
import org.castpb.api.ConflictException;
import org.castpb.api.FieldError;
import org.castpb.api.ForbiddenException;
import org.castpb.api.NotFoundException;
import org.castpb.api.StaleVersionException;
import org.castpb.api.ValidationException;
import org.castpb.api.evaluation.FundingService;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.PartyOrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST door's one exception mapper: every failure becomes a problem+json document with a
 * stable code. Bad input never turns into a 500, and no stack trace ever leaves the server.
 */
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    /**
     * Codes that refuse a step the record's current state does not allow: a conflict whatever exception
     * class carries them, so a service throwing a plain CastpbException still answers 409, never 400.
     */
    static final Set<String> STATE_CONFLICTS = Set.of(
            EstablishmentRequestService.INVALID_TRANSITION,
            EstablishmentRequestService.UNACCEPTED_WARNINGS,
            EstablishmentRequestService.WARNING_NOT_RAISED,
            PartyOrganisationService.ALREADY_DISSOLVED);

    @Override
    public Response toResponse(Throwable failure) {
        BusyException busy = BusyException.of(failure);
        // a lock the database could not give in time, whichever service met it: busy, not an internal error
        Throwable e = busy == null ? failure : busy;
        Problem problem = problemFor(e);
        if (e instanceof CastpbException refusal) {
            ReaderLanguage.remember(refusal); // ReaderLanguage renders the problem from its code and arguments
        } else if (e instanceof JsonProcessingException json && MALFORMED_JSON.equals(problem.code())) {
            ReaderLanguage.remember(malformed(json, problem.detail()));
        } else if ("BAD_REQUEST".equals(problem.code())) {
            ReaderLanguage.remember(new DoorRefusal(problem.code(), problem.detail(), problem.detail()));
        }
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (e instanceof WebApplicationException wae && wae.getResponse() != null) {
            wae.getResponse().getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                    values.forEach(v -> response.header(name, v));
                }
            });
        }
        if (busy != null) {
            response.header(HttpHeaders.RETRY_AFTER, BusyException.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    static Problem problemFor(Throwable e) {
        if (e instanceof ValidationException v) {
            return Problem.of(422, "Invalid input", v.code(), v.getMessage(), v.errors());
        }
        if (e instanceof NotFoundException) {
            return Problem.of(404, "Not found", ((CastpbException) e).code(), e.getMessage());
        }
        if (e instanceof ConflictException c) {
            return Problem.of(409, "Conflict", c.code(), c.getMessage());
        }
        if (e instanceof StaleVersionException s) {
            return Problem.of(412, "Version conflict", s.code(), s.getMessage());
        }
        if (e instanceof ForbiddenException f) {
            return Problem.of(403, "Forbidden", f.code(), f.getMessage());
        }
        if (e instanceof BusyException b) {
            return Problem.of(503, "Busy", b.code(), b.getMessage());
        }
        if (e instanceof CastpbException c && FundingService.SCHEME_FAILED.equals(c.code())) {
            // the installed plugin failed, not the caller: nothing was recorded and the message says why
            return Problem.of(502, "Plugin failed", c.code(), c.getMessage());
        }
        if (e instanceof CastpbException c && STATE_CONFLICTS.contains(c.code())) {
            return Problem.of(409, "Conflict", c.code(), c.getMessage());
        }
        if (e instanceof CastpbException c) {
            return Problem.of(400, "Refused", c.code(), c.getMessage());
        }
        if (e instanceof JsonProcessingException json) {
            return forJson(json);
        }
        if (e instanceof WebApplicationException wae) {
            return forHttp(wae);
        }
        if (isClientGone(e)) {
            // the client closed the connection: nothing failed here, and nobody will read the answer
            LOG.debug("REST client went away before the exchange was complete: {}", String.valueOf(e));
            return Problem.of(400, "Bad request", CLIENT_GONE, "the connection ended before the exchange was complete");
        }
        LOG.error("Unexpected failure answering a REST request", e);
        return Problem.of(500, "Internal error", "INTERNAL_ERROR",
                "the server could not complete the request; the failure is logged");
    }

    static final String CLIENT_GONE = "CLIENT_DISCONNECTED";

    /** Whether {@code e} says the client closed the connection (Jetty's EofException is an EOFException). */
    static boolean isClientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.EOFException) {
                return true;
            }
            String message = t.getMessage();
            if (t instanceof java.io.IOException && message != null
                    && (message.contains("Broken pipe") || message.contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }

    private static Problem forJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            return Problem.of(422, "Invalid input", ValidationException.CODE, "unknown field " + field,
                    List.of(new FieldError(field, "UNKNOWN_FIELD", "unknown field " + field + "; known fields: "
                            + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")))));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String field = path(f);
            String allowed = java.util.Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return Problem.of(422, "Invalid input", ValidationException.CODE, field + ": '" + f.getValue() + "' is not one of " + allowed,
                    List.of(new FieldError(field, "INVALID_VALUE", "'" + f.getValue() + "' is not one of " + allowed)));
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = path(m);
            return Problem.of(422, "Invalid input", ValidationException.CODE, field + " has the wrong type",
                    List.of(new FieldError(field, "INVALID_VALUE", field + " must be " + expected(m.getTargetType()))));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problem.of(400, "Malformed request", MALFORMED_JSON, "the body is not valid JSON" + where + ": " + e.getOriginalMessage());
    }

    static final String MALFORMED_JSON = "MALFORMED_JSON";

    /** The refusal of a body that is not JSON, with where it breaks (line, column) and the parser's words. */
    static DoorRefusal malformed(JsonProcessingException e, String detail) {
        return e.getLocation() == null ? new DoorRefusal(MALFORMED_JSON, detail, e.getOriginalMessage())
                : new DoorRefusal(MALFORMED_JSON, detail, e.getLocation().getLineNr(), e.getLocation().getColumnNr(),
                        e.getOriginalMessage());
    }

    /** The JSON a field takes, in words: Java type names mean nothing to a client. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "text (in quotes)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == java.time.LocalDate.class) {
            return IsoDateJson.EXPECTED + " (in quotes)";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static Problem forHttp(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return switch (status) {
            case 400 -> Problem.of(400, "Bad request", "BAD_REQUEST", message(e, "the request is malformed"));
            case 401 -> Problem.of(401, "Unauthorized", "UNAUTHORIZED", "authenticate with HTTP Basic");
            case 403 -> Problem.of(403, "Forbidden", "FORBIDDEN", "not allowed");
            case 404 -> Problem.of(404, "Not found", "NOT_FOUND", "no such resource");
            case 405 -> Problem.of(405, "Method not allowed", "METHOD_NOT_ALLOWED", "this resource does not support that method");
            case 406 -> Problem.of(406, "Not acceptable", "NOT_ACCEPTABLE", "this resource answers in application/json");
            case 415 -> Problem.of(415, "Unsupported media type", "UNSUPPORTED_MEDIA_TYPE", "send the body as application/json");
            default -> {
                if (status >= 500) {
                    LOG.error("REST request failed", e);
                    yield Problem.of(status, "Internal error", "INTERNAL_ERROR", "the server could not complete the request; the failure is logged");
                }
                yield Problem.of(status, "Refused", "HTTP_" + status, message(e, "refused"));
            }
        };
    }

    private static String message(WebApplicationException e, String fallback) {
        String m = e.getMessage();
        return m == null || m.startsWith("HTTP ") ? fallback : m;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }
}
