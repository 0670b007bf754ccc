package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.FundingService;
import org.castpb.api.evaluation.ModuleInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/evaluation/modules} and {@code .../funding-schemes}: the plugins installed now, and those removed. */
@Component(service = EvaluationPluginResource.class)
@Path("/evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationPluginResource {

    private final EvaluationService evaluations;
    private final FundingService funding;

    @Activate
    public EvaluationPluginResource(@Reference EvaluationService evaluations, @Reference FundingService funding) {
        this.evaluations = evaluations;
        this.funding = funding;
    }

    @GET
    @Path("modules")
    @Operation(operationId = "listEvaluationModules", summary = "The installed evaluation modules")
    public List<ModuleInfo> modules() {
        return evaluations.modules();
    }

    @GET
    @Path("funding-schemes")
    @Operation(operationId = "listFundingSchemes", summary = "The installed funding schemes")
    public List<ModuleInfo> schemes() {
        return funding.schemes();
    }
}
