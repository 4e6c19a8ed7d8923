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

@Path(PurchaseOrdersApi.PATH)
@Tag(name = "Inventory")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PurchaseOrdersApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/purchase-orders";

    String ACTION = "Owner, admin or planner. An action the order's status does not allow is a 409 problem whose detail lists the "
            + "allowed actions (also in the order's `allowed_actions`).";

    @GET
    @Operation(operationId = "listPurchaseOrders", summary = "List purchase orders", description = "Any role. Oldest first; follow `next_cursor` for more.")
    @APIResponse(responseCode = "200", description = "A page of purchase orders", content = @Content(schema = @Schema(ref = "PurchaseOrderList")))
    @APIResponse(responseCode = "400", description = "Unknown status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only orders with this status.", example = "sent") @QueryParam("status") String status,
                  @Parameter(description = "Only this supplier's orders.") @QueryParam("supplier_id") String supplierId,
                  @Parameter(description = "Only orders with a line for this item.") @QueryParam("item_id") String itemId);

    @POST
    @Operation(operationId = "createPurchaseOrder", summary = "Create a purchase order", description = "Owner, admin or planner. The order starts as a draft in the supplier's "
            + "currency and gets the next number of the series PO-{YYYY}-{SEQ:5}, without gaps. A line's unit price defaults to the "
            + "supplier's price for the item, its expected date to today plus the supplier's lead time for the item (else the item's).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PurchaseOrder.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named (e.g. `lines[0].unit_price` when there is no price)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "oak timber",
            value = "{\"supplier_id\":\"sup_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"lines\":[{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\","
                    + "\"quantity\":12,\"unit_price\":{\"amount\":790.00},\"expected_date\":\"2026-03-20\"}],"
                    + "\"notes\":\"Deliver to gate 2.\",\"external_reference\":\"AB-2026-118\"}")))
                    @Valid @NotNull CreatePurchaseOrderRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPurchaseOrder", summary = "Get a purchase order", description = "Any role. With its lines, received and open quantities.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PurchaseOrder.class)))
    @APIResponse(responseCode = "404", description = "No such purchase order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "pur_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updatePurchaseOrder", summary = "Change a purchase order", description = "Owner, admin or planner; requires If-Match. `lines` replaces the lines "
            + "while the order is a draft (409 after); `line_changes` sets a line's quantity (not below what arrived) or expected date "
            + "until the order is closed or cancelled, so that planning sees what the supplier confirmed; a quantity cut to what arrived "
            + "can complete a partly received order. Notes and external reference change until it is closed or cancelled.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = PurchaseOrder.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such purchase order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Lines of a sent order, or a closed or cancelled order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "a later date confirmed",
                            value = "{\"line_changes\":[{\"line_id\":\"pol_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"expected_date\":\"2026-03-27\"}],"
                                    + "\"notes\":\"Supplier confirmed one week later.\"}")))
                    @Valid @NotNull UpdatePurchaseOrderRequest request);

    @POST
    @Path("/{id}/send")
    @Operation(operationId = "sendPurchaseOrder", summary = "Send a purchase order", description = "A draft becomes sent: goods may now be received against it. " + ACTION)
    @APIResponse(responseCode = "200", description = "Sent", content = @Content(schema = @Schema(implementation = PurchaseOrder.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response send(@PathParam("id") String id);

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closePurchaseOrder", summary = "Close a purchase order", description = "A received or partly received order is closed: what is still open is "
            + "no longer expected (on order and planning's scheduled receipts drop it). " + ACTION)
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = PurchaseOrder.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response close(@PathParam("id") String id);

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelPurchaseOrder", summary = "Cancel a purchase order", description = "A draft, or a sent order nothing has arrived for. " + ACTION)
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = PurchaseOrder.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the order's status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response cancel(@PathParam("id") String id);

    @GET
    @Path("/{id}/receipts")
    @Operation(operationId = "listPurchaseReceipts", summary = "A purchase order's receipts", description = "Any role. Oldest first.")
    @APIResponse(responseCode = "200", description = "The receipts", content = @Content(schema = @Schema(ref = "PurchaseReceiptList")))
    @APIResponse(responseCode = "404", description = "No such purchase order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response receipts(@PathParam("id") String id);

    @POST
    @Path("/{id}/receipts")
    @Operation(operationId = "receivePurchaseOrder", summary = "Receive goods", description = "Owner, admin, planner or warehouse, on a sent or partly received order. Books a "
            + "`receipt` stock movement per line (reference purchase_order, valued at the item's standard cost) and the received "
            + "quantities in one transaction; the order becomes partly_received, or received when nothing is open any more. More than "
            + "is open is a 409 `over-receipt` and nothing is written. Lot-tracked items need a `lot_number` (the item's lot with that "
            + "number is reused, else created). Goods of an item with `incoming_inspection` go into a quarantined lot (a new one, "
            + "numbered after the order when no number is given) and cannot be reserved or issued until the lot is released.")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = PurchaseReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such purchase order", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "More than is open, or the order takes no receipts in its status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response receive(@PathParam("id") String id,
                     @RequestBody(content = @Content(examples = @ExampleObject(name = "four of twelve into a lot",
                             value = "{\"warehouse_id\":\"whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"lines\":[{\"line_id\":\"pol_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\","
                                     + "\"quantity\":4,\"lot_number\":\"2026-0311\",\"supplier_lot\":\"MAYER-88-12\",\"expiry_date\":\"2027-03-31\"}]}")))
                     @Valid @NotNull CreatePurchaseReceiptRequest request);
}
