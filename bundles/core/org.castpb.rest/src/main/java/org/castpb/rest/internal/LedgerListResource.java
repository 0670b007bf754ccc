package org.castpb.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.castpb.api.LedgerService;
import org.castpb.api.Page;
import org.castpb.api.UnclearLedger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/ledgers}: ledgers across societies. */
@Component(service = LedgerListResource.class)
@Path("/ledgers")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerListResource {

    private final LedgerService ledgers;

    @Activate
    public LedgerListResource(@Reference LedgerService ledgers) {
        this.ledgers = ledgers;
    }

    /** Societies whose ledger is not "five clears", with what is missing; filters as for the society list. */
    @GET
    @Path("unclear")
    @Operation(operationId = "listUnclearLedgers", summary = "The ledgers whose party organisation status is unclear")
    public Page<UnclearLedger> unclear(@BeanParam SocietyFilterParams filter, @Context SecurityContext security) {
        return ledgers.unclear(Actors.of(security), filter.toQuery());
    }
}
