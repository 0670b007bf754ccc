package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import javax.ws.rs.QueryParam;
import org.castpb.api.FieldError;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultQuery;

/**
 * The query parameters that select a campaign's results ({@code @BeanParam}).
 * Public fields: the OpenAPI reader finds bean parameters the way Jackson finds properties, and a package-private
 * field is invisible to it (the operation would be described with a request body instead of query parameters).
 */
public class ResultFilterParams {

    static final int DEFAULT_LIMIT = 50;

    @Parameter(schema = @Schema(implementation = Outcome.class)) @QueryParam("outcome")
    public String outcome;

    @QueryParam("regionPrefix")
    public String regionPrefix;

    @QueryParam("vetoed")
    public String vetoed;

    @QueryParam("offset")
    public String offset;

    @QueryParam("limit")
    public String limit;

    /** The typed query; every parameter that cannot be read is added to {@code errors}. */
    ResultQuery toQuery(List<FieldError> errors) {
        return new ResultQuery(
                QueryParams.enumValue(errors, "outcome", outcome, Outcome.class),
                regionPrefix == null || regionPrefix.isBlank() ? null : regionPrefix.strip(),
                QueryParams.booleanValue(errors, "vetoed", vetoed),
                QueryParams.intValue(errors, "offset", offset, 0),
                QueryParams.intValue(errors, "limit", limit, DEFAULT_LIMIT));
    }
}
