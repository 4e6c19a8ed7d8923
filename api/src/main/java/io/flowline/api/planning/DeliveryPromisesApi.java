package io.flowline.api.planning;

import io.flowline.api.platform.ApiSecurity;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Available-to-promise on the tenant's own stock and orders: the date sales can quote. Nothing is saved. */
@Path(DeliveryPromisesApi.PATH)
@Tag(name = "Planning")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface DeliveryPromisesApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/planning/promise";

    @POST
    @Operation(operationId = "promiseDelivery", summary = "Promise a delivery date", description = "Any role. For a configurable item, two-level available-to-promise: "
            + "each component of the base bill and the chosen options is there today if its available stock covers the need, else "
            + "after its lead time; the item follows its own lead time (assembly) after the last component, which is named as the "
            + "limiting one. For any other item: today if its available stock covers the quantity, else after its lead time. "
            + "Available stock is on hand minus reserved minus what confirmed orders not yet shipped still need; lead times count "
            + "working days (Monday to Friday) from today in your company's time zone. Confirming an order without a promised "
            + "date promises this date (the latest over its lines).")
    @APIResponse(responseCode = "200", description = "The earliest date and its reckoning",
            content = @Content(schema = @Schema(implementation = DeliveryPromise.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named: unknown item or warehouse, quantity not positive, "
            + "a missing or unknown option as `configuration.choices.<group>`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response promise(@RequestBody(content = @Content(examples = {
            @ExampleObject(name = "a configured bag", description = "A configurable item with the option chosen in each group.",
                    value = "{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\",\"quantity\":12,"
                            + "\"configuration\":{\"choices\":{\"pen_colour\":\"blue\"}}}"),
            @ExampleObject(name = "a stocked item in one warehouse",
                    value = "{\"item_id\":\"itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Z\",\"quantity\":40,"
                            + "\"warehouse_id\":\"whs_01JD0Z8V6Q3N4R5S6T7V8W9X0Y\"}")}))
                     @Valid @NotNull DeliveryPromiseRequest request);
}
