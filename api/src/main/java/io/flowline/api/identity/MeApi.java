package io.flowline.api.identity;

import io.flowline.api.platform.ApiSecurity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(MeApi.PATH)
@Tag(name = "Accounts")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public interface MeApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/me";

    @GET
    @Operation(operationId = "getMe", summary = "Who am I", description = "Any signed-in user or API client: the caller and their company, with whether the "
            + "company's e-mail is verified and which modules it has on.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Me.class)))
    Response get();
}
