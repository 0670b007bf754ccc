package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import javax.ws.rs.DELETE;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.DemoDataService;
import org.castpb.api.DemoRemoval;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/demo}: takes back the demo data set (castpb:demo) with everything recorded about its societies. */
@Component(service = DemoResource.class)
@Path("/demo")
@Produces(MediaType.APPLICATION_JSON)
public class DemoResource {

    private final DemoDataService demo;

    @Activate
    public DemoResource(@Reference DemoDataService demo) {
        this.demo = demo;
    }

    /** Removes every demo society and what hangs off it, in one transaction; national administrators only. */
    @DELETE
    @Operation(operationId = "removeDemoData", summary = "Remove the demo data")
    public DemoRemoval remove(@Context SecurityContext security) {
        return demo.remove(Actors.of(security));
    }
}
