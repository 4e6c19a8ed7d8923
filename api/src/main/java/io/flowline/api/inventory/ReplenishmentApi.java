package io.flowline.api.inventory;

import io.flowline.api.platform.ApiSecurity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ReplenishmentApi.PATH)
@Tag(name = "Inventory")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public interface ReplenishmentApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/replenishment";

    @GET
    @Path("/suggestions")
    @Operation(operationId = "listReplenishmentSuggestions", summary = "Replenishment suggestions", description = "Owner, admin, planner or warehouse. Active items whose available "
            + "released stock plus open purchase order quantities is below the reorder point: the item's own, else average daily "
            + "demand (issue movements over the last 90 days, days without issues counted) x lead time + safety stock. Safety stock "
            + "is z x sigma of daily demand x sqrt(lead time) when your company set `replenishment_service_level`, else the item's "
            + "`safety_stock`. Lead time, price, minimum and multiple come from the item's preferred supplier where it has them.")
    @APIResponse(responseCode = "200", description = "The suggestions, by item",
            content = @Content(schema = @Schema(ref = "ReplenishmentSuggestionList")))
    Response suggestions(@Parameter(description = "Only this item.") @QueryParam("item_id") String itemId);
}
