package org.castpb.rest.internal;

import javax.ws.rs.QueryParam;
import org.castpb.api.SocietyQuery;

/** The query parameters that select societies, shared by every listing and the export ({@code @BeanParam}). */
public class SocietyFilterParams {

    @QueryParam("offset")
    String offset;

    @QueryParam("limit")
    String limit;

    @QueryParam("level")
    String level;

    @QueryParam("regionPrefix")
    String regionPrefix;

    @QueryParam("discipline")
    String discipline;

    @QueryParam("groupMemberStatus")
    String groupMemberStatus;

    @QueryParam("registrationStatus")
    String registrationStatus;

    /** The typed query, or a 422 naming every parameter that cannot be read. */
    SocietyQuery toQuery() {
        return QueryParams.societyQuery(offset, limit, level, regionPrefix, discipline, groupMemberStatus, registrationStatus);
    }
}
