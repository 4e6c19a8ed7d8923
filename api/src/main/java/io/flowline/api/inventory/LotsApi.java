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

@Path(LotsApi.PATH)
@Tag(name = "Inventory")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface LotsApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/lots";

    @GET
    @Operation(operationId = "listLots", summary = "List lots", description = "Any role. Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of lots", content = @Content(schema = @Schema(ref = "LotList")))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only this item's lots.") @QueryParam("item_id") String itemId,
                  @Parameter(description = "Only lots with this status: released, quarantined or blocked.") @QueryParam("status") String status);

    @POST
    @Operation(operationId = "createLot", summary = "Create a lot", description = "Owner, admin, warehouse or quality.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Lot.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or no such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The item already has a lot with this number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "incoming lot",
            value = "{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"number\":\"L-2024-118\",\"expiry_date\":\"2025-06-30\",\"supplier_lot\":\"SUP-77812\",\"status\":\"quarantined\"}")))
                    @Valid @NotNull CreateLotRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLot", summary = "Get a lot", description = "Any role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Lot.class)))
    @APIResponse(responseCode = "404", description = "No such lot", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateLot", summary = "Change a lot", description = "Owner, admin, warehouse or quality; requires If-Match. Releasing, quarantining or blocking "
            + "a lot changes what of its stock may be issued and reserved.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = Lot.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such lot", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "release", value = "{\"status\":\"released\"}")))
                    @Valid @NotNull UpdateLotRequest request);
}
