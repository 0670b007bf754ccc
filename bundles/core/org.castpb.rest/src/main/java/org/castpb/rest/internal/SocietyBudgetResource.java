package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.budgets.BudgetService;
import org.castpb.api.budgets.PartyWorkBudget;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/societies/{id}/budgets}: the society's party-work budgets, part of its record. */
@Component(service = SocietyBudgetResource.class)
@Path("/societies/{id}/budgets")
@Produces(MediaType.APPLICATION_JSON)
public class SocietyBudgetResource {

    private final BudgetService budgets;

    @Activate
    public SocietyBudgetResource(@Reference BudgetService budgets) {
        this.budgets = budgets;
    }

    /** Newest year first: the budget line (null: none listed), spending by category, rooms and facilities. */
    @GET
    @Operation(operationId = "listBudgetsOfSociety", summary = "A society's party-work budgets, from its record")
    public List<PartyWorkBudget> list(@PathParam("id") String id, @Context SecurityContext security) {
        return budgets.bySociety(Actors.of(security), QueryParams.id("id", id));
    }
}
