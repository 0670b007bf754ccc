package org.castpb.rest.internal;

import org.castpb.api.RegistrationStatus;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.Discipline;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import org.castpb.api.SocietyLevel;
import javax.ws.rs.QueryParam;
import org.castpb.api.SocietyQuery;

/**
 * The query parameters that select societies, shared by every listing and the export ({@code @BeanParam}).
 * Public fields: the OpenAPI reader finds bean parameters the way Jackson finds properties, and a package-private
 * field is invisible to it (the operation would be described with a request body instead of query parameters).
 */
public class SocietyFilterParams {

    @QueryParam("offset")
    public String offset;

    @QueryParam("limit")
    public String limit;

    /** Keyset paging: the id of the last society of the previous page; the next page starts after it. */
    @QueryParam("after")
    public String after;

    @Parameter(schema = @Schema(implementation = SocietyLevel.class)) @QueryParam("level")
    public String level;

    @QueryParam("regionPrefix")
    public String regionPrefix;

    @Parameter(schema = @Schema(implementation = Discipline.class)) @QueryParam("discipline")
    public String discipline;

    @Parameter(schema = @Schema(implementation = GroupMemberStatus.class)) @QueryParam("groupMemberStatus")
    public String groupMemberStatus;

    @Parameter(schema = @Schema(implementation = RegistrationStatus.class)) @QueryParam("registrationStatus")
    public String registrationStatus;

    /** The typed query, or a 422 naming every parameter that cannot be read. */
    SocietyQuery toQuery() {
        return QueryParams.societyQuery(offset, limit, after, level, regionPrefix, discipline, groupMemberStatus, registrationStatus);
    }
}
