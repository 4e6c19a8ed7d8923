package io.flowline.api.production;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An operator's list: a root resource of its own beside the catalog's work centres (JAX-RS picks the longer literal path). */
@Path(WorkCenterQueueApi.PATH)
@Tag(name = "Production")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public interface WorkCenterQueueApi {
    String PATH = "/api/v1/work-centers/{id}/queue";

    @GET
    @Operation(operationId = "getWorkCenterQueue", summary = "A work centre's queue", description = "Any role. The operations of released and "
            + "in-progress work orders at the work centre that are not done (pending, running, paused): by the work order's due date, "
            + "then number and sequence; the first 200, `has_more` says whether there are more.")
    @APIResponse(responseCode = "200", description = "The queue", content = @Content(schema = @Schema(ref = "QueuedOperationList")))
    @APIResponse(responseCode = "404", description = "No such work centre", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response queue(@Parameter(example = "wkc_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);
}
