package io.flowline.api.tenancy;

import io.flowline.api.platform.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public (`security: []`): signing up comes before having an account. */
@SecurityRequirements
@Path(SignupApi.PATH)
@Tag(name = "Accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface SignupApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/signup";

    @POST
    @Operation(operationId = "signUp", summary = "Sign up a company", description = "Creates a company (tenant) and its owner, and e-mails the owner a link to "
            + "verify the address (POST /api/v1/auth/verify-email). The owner can sign in at once, but the company can invite users and "
            + "create API clients only once verified. The country sets the default locale, currency and time zone. For an e-mail that "
            + "already signs in to Flowline nothing is created and its owner gets a notice instead; the answer is the same, so sign-up "
            + "does not reveal who has an account.")
    @APIResponse(responseCode = "202", description = "Taken; check the e-mail", content = @Content(schema = @Schema(implementation = Signup.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in `errors`", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response signUp(@RequestBody(content = @Content(examples = @ExampleObject(name = "signup",
            value = "{\"company\":\"Acme Parquet GmbH\",\"country\":\"DE\",\"email\":\"owner@acme.example\",\"password\":\"correct horse battery staple\"}")))
                    @Valid @NotNull SignupRequest request);
}
