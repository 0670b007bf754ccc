package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.ForbiddenException;
import org.castpb.api.federation.FederationService;
import org.castpb.api.federation.InstanceIdentity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/instance}: who this instance is (etc/org.castpb.instance.cfg), for every castpb role. */
@Component(service = InstanceResource.class)
@Path("/instance")
@Produces(MediaType.APPLICATION_JSON)
public class InstanceResource {

    private final FederationService federation;

    @Activate
    public InstanceResource(@Reference FederationService federation) {
        this.federation = federation;
    }

    @GET
    @Operation(operationId = "getInstance", summary = "This instance's identity and its parent")
    public InstanceIdentity instance(@Context SecurityContext security) {
        if (!Actors.of(security).hasCastpbRole()) {
            throw new ForbiddenException("reading this instance's identity needs a castpb role");
        }
        return federation.instance();
    }
}
