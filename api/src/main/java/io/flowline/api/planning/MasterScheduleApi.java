package io.flowline.api.planning;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path(MasterScheduleApi.PATH)
@Tag(name = "Planning")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface MasterScheduleApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/planning/master-schedule";

    @GET
    @Operation(operationId = "listMasterScheduleEntries", summary = "List the master schedule", description = "Any role. Oldest first; follow `next_cursor` for more. "
            + "MRP takes each entry as demand for what the item's orders due in the same week do not already cover "
            + "(orders consume the schedule), pegged to the entry.")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(schema = @Schema(ref = "MasterScheduleEntryList")))
    @APIResponse(responseCode = "400", description = "Bad filter or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only entries for this item.") @QueryParam("item_id") String itemId);

    @POST
    @Operation(operationId = "createMasterScheduleEntry", summary = "Add a master schedule entry", description = "Owner, admin or planner. The plan in force becomes stale.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = MasterScheduleEntry.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "200 boards for the spring fair",
            value = "{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"due_date\":\"2026-03-16\",\"quantity\":200,\"note\":\"Spring fair stock\"}")))
                    @Valid @NotNull CreateMasterScheduleEntryRequest request);

    @POST
    @Path("/forecast")
    @Operation(operationId = "forecastMasterSchedule", summary = "Forecast an item into the master schedule", description = "Owner, admin or planner. Forecasts the item's "
            + "weekly demand from its order history (orders by the day they were placed, leaving out drafts, unsubmitted and cancelled "
            + "ones) with the methods of `POST /api/v1/planning/forecast`, and writes one entry per forecast week with demand, due on "
            + "its Monday. They replace the item's earlier forecast entries in those weeks; manual entries stay. The plan in force "
            + "becomes stale.")
    @APIResponse(responseCode = "200", description = "The forecast and the entries it wrote",
            content = @Content(schema = @Schema(implementation = MasterScheduleForecast.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or too little history for the method", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response forecast(@RequestBody(content = @Content(examples = @ExampleObject(name = "a quarter from a year of orders",
            value = "{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"method\":\"auto\",\"history_weeks\":52,\"weeks\":13}")))
                      @Valid @NotNull ForecastMasterScheduleRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMasterScheduleEntry", summary = "Get a master schedule entry", description = "Any role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = MasterScheduleEntry.class)))
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "mse_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateMasterScheduleEntry", summary = "Change a master schedule entry", description = "Owner, admin or planner; requires If-Match. The plan in force "
            + "becomes stale.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = MasterScheduleEntry.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "a week later, more",
                            value = "{\"due_date\":\"2026-03-23\",\"quantity\":250}")))
                    @Valid @NotNull UpdateMasterScheduleEntryRequest request);

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMasterScheduleEntry", summary = "Remove a master schedule entry", description = "Owner, admin or planner. The plan in force becomes stale.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response delete(@PathParam("id") String id);
}
