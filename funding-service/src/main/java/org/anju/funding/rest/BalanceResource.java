package org.anju.funding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anju.funding.domain.Account;
import org.anju.funding.domain.Purpose;
import org.anju.funding.service.BalanceHolder;
import org.anju.funding.service.BalanceService;
import org.anju.funding.service.BalancesView;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/v1/balances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Balances", description = "Balances derived from the ledger: the city's received and undisbursed money per source, each county's disbursed, available and spent (per purpose) money per source")
public class BalanceResource {

    private final BalanceService balances;

    public BalanceResource(BalanceService balances) {
        this.balances = balances;
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listBalances", summary = "Balances now (with versions) or at the end of a date (asOf), filtered by account, source, county (140700 = the city's accounts) and purpose")
    @APIResponse(responseCode = "200", description = "The balances something has moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BalancesView.class),
                    examples = @ExampleObject(name = "Yushe, end of 2018", value = EntryExamples.BALANCES)))
    public BalancesView list(@QueryParam("account") Account account, @QueryParam("source") @Size(max = 40) String source,
                             @QueryParam("county") BalanceHolder county, @QueryParam("purpose") Purpose purpose,
                             @QueryParam("asOf") LocalDate asOf) {
        return balances.list(account, source, county, purpose, asOf);
    }
}
