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

@Path(StockValuationApi.PATH)
@Tag(name = "Inventory")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public interface StockValuationApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/stock/valuation";

    @GET
    @Operation(operationId = "getStockValuation", summary = "Stock valuation at standard cost", description = "Owner, admin, planner or warehouse. Per warehouse: the total "
            + "value and each item's quantity on hand, standard cost and value (quantity x standard cost, 4 decimal places, half-even).")
    @APIResponse(responseCode = "200", description = "The valuation", content = @Content(schema = @Schema(implementation = StockValuation.class)))
    Response valuation(@Parameter(description = "Only this warehouse.") @QueryParam("warehouse_id") String warehouseId,
                       @Parameter(description = "Only this item.") @QueryParam("item_id") String itemId);
}
