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

/** A lot's genealogy, recorded by production (which may use stock; stock may not use production). */
@Path(LotGenealogyApi.PATH)
@Tag(name = "Production")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public interface LotGenealogyApi {
    String PATH = "/api/v1/lots/{id}/genealogy";

    @GET
    @Operation(operationId = "getLotGenealogy", summary = "A lot's genealogy", description = "Any role but customer. The component lots that went "
            + "into the lot (backward) and the lots it went into (forward), recorded when a work order receives output into a lot, from the "
            + "lot-tracked material issued to that work order (stock movements of kind issue with reference type `work_order`).")
    @APIResponse(responseCode = "200", description = "The genealogy", content = @Content(schema = @Schema(implementation = LotGenealogy.class)))
    @APIResponse(responseCode = "404", description = "No such lot", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response genealogy(@Parameter(example = "lot_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);
}
