package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.castpb.api.evaluation.EvaluationService;
import org.castpb.api.evaluation.SocietyEvaluation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/societies/{id}/evaluations}: a society's results across campaigns. */
@Component(service = SocietyEvaluationResource.class)
@Path("/societies/{id}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class SocietyEvaluationResource {

    private final EvaluationService evaluations;

    @Activate
    public SocietyEvaluationResource(@Reference EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** Newest campaign first, each with its module results and findings. */
    @GET
    @Operation(operationId = "listSocietyEvaluations", summary = "A society's results in the completed campaigns")
    public List<SocietyEvaluation> list(@PathParam("id") String id, @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        return evaluations.bySociety(Actors.of(security), QueryParams.id("id", id));
    }
}
