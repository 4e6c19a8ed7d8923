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

/**
 * Stateless planning calculators for what-if questions: nothing is read from or saved to the tenant's data.
 * Periods are numbered from 0; quantities and costs are JSON numbers.
 */
@Path(PlanningCalculatorsApi.PATH)
@Tag(name = "Planning", description = "Lot sizing, MRP, available-to-promise, forecasting and inventory policy.")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PlanningCalculatorsApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/planning";

    @POST
    @Path("/lot-sizing")
    @Operation(operationId = "calculateLotSizes", summary = "Size lots for net requirements", description = "Any role. Applies one of the classic lot-sizing rules "
            + "(Wagner-Whitin is the exact optimum) to net requirements per period; minimum and multiple order quantities apply "
            + "after the rule. Holding cost is charged per unit on the stock left at the end of each period.")
    @APIResponse(responseCode = "200", description = "The orders and their cost",
            content = @Content(schema = @Schema(implementation = LotSizingResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: unknown rule, negative values, costs not one per period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response lotSizing(@RequestBody(content = @Content(examples = @ExampleObject(name = "Wagner-Whitin 1958",
            description = "The 12-month example of Wagner & Whitin (1958); total cost 864.",
            value = "{\"rule\":\"wagner_whitin\",\"demand\":[69,29,36,61,61,26,34,67,45,67,79,56],"
                    + "\"ordering_cost\":[85,102,102,101,98,114,105,86,119,110,98,114],\"holding_cost\":1}")))
                       @Valid @NotNull LotSizingRequest request);

    @POST
    @Path("/mrp-record")
    @Operation(operationId = "calculateMrpRecord", summary = "Compute an MRP record", description = "Any role. Nets gross requirements against stock and scheduled "
            + "receipts, honours safety stock, sizes planned orders and offsets them by the lead time, and lists exception messages.")
    @APIResponse(responseCode = "200", description = "The time-phased record",
            content = @Content(schema = @Schema(implementation = MrpRecordResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: unknown rule, negative values, arrays of different lengths",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response mrpRecord(@RequestBody(content = @Content(examples = @ExampleObject(name = "lot-for-lot with safety stock",
            value = "{\"gross_requirements\":[20,15,30,10,25,40,20,30],\"scheduled_receipts\":[0,30,0,0,0,0,0,0],"
                    + "\"on_hand\":40,\"lead_time\":2,\"safety_stock\":10,\"lot_sizing\":{\"rule\":\"lot_for_lot\"}}")))
                       @Valid @NotNull MrpRecordRequest request);

    @POST
    @Path("/atp")
    @Operation(operationId = "calculateAvailableToPromise", summary = "Compute available-to-promise", description = "Any role. `discrete`, `cumulative` (without look-ahead) "
            + "or `cumulative_look_ahead`, as the APICS Dictionary defines them.")
    @APIResponse(responseCode = "200", description = "ATP per period",
            content = @Content(schema = @Schema(implementation = AvailableToPromiseResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: unknown method, negative values, arrays of different lengths",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response availableToPromise(@RequestBody(content = @Content(examples = @ExampleObject(name = "discrete ATP",
            value = "{\"on_hand\":50,\"master_schedule\":[0,100,0,0,100,0],\"customer_orders\":[30,40,30,20,60,50],"
                    + "\"method\":\"discrete\"}")))
                                @Valid @NotNull AvailableToPromiseRequest request);

    @POST
    @Path("/forecast")
    @Operation(operationId = "calculateForecast", summary = "Forecast demand from history", description = "Any role. Moving average, simple exponential smoothing, "
            + "Holt (trend), additive Holt-Winters (seasonal) or `auto`, with MAE, MAPE and RMSE of the one-step-ahead fit.")
    @APIResponse(responseCode = "200", description = "The forecast and its fit",
            content = @Content(schema = @Schema(implementation = ForecastResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: unknown method, parameters out of range, too little history",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response forecast(@RequestBody(content = @Content(examples = @ExampleObject(name = "exponential smoothing",
            value = "{\"method\":\"simple_exponential_smoothing\",\"history\":[120,132,101,134,90,130,128],\"alpha\":0.3,"
                    + "\"horizon\":4}")))
                      @Valid @NotNull ForecastRequest request);

    @POST
    @Path("/inventory-policy")
    @Operation(operationId = "calculateInventoryPolicy", summary = "Compute EOQ, safety stock and reorder point", description = "Any role. Each result is returned when "
            + "the request carries what it needs.")
    @APIResponse(responseCode = "200", description = "The policy parameters",
            content = @Content(schema = @Schema(implementation = InventoryPolicyResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or not enough of them for any result",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response inventoryPolicy(@RequestBody(content = @Content(examples = @ExampleObject(name = "EOQ and reorder point",
            value = "{\"annual_demand\":1200,\"ordering_cost\":100,\"holding_cost_per_unit_year\":6,"
                    + "\"lead_time_demand_mean\":100,\"lead_time_demand_std_dev\":20,\"service_level\":0.95}")))
                             @Valid @NotNull InventoryPolicyRequest request);
}
