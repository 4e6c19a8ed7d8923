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

@Path(WarehousesApi.PATH)
@Tag(name = "Inventory", description = "Warehouses, storage locations and stock.")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface WarehousesApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/warehouses";

    @GET
    @Operation(operationId = "listWarehouses", summary = "List warehouses", description = "Any role. Oldest first; archived ones only with include_archived=true.")
    @APIResponse(responseCode = "200", description = "A page of warehouses", content = @Content(schema = @Schema(ref = "WarehouseList")))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Also list archived warehouses.") @QueryParam("include_archived") Boolean includeArchived);

    @POST
    @Operation(operationId = "createWarehouse", summary = "Create a warehouse", description = "Owner, admin or warehouse.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Warehouse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is taken", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "main warehouse",
            value = "{\"code\":\"MAIN\",\"name\":\"Main warehouse\",\"address\":{\"line1\":\"Industriestrasse 12\",\"postal_code\":\"70565\",\"city\":\"Stuttgart\",\"country\":\"DE\"}}")))
                    @Valid @NotNull CreateWarehouseRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWarehouse", summary = "Get a warehouse", description = "Any role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Warehouse.class)))
    @APIResponse(responseCode = "404", description = "No such warehouse", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateWarehouse", summary = "Change a warehouse", description = "Owner, admin or warehouse; requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = Warehouse.class)))
    @APIResponse(responseCode = "404", description = "No such warehouse", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "rename", value = "{\"name\":\"Main warehouse (hall 2)\"}")))
                    @Valid @NotNull UpdateWarehouseRequest request);

    @POST
    @Path("/{id}/archive")
    @Operation(operationId = "archiveWarehouse", summary = "Archive a warehouse", description = "Owner, admin or warehouse. Keeps its history; it takes no new stock.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = Warehouse.class)))
    @APIResponse(responseCode = "404", description = "No such warehouse", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already archived", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response archive(@PathParam("id") String id);

    @GET
    @Path("/{id}/locations")
    @Operation(operationId = "listStorageLocations", summary = "List a warehouse's storage locations", description = "Any role. Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of storage locations", content = @Content(schema = @Schema(ref = "StorageLocationList")))
    @APIResponse(responseCode = "404", description = "No such warehouse", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response listLocations(@PathParam("id") String id,
                           @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                           @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor);

    @POST
    @Path("/{id}/locations")
    @Operation(operationId = "addStorageLocation", summary = "Add a storage location", description = "Owner, admin or warehouse.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = StorageLocation.class)))
    @APIResponse(responseCode = "404", description = "No such warehouse", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is taken in this warehouse, or the warehouse is archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response addLocation(@PathParam("id") String id,
                         @RequestBody(content = @Content(examples = @ExampleObject(name = "a shelf",
                                 value = "{\"code\":\"A-01-03\",\"description\":\"Aisle A, rack 1, shelf 3\"}")))
                         @Valid @NotNull CreateStorageLocationRequest request);
}
