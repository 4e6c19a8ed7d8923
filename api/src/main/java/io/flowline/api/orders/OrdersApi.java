package io.flowline.api.orders;

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

@Path(OrdersApi.PATH)
@Tag(name = "Orders", description = "Sales orders: intake, review, lifecycle actions, timeline and statistics.")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface OrdersApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/orders";

    String ACTION = "Moves the order along its lifecycle. An action the order's status does not allow is a 409 problem whose detail "
            + "lists the allowed actions (also in the order's `allowed_actions`). Recorded in the timeline.";
    String ACTION_EXAMPLE = "{\"comment\":\"Agreed with the customer on the phone.\"}";

    @GET
    @Operation(operationId = "listOrders", summary = "List orders", description = "Every role. Oldest first; follow `next_cursor` for more.")
    @APIResponse(responseCode = "200", description = "A page of orders", content = @Content(schema = @Schema(ref = "OrderList")))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only orders with this status.", example = "confirmed") @QueryParam("status") String status,
                  @Parameter(description = "Only this customer's orders.") @QueryParam("customer_id") String customerId,
                  @Parameter(description = "Only orders that came in this way.", example = "email") @QueryParam("channel") String channel);

    @POST
    @Operation(operationId = "createOrder", summary = "Create an order", description = "Owner, admin or sales. The order starts as a draft and gets the next number "
            + "of your company's order number format (SO-2026-00042), without gaps, also under concurrent creation. Unit prices "
            + "default to the item's sales price; a configurable item needs a `configuration` that chooses an option in each required group.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named (e.g. `lines[1].item_id` for an unknown item)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your plan's quota of orders this month is reached (`quota-reached`; see `GET /api/v1/tenant/usage`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "a configured bag and boards by e-mail",
            value = "{\"customer_id\":\"cus_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"channel\":\"email\",\"lines\":[{\"item_id\":"
                    + "\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"quantity\":12,\"requested_date\":\"2026-03-20\"},{\"item_id\":"
                    + "\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Z\",\"configuration\":{\"choices\":{\"pen_colour\":\"blue\"}},\"quantity\":3,"
                    + "\"unit_price\":{\"amount\":24.90,\"currency\":\"EUR\"}}],\"notes\":\"Customer asked for a call before delivery.\","
                    + "\"external_reference\":\"PO-88231\"}")))
                    @Valid @NotNull CreateOrderRequest request);

    @GET
    @Path("/stats")
    @Operation(operationId = "getOrderStats", summary = "Order statistics", description = "Every role. Counts and values by status, customer, channel and month, "
            + "and the share of delivered orders that arrived by their promised date.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = OrderStats.class)))
    Response stats();

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrder", summary = "Get an order", description = "Every role. With its lines and totals.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateOrder", summary = "Change an order", description = "Owner, admin or sales; requires If-Match. Lines, promised date, notes and "
            + "external reference can change until the order ships; every change is recorded in the timeline and raises "
            + "`order.changed`. A shipped, delivered, closed or cancelled order is a 409.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The order has shipped, is closed or cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "a later promise",
                            value = "{\"promised_date\":\"2026-03-27\",\"comment\":\"Lamellas arrive a week late.\"}")))
                    @Valid @NotNull UpdateOrderRequest request);

    @GET
    @Path("/{id}/timeline")
    @Operation(operationId = "listOrderTimeline", summary = "An order's timeline", description = "Every role. Creation, every status change and every edit, who and when, oldest first.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(schema = @Schema(ref = "OrderTimelineEntryList")))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response timeline(@PathParam("id") String id);

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitOrder", summary = "Submit a draft order for review", description = "Owner, admin or sales. " + ACTION)
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response submit(@PathParam("id") String id,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "with a comment", value = ACTION_EXAMPLE))) @Valid OrderActionRequest request);

    @POST
    @Path("/{id}/confirm")
    @Operation(operationId = "confirmOrder", summary = "Confirm an order", description = "Owner, admin or sales. Needs a promised date: the one sent, or else the later "
            + "of the lines' latest requested date and the earliest date planning can deliver them (POST /api/v1/planning/promise, "
            + "the latest over the lines); without the planning module, the latest requested date (400 when there is none). A "
            + "`promised_date` before today in your company's time zone is a 400. Confirming reserves, for each line, the stock "
            + "available now (a part when only a part is there; see the lines' `reserved_quantity` and `short_quantity`). " + ACTION)
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "400", description = "No promised date, a promised date in the past, or a line's options no longer resolve", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response confirm(@PathParam("id") String id,
                     @RequestBody(content = @Content(examples = @ExampleObject(name = "promise a date",
                             value = "{\"promised_date\":\"2026-03-20\"}"))) @Valid OrderActionRequest request);

    @POST
    @Path("/{id}/start-production")
    @Operation(operationId = "startOrderProduction", summary = "Start production", description = "Owner, admin, planner or operator. " + ACTION)
    @APIResponse(responseCode = "200", description = "In production", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response startProduction(@PathParam("id") String id,
                             @RequestBody(content = @Content(examples = @ExampleObject(name = "with a comment", value = ACTION_EXAMPLE))) @Valid OrderActionRequest request);

    @POST
    @Path("/{id}/send-to-quality")
    @Operation(operationId = "sendOrderToQuality", summary = "Send to the quality check", description = "Owner, admin, planner, operator or quality. " + ACTION)
    @APIResponse(responseCode = "200", description = "In the quality check", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response sendToQuality(@PathParam("id") String id,
                           @RequestBody(content = @Content(examples = @ExampleObject(name = "with a comment", value = ACTION_EXAMPLE))) @Valid OrderActionRequest request);

    @POST
    @Path("/{id}/mark-ready")
    @Operation(operationId = "markOrderReady", summary = "Mark ready to ship", description = "Owner, admin, planner, operator, quality or warehouse. " + ACTION)
    @APIResponse(responseCode = "200", description = "Ready", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response markReady(@PathParam("id") String id,
                       @RequestBody(content = @Content(examples = @ExampleObject(name = "with a comment", value = ACTION_EXAMPLE))) @Valid OrderActionRequest request);

    @POST
    @Path("/{id}/ship")
    @Operation(operationId = "shipOrder", summary = "Ship", description = "Owner, admin, sales or warehouse. Issues each line's reserved "
            + "stock through the stock ledger (issue movements with reference `sales_order` and the order's id) and closes the "
            + "reservations, in one transaction; lines of services ship without stock. A line short of reserved stock makes it a 409 "
            + "(`insufficient-stock`) naming each short line (line number, item, ordered, shipped, reserved, short), with nothing moved. "
            + "With `order_workflow.partial_shipments` on, the lines ship what they have reserved, the order keeps its status (a "
            + "`shipment` entry in the timeline, `shipped_quantity` on the lines) and a later ship sends the rest; it becomes shipped "
            + "when every line has shipped in full. " + ACTION)
    @APIResponse(responseCode = "200", description = "Shipped, in full or (partial shipments) in part", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status, or lines short of stock", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response ship(@PathParam("id") String id,
                  @RequestBody(content = @Content(examples = @ExampleObject(name = "with a comment", value = ACTION_EXAMPLE))) @Valid OrderActionRequest request);

    @POST
    @Path("/{id}/reserve")
    @Operation(operationId = "reserveOrderStock", summary = "Reserve stock for the order's lines", description = "Owner, admin, sales, "
            + "planner or warehouse. Confirming reserves what is available for each line, and receipts top the reservations up "
            + "(earliest promised date first); this reserves, for each line of a confirmed order that has not shipped, what it still "
            + "lacks from what is available now — after a transfer, an adjustment or a lot released from quarantine. Reserves a "
            + "part when only a part is there; the lines' `reserved_quantity` and `short_quantity` say where it stands.")
    @APIResponse(responseCode = "200", description = "The order with its lines' reservations", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The order is not confirmed, or has shipped, or is cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response reserve(@PathParam("id") String id);

    @POST
    @Path("/{id}/returns")
    @Operation(operationId = "createOrderReturn", summary = "Take goods back from the customer", description = "Owner, admin, sales or "
            + "warehouse. Each line's goods are received (a receipt movement with reference `sales_order`) into a new quarantined lot "
            + "in the warehouse named, else the one the line last shipped from, so they are neither available nor reserved until "
            + "quality decides. Only what shipped and has not come back can be returned (400 naming the line). Recorded in the "
            + "timeline (`return`) and the audit trail.")
    @APIResponse(responseCode = "201", description = "Received; the returns made, one per line", content = @Content(schema = @Schema(ref = "OrderReturnList")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named (`lines[0].quantity` beyond what shipped)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response createReturn(@PathParam("id") String id,
                          @RequestBody(content = @Content(examples = @ExampleObject(name = "two damaged units of line 1",
                                  value = "{\"lines\":[{\"line_number\":1,\"quantity\":2,\"reason\":\"Damaged in transport\"}]}")))
                          @Valid @NotNull CreateOrderReturnRequest request);

    @GET
    @Path("/{id}/returns")
    @Operation(operationId = "listOrderReturns", summary = "An order's returns", description = "Every role. Oldest first.")
    @APIResponse(responseCode = "200", description = "The returns", content = @Content(schema = @Schema(ref = "OrderReturnList")))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response returns(@PathParam("id") String id);

    @POST
    @Path("/{id}/deliver")
    @Operation(operationId = "deliverOrder", summary = "Record the delivery", description = "Owner, admin, sales or warehouse. The time of this action is the delivery "
            + "time the on-time statistics compare with the promised date. " + ACTION)
    @APIResponse(responseCode = "200", description = "Delivered", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response deliver(@PathParam("id") String id,
                     @RequestBody(content = @Content(examples = @ExampleObject(name = "with a comment", value = ACTION_EXAMPLE))) @Valid OrderActionRequest request);

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeOrder", summary = "Close", description = "Owner, admin or sales. " + ACTION)
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response close(@PathParam("id") String id,
                   @RequestBody(content = @Content(examples = @ExampleObject(name = "with a comment", value = ACTION_EXAMPLE))) @Valid OrderActionRequest request);

    @POST
    @Path("/{id}/hold")
    @Operation(operationId = "holdOrder", summary = "Put on hold", description = "Owner, admin, sales or planner; until the order ships. " + ACTION)
    @APIResponse(responseCode = "200", description = "On hold", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response hold(@PathParam("id") String id,
                  @RequestBody(content = @Content(examples = @ExampleObject(name = "with a reason", value = ACTION_EXAMPLE))) @Valid OrderActionRequest request);

    @POST
    @Path("/{id}/release")
    @Operation(operationId = "releaseOrder", summary = "Release from hold", description = "Owner, admin, sales or planner. Returns the order to the status it was held in. " + ACTION)
    @APIResponse(responseCode = "200", description = "Released", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "409", description = "Not on hold", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response release(@PathParam("id") String id,
                     @RequestBody(content = @Content(examples = @ExampleObject(name = "with a comment", value = ACTION_EXAMPLE))) @Valid OrderActionRequest request);

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelOrder", summary = "Cancel", description = "Owner, admin or sales; until the order ships. "
            + "Releases the stock reserved for its lines. " + ACTION)
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response cancel(@PathParam("id") String id,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "with a reason", value = ACTION_EXAMPLE))) @Valid OrderActionRequest request);
}
