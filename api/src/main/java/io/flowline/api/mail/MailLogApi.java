package io.flowline.api.mail;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(MailLogApi.PATH)
@Tag(name = "Accounts")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public interface MailLogApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/mail-log";

    @GET
    @Operation(operationId = "listMailLog", summary = "List the company's e-mails", description = "Owner or admin. Newest first: verification, invitation and "
            + "password-reset e-mails and notices, each with its sending status.")
    @APIResponse(responseCode = "200", description = "A page of e-mails", content = @Content(schema = @Schema(ref = "MailLogEntryList")))
    @APIResponse(responseCode = "400", description = "Bad limit, cursor or status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only e-mails with this status: queued, sent or failed.", example = "failed") @QueryParam("status") String status);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMailLogEntry", summary = "Get an e-mail's sending status", description = "Owner or admin.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = MailLogEntry.class)))
    @APIResponse(responseCode = "404", description = "No such e-mail", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@PathParam("id") String id);
}
