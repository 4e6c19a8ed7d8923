package io.flowline.api.inventory;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

@Path(StockCountsApi.PATH)
@Tag(name = "Inventory")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface StockCountsApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/stock-counts";

    String POSTING = "Each counted line whose counted quantity differs from its book quantity becomes a count_correction movement of "
            + "counted - book quantity, all in one transaction and one posting. The difference is taken against the book quantity when the "
            + "count opened and applied to the balance as it is now, so receipts and issues booked while counting stay booked (count what "
            + "is on the shelf when the line opens, or record a correction for what moved since). A correction that would take on hand below "
            + "zero, or below what is reserved, refuses the whole posting with a 409 that names the line. Lines never counted are not "
            + "counted: they post nothing and leave their stock as booked.";

    @GET
    @Operation(operationId = "listStockCounts", summary = "List stock counts", description = "Any role. Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of stock counts", content = @Content(schema = @Schema(ref = "StockCountList")))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only counts of this warehouse.") @QueryParam("warehouse_id") String warehouseId,
                  @Parameter(description = "Only open, posted or cancelled ones.") @QueryParam("status") String status);

    @POST
    @Operation(operationId = "openStockCount", summary = "Open a stock count", description = "Owner, admin or warehouse. Takes a line for every item x storage location x lot "
            + "of the warehouse with stock on hand, limited to item_ids and location_ids where given, each with its book quantity now. "
            + "Stock that is already in another open count cannot be counted twice: that is a 409 naming the count.")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = StockCount.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Some of the stock is in another open count", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "a whole warehouse",
            value = "{\"warehouse_id\":\"whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\"}")))
                    @Valid @NotNull CreateStockCountRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStockCount", summary = "Get a stock count", description = "Any role. The ETag header carries the version to send as If-Match when recording.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = StockCount.class)))
    @APIResponse(responseCode = "404", description = "No such count", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "stc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @GET
    @Path("/{id}/lines")
    @Operation(operationId = "listStockCountLines", summary = "A stock count's lines", description = "Any role. In the order they were taken: the lines of the opening first, "
            + "then those added for stock found.")
    @APIResponse(responseCode = "200", description = "A page of count lines", content = @Content(schema = @Schema(ref = "StockCountLineList")))
    @APIResponse(responseCode = "404", description = "No such count", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response lines(@PathParam("id") String id,
                   @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                   @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor);

    @PATCH
    @Path("/{id}/lines")
    @Operation(operationId = "recordStockCount", summary = "Record counted quantities", description = "Owner, admin or warehouse; requires If-Match with the count's ETag. "
            + "Sets the counted quantity of lines (by line_id), and adds a line for stock found where the count has none (by item_id, "
            + "location_id and lot_id; its book quantity is what the books say at that moment, usually 0). Only while the count is open.")
    @APIResponse(responseCode = "200", description = "Recorded; the count with its new ETag", content = @Content(schema = @Schema(implementation = StockCount.class)))
    @APIResponse(responseCode = "400", description = "Invalid lines", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such count", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The count is no longer open, or found stock is in another open count",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Recorded by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response record(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "one line counted, one found",
                            value = "{\"lines\":[{\"line_id\":\"scl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"counted_quantity\":38},"
                                    + "{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"location_id\":\"loc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"counted_quantity\":3}]}")))
                    @Valid @NotNull RecordStockCountRequest request);

    @POST
    @Path("/{id}/post")
    @Operation(operationId = "postStockCount", summary = "Post a stock count", description = "Owner, admin or warehouse. " + POSTING + " Posting a count that is not open is a 409.")
    @APIResponse(responseCode = "200", description = "Posted", content = @Content(schema = @Schema(implementation = StockCount.class)))
    @APIResponse(responseCode = "404", description = "No such count", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already posted or cancelled, or a correction would take stock below zero or below what "
            + "is reserved (the problem names the line)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response post(@PathParam("id") String id);

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelStockCount", summary = "Cancel a stock count", description = "Owner, admin or warehouse. Nothing is posted; its stock may be counted again.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = StockCount.class)))
    @APIResponse(responseCode = "404", description = "No such count", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already posted or cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response cancel(@PathParam("id") String id);
}
