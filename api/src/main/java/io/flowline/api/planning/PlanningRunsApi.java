package io.flowline.api.planning;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Planning on the company's own data: MRP runs, their planned orders, and the capacity check. */
@Path(PlanningRunsApi.PATH)
@Tag(name = "Planning")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PlanningRunsApi {
    /** Shared with the calculators; implementations repeat it on the class. */
    String PATH = "/api/v1/planning";

    @POST
    @Path("/mrp-runs")
    @Operation(operationId = "startMrpRun", summary = "Start an MRP run", description = "Owner, admin or planner. Runs in the background; poll the `Location`. "
            + "Demand: the open lines of confirmed orders (and later stages up to ready, also while on hold) at their promised date, "
            + "else their requested date; a configured line explodes through its own bill (the base bill plus the chosen options). "
            + "Supply: available stock (on hand less reserved, in released lots or without a lot), planned or released work orders at "
            + "their due date and the open quantities of draft, sent and partly received purchase orders at their expected date. Items are "
            + "planned with their own lot-sizing rule, safety stock, lead time, minimum and multiple. Buckets are weeks (from Monday) "
            + "or working days of your working calendar: the days any active work centre works (Monday to Friday without work centres). "
            + "The run's planned orders supersede the unreleased ones of earlier runs.")
    @APIResponse(responseCode = "202", description = "Accepted; the run is queued",
            headers = @Header(name = "Location", description = "The run, to poll",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MrpRun.class)))
    @APIResponse(responseCode = "400", description = "Invalid options", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another run of the company is still queued or running (`mrp-run-in-progress`); "
            + "one left unfinished for 30 minutes counts as cut off by a stop of the service and ends as failed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response start(@RequestBody(content = @Content(examples = @ExampleObject(name = "half a year of weeks",
            value = "{\"bucket\":\"week\",\"horizon\":26}"))) @Valid StartMrpRunRequest request);

    @GET
    @Path("/mrp-runs")
    @Operation(operationId = "listMrpRuns", summary = "List MRP runs", description = "Any role. Oldest first; follow `next_cursor` for more. The exception lists are "
            + "left out here (empty); get a run for them.")
    @APIResponse(responseCode = "200", description = "A page of runs", content = @Content(schema = @Schema(ref = "MrpRunList")))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor);

    @GET
    @Path("/mrp-runs/{id}")
    @Operation(operationId = "getMrpRun", summary = "Get an MRP run", description = "Any role. Status, progress, duration, counts, exception messages and whether "
            + "an order or master schedule change has made the plan stale.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = MrpRun.class)))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "mrp_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @GET
    @Path("/mrp-runs/{id}/planned-orders")
    @Operation(operationId = "listPlannedOrders", summary = "List a run's planned orders", description = "Any role. In the order the run proposed them (by item, then due "
            + "date), each with its pegging. The latest two completed runs keep all their proposals: once a run completes, the "
            + "unreleased proposals of the runs before the previous one are deleted (the runs themselves and released proposals stay).")
    @APIResponse(responseCode = "200", description = "A page of planned orders", content = @Content(schema = @Schema(ref = "PlannedOrderList")))
    @APIResponse(responseCode = "400", description = "Unknown kind", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such run", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response plannedOrders(@PathParam("id") String id,
                           @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                           @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                           @Parameter(description = "Only planned orders of this item.") @QueryParam("item_id") String itemId,
                           @Parameter(description = "`make` or `buy`.", example = "make") @QueryParam("kind") String kind);

    @GET
    @Path("/planned-orders/{id}")
    @Operation(operationId = "getPlannedOrder", summary = "Get a planned order", description = "Any role. With its pegging: the sales order lines and parent planned "
            + "orders it covers.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PlannedOrder.class)))
    @APIResponse(responseCode = "404", description = "No such planned order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response plannedOrder(@Parameter(example = "plo_01JD0Z8V6Q3N4R5S6T7V8W9X0Y-0002-001") @PathParam("id") String id);

    @POST
    @Path("/planned-orders/{id}/release")
    @Operation(operationId = "releasePlannedOrder", summary = "Release a planned order", description = "Owner, admin or planner. A make proposal becomes a work order in status "
            + "`planned` (firm, with the proposal's quantity, release date as start and due date; the shop floor gets it when the work "
            + "order is released); a buy proposal becomes a draft purchase order from the item's preferred supplier at that supplier's "
            + "price, expected on the proposal's due date. The proposal is marked `released` with a link to what it became. Releasing "
            + "twice, releasing a superseded proposal, and a buy proposal for an item without a preferred supplier (`no-supplier`) are 409s.")
    @APIResponse(responseCode = "200", description = "Released", content = @Content(schema = @Schema(implementation = PlannedOrder.class)))
    @APIResponse(responseCode = "404", description = "No such planned order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already released, superseded, or no preferred supplier to buy from", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response release(@PathParam("id") String id);

    @GET
    @Path("/capacity")
    @Operation(operationId = "getCapacity", summary = "Load versus capacity per work centre", description = "Any role. Loads setup plus run time per unit of each "
            + "item's routing onto its work centres, in the bucket where the order starts: the planned make orders of the latest "
            + "completed MRP run that are not yet released, and planned or released work orders. Available hours come from each work "
            + "centre's calendar: hours per day x machines x efficiency on its working days that are not holidays. Weeks start on "
            + "Monday; `from` defaults to this week's Monday (today for days), `to` to 4 weeks (14 days) later.")
    @APIResponse(responseCode = "200", description = "The load profile", content = @Content(schema = @Schema(implementation = CapacityReport.class)))
    @APIResponse(responseCode = "400", description = "Invalid range or bucket", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response capacity(@Parameter(description = "First day, ISO 8601.", example = "2026-03-02") @QueryParam("from") String from,
                      @Parameter(description = "Last day, included.", example = "2026-03-29") @QueryParam("to") String to,
                      @Parameter(description = "`week` (default) or `day`.", example = "week") @QueryParam("bucket") String bucket);
}
