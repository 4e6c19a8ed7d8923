package io.flowline.api.tenancy;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

@Path(TenantApi.PATH)
@Tag(name = "Tenant")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface TenantApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/tenant";

    @GET
    @Operation(operationId = "getTenant", summary = "Your company's settings", description = "The ETag header carries the version to send back as If-Match.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Tenant.class)))
    Response get();

    @GET
    @Path("/usage")
    @Operation(operationId = "getTenantUsage", summary = "Your company's use of its plan", description = "Any role. Items, orders this month and rows imported this month, "
            + "each with the plan's quota, and the rate limits of the plan. Reaching a quota makes the write that would pass it a 403 "
            + "`quota-reached` problem; a larger plan raises the quotas.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TenantUsage.class)))
    Response usage();

    @PATCH
    @Operation(operationId = "updateTenant", summary = "Change your company's settings", description = "Owner or admin. Requires If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = Tenant.class)))
    @APIResponse(responseCode = "400", description = "Invalid or read-only fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "switch modules",
                            value = "{\"time_zone\":\"Europe/Vienna\",\"enabled_modules\":[\"orders\",\"planning\",\"inventory\"]}")))
                    @Valid @NotNull UpdateTenantRequest request);
}
