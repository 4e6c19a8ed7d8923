package io.flowline.api.identity;

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

@Path(UsersApi.PATH)
@Tag(name = "Users")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface UsersApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/users";

    @GET
    @Operation(operationId = "listUsers", summary = "List users", description = "Owner or admin. Oldest first; follow `next_cursor` for more.")
    @APIResponse(responseCode = "200", description = "A page of users", content = @Content(schema = @Schema(ref = "UserList")))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only users with this status.", example = "active") @QueryParam("status") String status);

    @POST
    @Operation(operationId = "inviteUser", summary = "Invite a user", description = "Owner or admin; only an owner may invite an owner. The response carries a "
            + "one-time invitation token, valid for 7 days, that the person accepts at POST /api/v1/invitations/accept.")
    @APIResponse(responseCode = "201", description = "Invited", content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or a role you may not grant", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A user with this e-mail exists", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response invite(@RequestBody(content = @Content(examples = @ExampleObject(name = "invite a planner",
            value = "{\"email\":\"jane@acme.example\",\"name\":\"Jane Miller\",\"role\":\"planner\"}")))
                    @Valid @NotNull InviteUserRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get a user", description = "Owner or admin.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "usr_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateUser", summary = "Change a user's role or name", description = "Owner or admin; requires If-Match. The last active owner keeps the owner role. "
            + "A new role applies from the user's next request on, whatever role their access token names.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "make sales", value = "{\"role\":\"sales\"}")))
                    @Valid @NotNull UpdateUserRequest request);

    @POST
    @Path("/{id}/deactivate")
    @Operation(operationId = "deactivateUser", summary = "Deactivate a user", description = "Owner or admin. The user can no longer sign in, their access tokens are refused "
            + "(401) from their next request on and their refresh tokens stop working.")
    @APIResponse(responseCode = "200", description = "Deactivated", content = @Content(schema = @Schema(implementation = User.class)))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already deactivated, or the last active owner", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response deactivate(@PathParam("id") String id);

    @POST
    @Path("/{id}/sessions/revoke")
    @Operation(operationId = "revokeUserSessions", summary = "Sign a user out everywhere", description = "Owner or admin; only an owner may sign out an owner. Every access token "
            + "the user holds is refused (401) from their next request on and every refresh token stops working (`invalid_grant`); "
            + "the user can sign in again.")
    @APIResponse(responseCode = "204", description = "Signed out everywhere")
    @APIResponse(responseCode = "403", description = "An admin may not sign out an owner", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response revokeSessions(@PathParam("id") String id);
}
