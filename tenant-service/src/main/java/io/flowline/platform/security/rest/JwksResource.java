package io.flowline.platform.security.rest;

import io.flowline.platform.security.SigningKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public keys that verify Flowline's access tokens (RFC 7517 JWK set); public, as whoever verifies a token needs them. */
@SecurityRequirements
@Path("/.well-known/jwks.json")
@RequestScoped
@PermitAll
@Tag(name = "Accounts")
public class JwksResource {

    @GET
    @Produces({"application/jwk-set+json", "application/json"})
    @Operation(operationId = "getJsonWebKeySet", summary = "Token verification keys", description = "RSA public keys (JWK set) that verify access tokens; `kid` matches the token header.")
    @APIResponse(responseCode = "200", description = "The key set")
    @APIResponse(responseCode = "406", description = "The Accept header allows neither `application/jwk-set+json` nor `application/json`")
    public Response keys() {
        return Response.ok(SigningKeys.publicJwks()).header("Cache-Control", "public, max-age=3600").build();
    }
}
