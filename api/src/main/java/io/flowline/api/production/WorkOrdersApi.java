package io.flowline.api.production;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(WorkOrdersApi.PATH)
@Tag(name = "Production", description = "Work orders, their operations on the shop floor, work centres' queues and lot genealogy.")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface WorkOrdersApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/work-orders";

    String OPERATION_ACTION = "Owner, admin, planner or operator. The work order must be released or in progress and the operation's status must "
            + "allow the action, else a 409 problem names the allowed ones (also in `allowed_actions`). Recorded in the work order's timeline.";

    @GET
    @Operation(operationId = "listWorkOrders", summary = "List work orders", description = "Any role. Oldest first; follow `next_cursor` for more.")
    @APIResponse(responseCode = "200", description = "A page of work orders", content = @Content(schema = @Schema(ref = "WorkOrderList")))
    @APIResponse(responseCode = "400", description = "Unknown status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only work orders with this status.", example = "planned") @QueryParam("status") String status,
                  @Parameter(description = "Only work orders for this item.") @QueryParam("item_id") String itemId,
                  @Parameter(description = "Only work orders made for this customer order.") @QueryParam("sales_order_id") String salesOrderId);

    @POST
    @Operation(operationId = "createWorkOrder", summary = "Create a work order", description = "Owner, admin or planner. The item must be one you make; the order starts "
            + "`planned` and gets the next number of your WO series. MRP proposals become work orders through "
            + "`POST /api/v1/planning/planned-orders/{id}/release`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = WorkOrder.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "120 boards",
            value = "{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"quantity\":120,\"start_date\":\"2026-03-02\",\"due_date\":\"2026-03-06\"}")))
                    @Valid @NotNull CreateWorkOrderRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWorkOrder", summary = "Get a work order", description = "Any role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = WorkOrder.class)))
    @APIResponse(responseCode = "404", description = "No such work order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateWorkOrder", summary = "Change a work order", description = "Owner, admin or planner; requires If-Match. Quantity and dates can change "
            + "while the work order is planned; a released or cancelled one is a 409.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = WorkOrder.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such work order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No longer planned", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "a week later",
                            value = "{\"start_date\":\"2026-03-09\",\"due_date\":\"2026-03-13\"}")))
                    @Valid @NotNull UpdateWorkOrderRequest request);

    @POST
    @Path("/{id}/release")
    @Operation(operationId = "releaseWorkOrder", summary = "Release a work order", description = "Owner, admin or planner. Hands a planned work order to the shop floor; "
            + "any other status is a 409 that names it.")
    @APIResponse(responseCode = "200", description = "Released", content = @Content(schema = @Schema(implementation = WorkOrder.class)))
    @APIResponse(responseCode = "404", description = "No such work order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not planned", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response release(@PathParam("id") String id);

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelWorkOrder", summary = "Cancel a work order", description = "Owner, admin or planner. A planned or released work order is cancelled "
            + "and no longer counts as supply for MRP; once an operation has started (in progress, completed, closed) or when already "
            + "cancelled it is a 409 that names the allowed actions.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = WorkOrder.class)))
    @APIResponse(responseCode = "404", description = "No such work order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Started or already cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response cancel(@PathParam("id") String id);

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeWorkOrder", summary = "Close a work order", description = "Owner, admin or planner. Closes a completed work order; "
            + "any other status is a 409 that names the allowed actions.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = WorkOrder.class)))
    @APIResponse(responseCode = "404", description = "No such work order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not completed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response close(@PathParam("id") String id);

    @GET
    @Path("/{id}/timeline")
    @Operation(operationId = "getWorkOrderTimeline", summary = "A work order's timeline", description = "Any role. Every change, action and "
            + "shop-floor report of the work order, newest first, from the audit trail; follow `next_cursor` for more.")
    @APIResponse(responseCode = "200", description = "A page of events", content = @Content(schema = @Schema(ref = "AuditEventList")))
    @APIResponse(responseCode = "404", description = "No such work order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response timeline(@PathParam("id") String id,
                      @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                      @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor);

    @GET
    @Path("/{id}/operations")
    @Operation(operationId = "listWorkOrderOperations", summary = "List a work order's operations", description = "Any role. In sequence, "
            + "each with its reports and interruptions; empty until the work order is released.")
    @APIResponse(responseCode = "200", description = "The operations", content = @Content(schema = @Schema(ref = "WorkOrderOperationList")))
    @APIResponse(responseCode = "404", description = "No such work order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response operations(@PathParam("id") String id);

    @POST
    @Path("/{id}/operations/{sequence}/start")
    @Operation(operationId = "startWorkOrderOperation", summary = "Start an operation", description = OPERATION_ACTION + " Operations may overlap, "
            + "but one starts only after the one before it has started (else a 409). The first start puts the work order in progress, "
            + "and the customer order it is made for in production.")
    @APIResponse(responseCode = "200", description = "Running", content = @Content(schema = @Schema(implementation = WorkOrderOperation.class)))
    @APIResponse(responseCode = "404", description = "No such work order or operation", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed now", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response startOperation(@PathParam("id") String id, @Parameter(example = "10") @PathParam("sequence") int sequence);

    @POST
    @Path("/{id}/operations/{sequence}/pause")
    @Operation(operationId = "pauseWorkOrderOperation", summary = "Pause an operation", description = OPERATION_ACTION + " Opens an interruption "
            + "with its reason; resuming ends it and records its duration.")
    @APIResponse(responseCode = "200", description = "Paused", content = @Content(schema = @Schema(implementation = WorkOrderOperation.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such work order or operation", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed now", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response pauseOperation(@PathParam("id") String id, @Parameter(example = "10") @PathParam("sequence") int sequence,
                            @RequestBody(content = @Content(examples = @ExampleObject(name = "breakdown",
                                    value = "{\"reason\":\"breakdown\",\"note\":\"Spindle bearing noisy\"}")))
                            @Valid @NotNull PauseOperationRequest request);

    @POST
    @Path("/{id}/operations/{sequence}/resume")
    @Operation(operationId = "resumeWorkOrderOperation", summary = "Resume an operation", description = OPERATION_ACTION + " Ends the open "
            + "interruption with its duration.")
    @APIResponse(responseCode = "200", description = "Running", content = @Content(schema = @Schema(implementation = WorkOrderOperation.class)))
    @APIResponse(responseCode = "404", description = "No such work order or operation", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed now", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response resumeOperation(@PathParam("id") String id, @Parameter(example = "10") @PathParam("sequence") int sequence);

    @POST
    @Path("/{id}/operations/{sequence}/report")
    @Operation(operationId = "reportWorkOrderOperation", summary = "Report an operation's quantities and time", description = OPERATION_ACTION
            + " While running or paused. Adds good and scrap quantities and labour and machine minutes. Good quantity on the last operation is "
            + "received into stock in the same transaction (reference `work_order`), into the output warehouse, and for a lot-tracked item "
            + "into the work order's lot, whose genealogy records the component lots issued to the work order. An operation's good quantity, "
            + "all reports together, is at most the work order's quantity: more is a 400.")
    @APIResponse(responseCode = "200", description = "Reported", content = @Content(schema = @Schema(implementation = WorkOrderOperation.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such work order or operation", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed now, or no warehouse to receive the output", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response reportOperation(@PathParam("id") String id, @Parameter(example = "10") @PathParam("sequence") int sequence,
                             @RequestBody(content = @Content(examples = @ExampleObject(name = "40 good, 1 scrapped",
                                     value = "{\"good_quantity\":40,\"scrap_quantity\":1,\"labour_minutes\":65,\"machine_minutes\":60,"
                                             + "\"scrap_reason\":\"Split along the grain\"}")))
                             @Valid @NotNull ReportOperationRequest request);

    @POST
    @Path("/{id}/operations/{sequence}/complete")
    @Operation(operationId = "completeWorkOrderOperation", summary = "Complete an operation", description = OPERATION_ACTION + " A running "
            + "operation completes once the one before it is done; when the last one is done the work order is completed (whatever good "
            + "quantity it received).")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(schema = @Schema(implementation = WorkOrderOperation.class)))
    @APIResponse(responseCode = "404", description = "No such work order or operation", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed now", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response completeOperation(@PathParam("id") String id, @Parameter(example = "10") @PathParam("sequence") int sequence);
    String PDF = "application/pdf";

    @GET
    @Path("/{id}/material-slip")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(operationId = "getWorkOrderMaterialSlip", summary = "Get a work order's material requisition slip", description = "Any role. Per component the "
            + "required quantity (with scrap), what is issued, reserved and still to issue, where to pick it (first-expired-first-out, then "
            + "first-in-first-out, by warehouse, location and lot) and what no stock covers. With `Accept: application/pdf` a printable slip in "
            + "your company's language (English, Norwegian, Swedish or Simplified Chinese). Before release it shows the list a release would make.")
    @APIResponse(responseCode = "200", description = "The slip", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MaterialSlip.class)), @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such work order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response materialSlip(@Parameter(example = "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @POST
    @Path("/{id}/material-issues")
    @Operation(operationId = "issueWorkOrderMaterials", summary = "Issue materials to a work order", description = "Owner, admin, planner, warehouse or "
            + "operator, while the work order is released. Each line takes stock of a component on the material list (a lot is required for a "
            + "lot-tracked item) with an `issue` movement referring to the work order, in place of the stock its reservation held; all lines are "
            + "issued or none. A component not on the list is a 400; more than the place holds a 409.")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = MaterialIssuePosting.class)))
    @APIResponse(responseCode = "400", description = "Invalid lines, each named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such work order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not released, or not enough stock", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response issueMaterials(@PathParam("id") String id,
                            @RequestBody(content = @Content(examples = @ExampleObject(name = "a lot of flour",
                                    value = "{\"lines\":[{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"quantity\":12.5,"
                                            + "\"lot_id\":\"lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\"}]}")))
                            @Valid @NotNull CreateMaterialIssueRequest request);

    @GET
    @Path("/{id}/material-issues")
    @Operation(operationId = "listWorkOrderMaterialIssues", summary = "List a work order's material issues", description = "Any role. Oldest first, "
            + "by hand and by backflush; follow `next_cursor` for more.")
    @APIResponse(responseCode = "200", description = "A page of issues", content = @Content(schema = @Schema(ref = "MaterialIssueList")))
    @APIResponse(responseCode = "404", description = "No such work order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response materialIssues(@PathParam("id") String id,
                            @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                            @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor);
}
