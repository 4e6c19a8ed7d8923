package io.flowline.api.planning;

import java.math.BigDecimal;
import java.util.List;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Net requirements to cover with orders, and the costs the rule trades off. {@code orderingCost} and
 * {@code holdingCost} are a JSON number (the same in every period) or an array with one number per period.
 */
@Schema(description = "Net requirements per period and the costs a lot-sizing rule trades off.")
public record LotSizingRequest(
        @Schema(description = "The lot-sizing rule.", enumeration = {"lot_for_lot", "fixed_order_quantity", "economic_order_quantity",
                "period_order_quantity", "least_unit_cost", "least_total_cost", "part_period_balancing", "silver_meal",
                "wagner_whitin"}, examples = "wagner_whitin")
        @NotBlank @Size(max = 64) String rule,
        @Schema(description = "Net requirement per period, at least one period and at most " + PlanningLimits.MAX_PERIODS + ".",
                examples = "[69, 29, 36, 61]")
        @NotNull @Size(min = 1, max = PlanningLimits.MAX_PERIODS) List<@NotNull @PositiveOrZero BigDecimal> demand,
        @Schema(description = "Cost of placing an order: one number for every period, or an array with one number per period.",
                implementation = Object.class, oneOf = {BigDecimal.class, BigDecimal[].class}, examples = "85")
        @NotNull JsonValue orderingCost,
        @Schema(description = "Cost per unit left in stock at the end of a period: one number for every period, or an array "
                + "with one number per period.", implementation = Object.class, oneOf = {BigDecimal.class, BigDecimal[].class}, examples = "1")
        @NotNull JsonValue holdingCost,
        @Schema(description = "Stock available before the first period; 0 if absent.", examples = "0")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal initialInventory,
        @Schema(description = "The lot for `fixed_order_quantity` (required there); for `economic_order_quantity` it replaces "
                + "the computed EOQ. Orders are the smallest multiple of it that covers the shortfall.", examples = "100")
        @Positive @DecimalMax("1e13") BigDecimal fixedQuantity,
        @Schema(description = "Periods covered per order for `period_order_quantity`; derived from the EOQ if absent.", examples = "2")
        @Positive Integer periods,
        @Schema(description = "Every order is raised to at least this quantity, after the rule.", examples = "50")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal minimumOrderQuantity,
        @Schema(description = "Every order is rounded up to a multiple of this quantity, after the rule and the minimum.", examples = "10")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal orderMultiple,
        @Schema(description = "Unit of measure of the quantities, as items name theirs. A counted unit (`pc`, `set`, `box`, ...) "
                + "has whole orders, a measured one (`kg`, `l`, `m`, and any unit not known) orders to the thousandth: each order "
                + "is rounded up to it last, and a shortfall of less than half a step is none. Absent, quantities are "
                + "continuous and never rounded.", examples = "pc")
        @Size(max = 32) String unit) {
}
