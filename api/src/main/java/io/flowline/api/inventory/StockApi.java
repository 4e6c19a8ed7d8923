package io.flowline.api.inventory;

import io.flowline.api.platform.ApiSecurity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(StockApi.PATH)
@Tag(name = "Inventory")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public interface StockApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/stock";

    @GET
    @Operation(summary = "Stock on hand, reserved and available", description = "Any role. One entry per item, warehouse and lot that ever held stock, "
            + "ordered by item, warehouse and lot; not paginated, so filter by item or warehouse in large companies.")
    @APIResponse(responseCode = "200", description = "A list of stock levels (a single page)")
    Response list(@Parameter(description = "Only this item.") @QueryParam("item_id") String itemId,
                  @Parameter(description = "Only this warehouse.") @QueryParam("warehouse_id") String warehouseId);
}
