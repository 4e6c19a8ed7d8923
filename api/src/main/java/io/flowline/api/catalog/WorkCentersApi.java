package io.flowline.api.catalog;

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

@Path(WorkCentersApi.PATH)
@Tag(name = "Work centres", description = "Where operations run: capacity and working calendar.")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface WorkCentersApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/work-centers";

    @GET
    @Operation(operationId = "listWorkCenters", summary = "List work centres", description = "Any role. Oldest first; follow `next_cursor` for more.")
    @APIResponse(responseCode = "200", description = "A page of work centres", content = @Content(schema = @Schema(ref = "WorkCenterList")))
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only work centres whose code or name contains this text, ignoring case.", example = "press")
                  @QueryParam("q") String query,
                  @Parameter(description = "Only active or only archived work centres; both if absent.", example = "active")
                  @QueryParam("status") String status);

    @POST
    @Operation(operationId = "createWorkCenter", summary = "Create a work centre", description = "Owner, admin or planner.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = WorkCenter.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another work centre has this code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "a two-shift press line",
            value = "{\"code\":\"PRESS-1\",\"name\":\"Hot press line 1\",\"machines\":2,\"efficiency\":0.85,"
                    + "\"cost_per_hour\":{\"amount\":65.00},\"working_days\":[\"mon\",\"tue\",\"wed\",\"thu\",\"fri\"],"
                    + "\"shifts\":[{\"start\":\"06:00\",\"end\":\"14:00\"},{\"start\":\"14:00\",\"end\":\"22:00\"}],"
                    + "\"holidays\":[\"2026-12-24\",\"2026-12-25\"]}")))
                    @Valid @NotNull CreateWorkCenterRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWorkCenter", summary = "Get a work centre", description = "Any role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = WorkCenter.class)))
    @APIResponse(responseCode = "404", description = "No such work centre", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateWorkCenter", summary = "Change a work centre", description = "Owner, admin or planner; requires If-Match. Omitted fields stay as "
            + "they are; a list given replaces the whole list.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = WorkCenter.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such work centre", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another work centre has the new code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "a third machine",
                            value = "{\"machines\":3,\"holidays\":[\"2026-12-24\",\"2026-12-25\",\"2026-12-31\"]}")))
                    @Valid @NotNull UpdateWorkCenterRequest request);

    @POST
    @Path("/{id}/archive")
    @Operation(operationId = "archiveWorkCenter", summary = "Archive a work centre", description = "Owner, admin or planner. Routings that use it keep it; new "
            + "operations cannot.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = WorkCenter.class)))
    @APIResponse(responseCode = "404", description = "No such work centre", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already archived", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response archive(@PathParam("id") String id);

    @POST
    @Path("/{id}/restore")
    @Operation(operationId = "restoreWorkCenter", summary = "Restore an archived work centre", description = "Owner, admin or planner.")
    @APIResponse(responseCode = "200", description = "Active again", content = @Content(schema = @Schema(implementation = WorkCenter.class)))
    @APIResponse(responseCode = "404", description = "No such work centre", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not archived", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response restore(@PathParam("id") String id);

    @GET
    @Path("/{id}/available-hours")
    @Operation(operationId = "getAvailableHours", summary = "Available hours in a date range", description = "Any role. Per day and in total, from the working days, "
            + "holidays, shifts (or hours per day), machines and efficiency. At most " + 3700 + " days.")
    @APIResponse(responseCode = "200", description = "The hours", content = @Content(schema = @Schema(implementation = AvailableHours.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid dates", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such work centre", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response availableHours(@PathParam("id") String id,
                            @Parameter(description = "First day, included.", example = "2026-03-30") @QueryParam("from") String from,
                            @Parameter(description = "Last day, included.", example = "2026-04-05") @QueryParam("to") String to);
}
