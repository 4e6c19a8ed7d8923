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

@Path(SuppliersApi.PATH)
@Tag(name = "Inventory")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface SuppliersApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/suppliers";

    @GET
    @Operation(summary = "List suppliers", description = "Any role. Oldest first; archived ones only with include_archived=true.")
    @APIResponse(responseCode = "200", description = "A page of suppliers")
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Also list archived suppliers.") @QueryParam("include_archived") Boolean includeArchived);

    @POST
    @Operation(summary = "Create a supplier", description = "Owner, admin, planner or warehouse.")
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
    @Operation(summary = "Get a supplier")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Supplier.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "sup_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change a supplier", description = "Owner, admin, planner or warehouse; requires If-Match.")
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
    @Operation(summary = "Archive a supplier", description = "Owner, admin, planner or warehouse. Keeps its history; it gets no new purchase orders.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = Supplier.class)))
    @APIResponse(responseCode = "404", description = "No such supplier", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already archived", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response archive(@PathParam("id") String id);

}
