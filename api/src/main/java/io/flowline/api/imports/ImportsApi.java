package io.flowline.api.imports;

import java.io.InputStream;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ImportsApi.PATH)
@Tag(name = "Imports and exports", description = "CSV and XLSX files in and out: items, customers, work centres and bills of materials.")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public interface ImportsApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/imports";
    String CSV = "text/csv";
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Operation(operationId = "listImports", summary = "List imports", description = "Owner, admin, planner or sales. Oldest first; follow `next_cursor` for more.")
    @APIResponse(responseCode = "200", description = "A page of imports", content = @Content(schema = @Schema(ref = "ImportJobList")))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor);

    @POST
    @Consumes({CSV, XLSX})
    @Operation(operationId = "startImport", summary = "Import a file", description = "Items, bills of materials and work centres: owner, admin or planner; customers: owner, admin or sales. The body is the file itself: CSV (UTF-8, comma or "
            + "semicolon separated) or XLSX (the first sheet), with a header row naming the columns as the JSON API does "
            + "(download a template from `/api/v1/imports/templates/{kind}`). The import runs in the background: poll the `Location`. "
            + "Every row is checked before anything is written; one bad row and nothing is imported, and `errors` names each "
            + "bad cell by line and column. Codes (customer numbers) already used, in the file or by an existing object, are errors too. "
            + "Customers are flattened to one row each: the first contact (`contact_*`), the invoice address (`invoice_*`) and the "
            + "first delivery address (`delivery_*`); their `number` is required. A work centre's lists are one cell each, values separated by spaces: "
            + "`working_days` `mon tue wed`, `shifts` `06:00-14:00 14:00-22:00`, `holidays` `2026-12-24 2026-12-25`. "
            + "Bills of materials are one row per component line: `parent_code`, `component_code`, `quantity_per`, `scrap_factor` and "
            + "`operation_sequence` (optional), items named by code. The rows of a parent, in file order, replace its whole base bill "
            + "(its product options stay); items not named as a parent keep their bills. Unknown codes, archived components, operations "
            + "not in the parent's routing, a line repeated (same parent, component and operation) and cycles, within the file or with "
            + "the bills already stored, are errors; a cycle is named on its first line with the other lines it runs through.")
    @APIResponse(responseCode = "202", description = "Accepted; the import runs in the background",
            headers = @Header(name = "Location", description = "The import, to poll", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "400", description = "Unknown kind, or an empty file", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "This month's import rows of your plan are used up (`quota-reached`); "
            + "a file with more rows than are left, or more items than the plan allows, fails with that error", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 20 MB (`flowline.limits.import-body-bytes`)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response start(@Parameter(description = "What the file holds: `items`, `bills_of_materials`, `customers` or `work_centers`.", example = "items", required = true) @QueryParam("kind") String kind,
                   @RequestBody(content = {@Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING), examples = @ExampleObject(name = "two items",
                           value = "code,name,kind,unit,lead_time_days,standard_cost,standard_cost_currency\n"
                                   + "PB-OAK-14,Parquet board oak 14 mm,product,pc,5,12.50,EUR\nOAK-LAM,Oak lamella,material,m2,10,4.20,\n")),
                           @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                   format = "binary"))}) InputStream file);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "Get an import", description = "Owner, admin, planner or sales. Its status, progress and errors.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "404", description = "No such import", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "imp_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @GET
    @Path("/templates/{kind}")
    @Produces({CSV, XLSX})
    @Operation(operationId = "getImportTemplate", summary = "Download an import template", description = "Who may import the kind. The header row with every column the kind "
            + "takes and one example row; items need `code`, `name` and `kind`, bills of materials `parent_code`, `component_code` and `quantity_per`, "
            + "customers `number` and `name`, work centres `code` and `name`; empty cells take the defaults.")
    @APIResponse(responseCode = "200", description = "The template", content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown kind or format", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response template(@Parameter(example = "items") @PathParam("kind") String kind,
                      @Parameter(description = "`csv` (the default) or `xlsx`.", example = "xlsx") @QueryParam("format") String format);
}
