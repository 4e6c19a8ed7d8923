package io.flowline.api.imports;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ExportsApi.PATH)
@Tag(name = "Imports and exports")
@SecurityRequirement(name = ApiSecurity.BEARER)
public interface ExportsApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/exports";

    @GET
    @Path("/{kind}")
    @Produces({ImportsApi.CSV, ImportsApi.XLSX})
    @Operation(operationId = "exportRecords", summary = "Export", description = "Items, bills of materials and work centres: owner, admin or planner; customers: owner, admin or sales. Every object of the kind, archived ones too, by code, in the "
            + "columns of the import template, so an export can be imported elsewhere as it is (bills of materials once their items are there). "
            + "Bills of materials are the base lines of every item, by parent code and line number; product options are not exported.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = ImportsApi.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ImportsApi.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown kind or format", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response export(@Parameter(description = "`items`, `bills_of_materials`, `customers` or `work_centers`.", example = "items") @PathParam("kind") String kind,
                    @Parameter(description = "`csv` (the default) or `xlsx`.", example = "xlsx") @QueryParam("format") String format);
}
