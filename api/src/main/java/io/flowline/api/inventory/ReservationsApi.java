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

@Path(ReservationsApi.PATH)
@Tag(name = "Inventory")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ReservationsApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/reservations";

    @GET
    @Operation(operationId = "listReservations", summary = "List reservations", description = "Any role. Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of reservations", content = @Content(schema = @Schema(ref = "ReservationList")))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only this item's reservations.") @QueryParam("item_id") String itemId,
                  @Parameter(description = "Only reservations in this warehouse.") @QueryParam("warehouse_id") String warehouseId,
                  @Parameter(description = "Only open, consumed or cancelled ones.") @QueryParam("status") String status);

    @POST
    @Operation(operationId = "createReservation", summary = "Reserve stock", description = "Owner, admin, warehouse, sales or planner. Never reserves more than is available, "
            + "also under concurrent requests: what would oversell is a 409 whose detail names the quantity requested and the quantity available.")
    @APIResponse(responseCode = "201", description = "Reserved", content = @Content(schema = @Schema(implementation = Reservation.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not enough available stock, or the lot is quarantined or blocked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "for a work order",
            value = "{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"warehouse_id\":\"whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"quantity\":2,"
                    + "\"reference\":{\"type\":\"work_order\",\"id\":\"WO-2024-0042\"}}")))
                    @Valid @NotNull CreateReservationRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReservation", summary = "Get a reservation", description = "Any role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Reservation.class)))
    @APIResponse(responseCode = "404", description = "No such reservation", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "res_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelReservation", summary = "Cancel a reservation", description = "Owner, admin, warehouse, sales or planner. Its open quantity becomes available again.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = Reservation.class)))
    @APIResponse(responseCode = "404", description = "No such reservation", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already cancelled or fully issued", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response cancel(@PathParam("id") String id);
}
