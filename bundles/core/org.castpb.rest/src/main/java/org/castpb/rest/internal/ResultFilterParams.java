package org.castpb.rest.internal;

import java.util.List;
import javax.ws.rs.QueryParam;
import org.castpb.api.FieldError;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.evaluation.ResultQuery;

/** The query parameters that select a campaign's results ({@code @BeanParam}). */
public class ResultFilterParams {

    static final int DEFAULT_LIMIT = 50;

    @QueryParam("outcome")
    String outcome;

    @QueryParam("regionPrefix")
    String regionPrefix;

    @QueryParam("vetoed")
    String vetoed;

    @QueryParam("offset")
    String offset;

    @QueryParam("limit")
    String limit;

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
