package io.flowline.api.identity;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public (`security: []`): these operations are how one gets a token; the two that need one say so. */
@SecurityRequirements
@Path(AuthApi.PATH)
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
public interface AuthApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1";

    @POST
    @Path("/auth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "issueToken", summary = "Get an access token (OAuth 2.0 token endpoint)", description = "Grants: `password` (username = e-mail), "
            + "`client_credentials` (client_id and client_secret as form fields or HTTP Basic) and `refresh_token`. After several "
            + "failed sign-ins an account must wait (429 with Retry-After; a try during the wait counts as a failure), and then is locked "
            + "for a while. Of concurrent refreshes with one refresh token exactly one succeeds; the others get `invalid_grant`.")
    @APIResponse(responseCode = "200", description = "Token issued", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed request or bad grant (`error`: invalid_request, invalid_grant, unsupported_grant_type)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Unknown client or wrong client secret (`error`: invalid_client)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts; retry after the Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response token(@Parameter(description = "password, client_credentials or refresh_token", example = "password") @FormParam("grant_type") String grantType,
                   @Parameter(description = "E-mail (password grant).", example = "owner@acme.example") @FormParam("username") String username,
                   @Parameter(description = "Password (password grant).") @FormParam("password") String password,
                   @Parameter(description = "Client id (client_credentials grant).") @FormParam("client_id") String clientId,
                   @Parameter(description = "Client secret (client_credentials grant).") @FormParam("client_secret") String clientSecret,
                   @Parameter(description = "Refresh token (refresh_token grant).") @FormParam("refresh_token") String refreshToken,
                   @Parameter(hidden = true) @jakarta.ws.rs.HeaderParam("Authorization") String authorization);

    @POST
    @Path("/invitations/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation", description = "Sets the invited person's password; they can then get a token with the password grant.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, used or expired invitation", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response acceptInvitation(@RequestBody(content = @Content(examples = @ExampleObject(name = "accept",
            value = "{\"token\":\"inv_...\",\"password\":\"a long and uncommon passphrase\"}")))
                              @Valid @NotNull AcceptInvitationRequest request);

    @POST
    @Path("/auth/logout")
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @Operation(operationId = "signOut", summary = "Sign out", description = "Ends the caller's own sessions on every device: each access token of the caller is "
            + "refused (401) from the next request on, and each refresh token stops working (`invalid_grant`). An API client's "
            + "tokens end too; it gets new ones with its credentials. Takes no body.")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response logout();

    @POST
    @Path("/auth/verify-email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyEmail", summary = "Verify the company's e-mail address", description = "With the code from the e-mail sent at sign-up (the link "
            + "in it carries the same code as `token`). Each code works once and for 7 days; afterwards the owner asks for a new one at "
            + "POST /api/v1/auth/verify-email/resend. No sign-in needed.")
    @APIResponse(responseCode = "200", description = "Verified", content = @Content(schema = @Schema(implementation = EmailVerification.class)))
    @APIResponse(responseCode = "400", description = "Unknown, used or expired code (`errors` names `token`)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response verifyEmail(@RequestBody(content = @Content(examples = @ExampleObject(name = "verify", value = "{\"token\":\"evt_...\"}")))
                         @Valid @NotNull VerifyEmailRequest request);

    @POST
    @Path("/auth/verify-email/resend")
    @SecurityRequirement(name = ApiSecurity.BEARER)
    @Operation(operationId = "resendVerificationEmail", summary = "Send the verification e-mail again", description = "Owner, while the company is not verified: a new code goes "
            + "to the owner's address (earlier ones keep working until they expire).")
    @APIResponse(responseCode = "202", description = "On its way", content = @Content(schema = @Schema(implementation = MailAccepted.class)))
    @APIResponse(responseCode = "409", description = "Already verified", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response resendVerification();

    @POST
    @Path("/auth/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password-reset e-mail", description = "If the e-mail signs in to Flowline, a single-use link valid "
            + "for an hour is e-mailed to it. The answer is the same for known and unknown addresses. No sign-in needed.")
    @APIResponse(responseCode = "202", description = "Taken", content = @Content(schema = @Schema(implementation = MailAccepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid e-mail", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response requestPasswordReset(@RequestBody(content = @Content(examples = @ExampleObject(name = "reset",
            value = "{\"email\":\"owner@acme.example\"}"))) @Valid @NotNull PasswordResetRequest request);

    @POST
    @Path("/auth/password-reset/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with the e-mailed code", description = "The code works once. The new password follows the "
            + "sign-up rules; it ends every session of the user (their access tokens are refused from the next request on, their "
            + "refresh tokens stop working) and lifts a sign-in lock.")
    @APIResponse(responseCode = "200", description = "Password changed", content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(responseCode = "400", description = "Unknown, used or expired code (`errors` names `token`), or a weak password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response confirmPasswordReset(@RequestBody(content = @Content(examples = @ExampleObject(name = "confirm",
            value = "{\"token\":\"prt_...\",\"password\":\"a new and uncommon passphrase\"}")))
                                  @Valid @NotNull ConfirmPasswordResetRequest request);
}
