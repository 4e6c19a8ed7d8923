package io.flowline.api.inventory;

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

@Path(SuppliersApi.PATH)
@Tag(name = "Inventory")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface SuppliersApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/suppliers";

    @GET
    @Operation(operationId = "listSuppliers", summary = "List suppliers", description = "Any role. Oldest first; archived ones only with include_archived=true.")
    @APIResponse(responseCode = "200", description = "A page of suppliers", content = @Content(schema = @Schema(ref = "SupplierList")))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Also list archived suppliers.") @QueryParam("include_archived") Boolean includeArchived);

    @POST
    @Operation(operationId = "createSupplier", summary = "Create a supplier", description = "Owner, admin, planner or warehouse.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Supplier.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is taken", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "wood supplier",
            value = "{\"code\":\"HOLZ-01\",\"name\":\"Holzwerk Mayer KG\",\"email\":\"orders@holzwerk.example\",\"currency\":\"EUR\",\"default_lead_time_days\":10}")))
                    @Valid @NotNull CreateSupplierRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSupplier", summary = "Get a supplier", description = "Any role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Supplier.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "sup_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateSupplier", summary = "Change a supplier", description = "Owner, admin, planner or warehouse; requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = Supplier.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "longer lead time", value = "{\"default_lead_time_days\":14}")))
                    @Valid @NotNull UpdateSupplierRequest request);

    @POST
    @Path("/{id}/archive")
    @Operation(operationId = "archiveSupplier", summary = "Archive a supplier", description = "Owner, admin, planner or warehouse. Keeps its history; it gets no new purchase orders.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = Supplier.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already archived", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response archive(@PathParam("id") String id);

    @GET
    @Path("/{id}/items")
    @Operation(operationId = "listSupplierItems", summary = "List a supplier's items", description = "Any role. The items this supplier delivers, with its prices and lead times, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of supplier items", content = @Content(schema = @Schema(ref = "SupplierItemList")))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response listItems(@PathParam("id") String id,
                       @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                       @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor);

    @POST
    @Path("/{id}/items")
    @Operation(operationId = "addSupplierItem", summary = "Add an item to a supplier", description = "Owner, admin, planner or warehouse. The price's currency defaults to "
            + "the supplier's, the lead time to the supplier's default lead time (else the item's). `preferred` makes this the item's "
            + "preferred supplier, which replenishment suggestions and planning order from; the previous preferred one stops being it.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = SupplierItem.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The supplier already lists the item, or is archived", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response addItem(@PathParam("id") String id,
                     @RequestBody(content = @Content(examples = @ExampleObject(name = "oak timber at 790 EUR per m3",
                             value = "{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"supplier_item_code\":\"EI-KD-27\","
                                     + "\"unit_price\":{\"amount\":790.00,\"currency\":\"EUR\"},\"lead_time_days\":14,"
                                     + "\"minimum_order_quantity\":5,\"order_multiple\":0.5,\"preferred\":true}")))
                     @Valid @NotNull CreateSupplierItemRequest request);

    @GET
    @Path("/{id}/items/{item_id}")
    @Operation(operationId = "getSupplierItem", summary = "Get a supplier's terms for an item", description = "Any role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = SupplierItem.class)))
    @APIResponse(responseCode = "404", description = "No such supplier, or it does not list the item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response getItem(@PathParam("id") String id, @Parameter(example = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("item_id") String itemId);

    @PATCH
    @Path("/{id}/items/{item_id}")
    @Operation(operationId = "updateSupplierItem", summary = "Change a supplier's terms for an item", description = "Owner, admin, planner or warehouse; requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = SupplierItem.class)))
    @APIResponse(responseCode = "404", description = "No such supplier, or it does not list the item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response updateItem(@PathParam("id") String id, @PathParam("item_id") String itemId,
                        @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                        @RequestBody(content = @Content(examples = @ExampleObject(name = "a new price",
                                value = "{\"unit_price\":{\"amount\":815.00},\"lead_time_days\":21}")))
                        @Valid @NotNull UpdateSupplierItemRequest request);

    @DELETE
    @Path("/{id}/items/{item_id}")
    @Operation(operationId = "removeSupplierItem", summary = "Remove an item from a supplier", description = "Owner, admin, planner or warehouse. Purchase orders already "
            + "placed keep their prices.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such supplier, or it does not list the item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response removeItem(@PathParam("id") String id, @PathParam("item_id") String itemId);
}
