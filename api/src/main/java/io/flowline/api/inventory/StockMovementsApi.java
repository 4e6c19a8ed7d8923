package io.flowline.api.inventory;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(StockMovementsApi.PATH)
@Tag(name = "Inventory")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface StockMovementsApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/stock-movements";

    @GET
    @Operation(operationId = "listStockMovements", summary = "List the stock ledger", description = "Any role. Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of stock movements", content = @Content(schema = @Schema(ref = "StockMovementList")))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only this item's movements.") @QueryParam("item_id") String itemId,
                  @Parameter(description = "Only movements in this warehouse.") @QueryParam("warehouse_id") String warehouseId,
                  @Parameter(description = "Only movements of this lot.") @QueryParam("lot_id") String lotId,
                  @Parameter(description = "Only this kind: receipt, issue, transfer, adjustment, count_correction or scrap.") @QueryParam("kind") String kind,
                  @Parameter(description = "Posted at or after this instant (ISO 8601).", example = "2024-11-01T00:00:00Z") @QueryParam("from") String from,
                  @Parameter(description = "Posted before this instant (ISO 8601).", example = "2024-12-01T00:00:00Z") @QueryParam("to") String to);

    @POST
    @Operation(operationId = "postStockMovement", summary = "Post a stock movement", description = "Owner, admin or warehouse. Changes the stock balances in the same transaction. "
            + "An issue, scrap, negative adjustment or transfer that needs more than is available is refused with 409, also under concurrent requests.")
    @APIResponse(responseCode = "201", description = "Posted", content = @Content(schema = @Schema(implementation = StockPosting.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, such as a lot-tracked item without lot_id", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not enough available stock (the detail names requested and available), "
            + "a quarantined or blocked lot, or an archived warehouse", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response post(@RequestBody(content = @Content(examples = @ExampleObject(name = "goods receipt",
            value = "{\"kind\":\"receipt\",\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"quantity\":25,\"warehouse_id\":\"whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\","
                    + "\"reason\":\"Goods receipt\",\"reference\":{\"type\":\"purchase_order\",\"id\":\"PO-2024-0007\"}}")))
                  @Valid @NotNull PostStockMovementRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStockMovement", summary = "Get a stock movement", description = "Any role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = StockMovement.class)))
    @APIResponse(responseCode = "404", description = "No such movement", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "mov_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);
}
