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
import jakarta.ws.rs.PUT;
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

/**
 * Items and what hangs on them: bill of materials, routing and product options. Reading is open to
 * every role; changing needs owner, admin or planner.
 */
@Path(ItemsApi.PATH)
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ItemsApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/items";

    String ITEMS = "Items";
    String BOMS = "Bills of materials";
    String ROUTINGS = "Routings";
    String OPTIONS = "Configurable products";

    @GET
    @Tag(name = ITEMS, description = "Products, semi-finished parts, materials and services, with their planning parameters.")
    @Operation(operationId = "listItems", summary = "List items", description = "Any role. Oldest first; follow `next_cursor` for more.")
    @APIResponse(responseCode = "200", description = "A page of items", content = @Content(schema = @Schema(ref = "ItemList")))
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only items of this kind: product, semi_finished, material or service.", example = "material")
                  @QueryParam("kind") String kind,
                  @Parameter(description = "Only items whose code or name contains this text, ignoring case.", example = "oak")
                  @QueryParam("q") String query,
                  @Parameter(description = "Only active or only archived items; both if absent.", example = "active")
                  @QueryParam("status") String status);

    @POST
    @Tag(name = ITEMS)
    @Operation(operationId = "createItem", summary = "Create an item", description = "Owner, admin or planner. Money amounts without a currency are in your "
            + "company's currency.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Item.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your plan's item quota is reached (`quota-reached`; see `GET /api/v1/tenant/usage`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another item has this code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "a purchased material",
            value = "{\"code\":\"WOOD-OAK\",\"name\":\"Oak timber, kiln-dried\",\"kind\":\"material\",\"unit\":\"m3\","
                    + "\"lead_time_days\":20,\"standard_cost\":{\"amount\":850.00},\"lot_sizing_rule\":\"fixed_order_quantity\","
                    + "\"fixed_order_quantity\":12,\"safety_stock\":2,\"ordering_cost\":{\"amount\":120.00},"
                    + "\"holding_cost_rate\":0.2,\"lot_tracked\":true,\"incoming_inspection\":true}")))
                    @Valid @NotNull CreateItemRequest request);

    @GET
    @Path("/{id}")
    @Tag(name = ITEMS)
    @Operation(operationId = "getItem", summary = "Get an item", description = "Any role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Item.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Tag(name = ITEMS)
    @Operation(operationId = "updateItem", summary = "Change an item", description = "Owner, admin or planner; requires If-Match. Omitted fields stay as they are.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = Item.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another item has the new code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "new price and safety stock",
                            value = "{\"sales_price\":{\"amount\":39.90,\"currency\":\"EUR\"},\"safety_stock\":80}")))
                    @Valid @NotNull UpdateItemRequest request);

    @POST
    @Path("/{id}/archive")
    @Tag(name = ITEMS)
    @Operation(operationId = "archiveItem", summary = "Archive an item", description = "Owner, admin or planner. Items are retired, never deleted: bills, "
            + "routings and orders that use it keep it, but it is refused as a new component.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = Item.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already archived", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response archive(@PathParam("id") String id);

    @POST
    @Path("/{id}/restore")
    @Tag(name = ITEMS)
    @Operation(operationId = "restoreItem", summary = "Restore an archived item", description = "Owner, admin or planner.")
    @APIResponse(responseCode = "200", description = "Active again", content = @Content(schema = @Schema(implementation = Item.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not archived", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response restore(@PathParam("id") String id);

    @GET
    @Path("/{id}/bom")
    @Tag(name = BOMS, description = "Components per item, multi-level explosion and where-used.")
    @Operation(operationId = "getBillOfMaterials", summary = "Get an item's bill of materials", description = "Any role. The ETag is the bill's version (0 when the "
            + "item has no bill yet), separate from the item's, so editing the item and its bill do not get in each other's way.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BillOfMaterials.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response getBillOfMaterials(@PathParam("id") String id);

    @PUT
    @Path("/{id}/bom")
    @Tag(name = BOMS)
    @Operation(operationId = "replaceBillOfMaterials", summary = "Replace an item's bill of materials", description = "Owner, admin or planner; requires If-Match with "
            + "the bill's ETag (`\"0\"` for the first bill). Every component must be another item of your company; a line that "
            + "would make the item contain itself is refused with the cycle, e.g. `A → B → C → A`.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = BillOfMaterials.class)))
    @APIResponse(responseCode = "400", description = "Invalid lines, each named (`lines[2].component_id`)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bill would contain a cycle", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The bill changed since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response replaceBillOfMaterials(@PathParam("id") String id,
                                    @Parameter(description = "The bill's ETag from your last read.", example = "\"0\"")
                                    @HeaderParam("If-Match") String ifMatch,
                                    @RequestBody(content = @Content(examples = @ExampleObject(name = "two components",
                                            value = "{\"lines\":[{\"component_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Z\",\"quantity_per\":1,"
                                                    + "\"scrap_factor\":0.05,\"operation_sequence\":10},"
                                                    + "{\"component_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X10\",\"quantity_per\":0.15}]}")))
                                    @Valid @NotNull ReplaceBillOfMaterialsRequest request);

    @GET
    @Path("/{id}/bom/explosion")
    @Tag(name = BOMS)
    @Operation(operationId = "explodeBillOfMaterials", summary = "Explode an item's bill of materials", description = "Any role. The multi-level, indented explosion of "
            + "`quantity` units, depth first: each line's `extended_quantity` is its parent line's extended quantity x "
            + "`quantity_per` x (1 + `scrap_factor`), the convention MRP plans with. Product options are not included; resolve "
            + "a configuration for those.")
    @APIResponse(responseCode = "200", description = "The explosion", content = @Content(schema = @Schema(implementation = BomExplosion.class)))
    @APIResponse(responseCode = "400", description = "Invalid quantity", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response explode(@PathParam("id") String id,
                     @Parameter(description = "How many units to explode; 1 if absent.", example = "100") @QueryParam("quantity") String quantity);

    @GET
    @Path("/{id}/where-used")
    @Tag(name = BOMS)
    @Operation(operationId = "getWhereUsed", summary = "Where an item is used", description = "Any role. The items whose bill of materials or product options "
            + "use this item; with `levels=all`, every item above it up to those used nowhere.")
    @APIResponse(responseCode = "200", description = "The parents", content = @Content(schema = @Schema(implementation = WhereUsed.class)))
    @APIResponse(responseCode = "400", description = "Invalid levels", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response whereUsed(@PathParam("id") String id,
                       @Parameter(description = "`1` (direct parents, the default) or `all`.", example = "all") @QueryParam("levels") String levels);

    @GET
    @Path("/{id}/routing")
    @Tag(name = ROUTINGS, description = "Operations per item, in sequence, at work centres.")
    @Operation(operationId = "getRouting", summary = "Get an item's routing", description = "Any role. The ETag is the routing's version, 0 while there is none.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Routing.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response getRouting(@PathParam("id") String id);

    @PUT
    @Path("/{id}/routing")
    @Tag(name = ROUTINGS)
    @Operation(operationId = "replaceRouting", summary = "Replace an item's routing", description = "Owner, admin or planner; requires If-Match with the routing's "
            + "ETag (`\"0\"` for the first). Sequences are unique; every work centre must be one of your company's. An operation "
            + "that a bill-of-materials line names cannot be removed.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = Routing.class)))
    @APIResponse(responseCode = "400", description = "Invalid operations, each named (`operations[1].work_center_id`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bill of materials names an operation the new routing lacks",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The routing changed since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response replaceRouting(@PathParam("id") String id,
                            @Parameter(description = "The routing's ETag from your last read.", example = "\"0\"")
                            @HeaderParam("If-Match") String ifMatch,
                            @RequestBody(content = @Content(examples = @ExampleObject(name = "press then finish",
                                    value = "{\"operations\":[{\"sequence\":10,\"work_center_id\":\"wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\","
                                            + "\"description\":\"Glue and press the layers\",\"setup_hours\":0.5,\"run_hours_per_unit\":0.02},"
                                            + "{\"sequence\":20,\"work_center_id\":\"wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Z\","
                                            + "\"description\":\"Brush and oil\",\"run_hours_per_unit\":0.01}]}")))
                            @Valid @NotNull ReplaceRoutingRequest request);

    @GET
    @Path("/{id}/options")
    @Tag(name = OPTIONS, description = "Option groups of assemble-to-order products, and configurations resolved to their bill of materials.")
    @Operation(operationId = "getProductOptions", summary = "Get a product's option groups", description = "Any role. The ETag is the options' version, 0 while there are none.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ProductOptions.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response getOptions(@PathParam("id") String id);

    @PUT
    @Path("/{id}/options")
    @Tag(name = OPTIONS)
    @Operation(operationId = "replaceProductOptions", summary = "Replace a product's option groups", description = "Owner, admin or planner; requires If-Match with the "
            + "options' ETag (`\"0\"` for the first). Group codes are unique in the product and option codes in their group; "
            + "components follow the bill-of-materials rules, cycles included.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ProductOptions.class)))
    @APIResponse(responseCode = "400", description = "Invalid groups, options or components, each named", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An option's component would make the product contain itself",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The options changed since you read them", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response replaceOptions(@PathParam("id") String id,
                            @Parameter(description = "The options' ETag from your last read.", example = "\"0\"")
                            @HeaderParam("If-Match") String ifMatch,
                            @RequestBody(content = @Content(examples = @ExampleObject(name = "pen colour",
                                    value = "{\"groups\":[{\"code\":\"pen_colour\",\"name\":\"Pen colour\",\"required\":true,\"options\":["
                                            + "{\"code\":\"black\",\"name\":\"Black\",\"components\":[{\"component_id\":"
                                            + "\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Z\",\"quantity_per\":5}]},"
                                            + "{\"code\":\"blue\",\"name\":\"Blue\",\"components\":[{\"component_id\":"
                                            + "\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X10\",\"quantity_per\":5}]}]}]}")))
                            @Valid @NotNull ReplaceProductOptionsRequest request);

    @POST
    @Path("/{id}/configurations/resolve")
    @Tag(name = OPTIONS)
    @Operation(operationId = "resolveConfiguration", summary = "Resolve a configuration to its bill of materials", description = "Any role. The base bill of materials "
            + "plus the components of the option chosen in each group. A missing choice for a required group, an unknown group "
            + "or an unknown option is a 400 naming each (`choices.pen_colour`). Nothing is saved.")
    @APIResponse(responseCode = "200", description = "The configuration's bill of materials",
            content = @Content(schema = @Schema(implementation = ResolvedConfiguration.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid choices", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response resolveConfiguration(@PathParam("id") String id,
                                  @RequestBody(content = @Content(examples = @ExampleObject(name = "blue pens, red crayons",
                                          value = "{\"choices\":{\"pen_colour\":\"blue\",\"crayon_colour\":\"red\"}}")))
                                  @Valid @NotNull ResolveConfigurationRequest request);
}
