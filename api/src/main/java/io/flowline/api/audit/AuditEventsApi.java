package io.flowline.api.audit;

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

@Path(AuditEventsApi.PATH)
@Tag(name = "Audit")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public interface AuditEventsApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/audit-events";

    @GET
    @Operation(operationId = "listAuditEvents", summary = "List audit events", description = "Owner or admin. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of audit events", content = @Content(schema = @Schema(ref = "AuditEventList")))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only events about this object.", example = "usr_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @QueryParam("object_id") String objectId,
                  @Parameter(description = "Only events by this user or API client.") @QueryParam("actor_id") String actorId);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAuditEvent", summary = "Get an audit event", description = "Owner or admin.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AuditEvent.class)))
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@PathParam("id") String id);
}
