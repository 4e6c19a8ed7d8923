package io.flowline.api.identity;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ApiClientsApi.PATH)
@Tag(name = "API clients")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ApiClientsApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/api-clients";

    @GET
    @Operation(operationId = "listApiClients", summary = "List API clients", description = "Owner or admin. Secrets are never listed.")
    @APIResponse(responseCode = "200", description = "A page of API clients", content = @Content(schema = @Schema(ref = "ApiClientList")))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor);

    @POST
    @Operation(operationId = "createApiClient", summary = "Create an API client", description = "Owner or admin. The response shows `client_secret` once; store it now.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ApiClient.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "ERP integration",
            value = "{\"name\":\"ERP sync\",\"role\":\"sales\"}")))
                    @Valid @NotNull CreateApiClientRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiClient", summary = "Get an API client", description = "Owner or admin. The secret is never shown again after creation.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ApiClient.class)))
    @APIResponse(responseCode = "404", description = "No such API client", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "cli_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @POST
    @Path("/{id}/revoke")
    @Operation(operationId = "revokeApiClient", summary = "Revoke an API client", description = "Owner or admin. The client can no longer get tokens, "
            + "and the access tokens it holds are refused (401) from the next request on.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = ApiClient.class)))
    @APIResponse(responseCode = "404", description = "No such API client", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response revoke(@PathParam("id") String id);
}
