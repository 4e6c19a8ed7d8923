package io.flowline.api.orders;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public (`security: []`): the tracking token in the path is the credential. */
@SecurityRequirements
@Path(TrackingApi.PATH)
@Tag(name = "Order tracking", description = "What the ordering customer sees, by the order's tracking token; no login.")
@Produces(MediaType.APPLICATION_JSON)
public interface TrackingApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/tracking";

    @GET
    @Path("/{token}")
    @Operation(operationId = "trackOrder", summary = "Track an order", description = "No login: the order's `tracking_token` is the key. Shows what the ordering "
            + "customer may see: number, lines, status timeline and promised date; never prices, costs, notes or who did what.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TrackedOrder.class)))
    @APIResponse(responseCode = "404", description = "No order has this token", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response track(@Parameter(example = "trk_3q2-Xx9KfV0rQm8cZQd7o1mYtqG0l2nW5i8bRkE4sJw") @PathParam("token") String token);
}
