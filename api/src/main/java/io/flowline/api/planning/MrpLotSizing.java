package io.flowline.api.planning;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How an MRP record sizes its planned orders. Cost-based rules need `ordering_cost` and `holding_cost`.")
public record MrpLotSizing(
        @Schema(description = "The lot-sizing rule.", enumeration = {"lot_for_lot", "fixed_order_quantity", "economic_order_quantity",
                "period_order_quantity", "least_unit_cost", "least_total_cost", "part_period_balancing", "silver_meal",
                "wagner_whitin"}, examples = "lot_for_lot")
        @NotBlank @Size(max = 64) String rule,
        @Schema(description = "The lot for `fixed_order_quantity` (required there); for `economic_order_quantity` it replaces "
                + "the computed EOQ.", examples = "50")
        @Positive @DecimalMax("1e13") BigDecimal fixedQuantity,
        @Schema(description = "Periods covered per order for `period_order_quantity`; derived from the EOQ if absent.", examples = "2")
        @Positive Integer periods,
        @Schema(description = "Every order is raised to at least this quantity, after the rule.", examples = "50")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal minimumOrderQuantity,
        @Schema(description = "Every order is rounded up to a multiple of this quantity, after the rule and the minimum.", examples = "10")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal orderMultiple,
        @Schema(description = "Cost of placing an order, the same in every period.", examples = "100")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal orderingCost,
        @Schema(description = "Cost per unit left in stock at the end of a period.", examples = "1")
        @PositiveOrZero @DecimalMax("1e13") BigDecimal holdingCost,
        @Schema(description = "Unit of measure of the quantities, as items name theirs. A counted unit (`pc`, `set`, `box`, ...) "
                + "has whole orders, a measured one (`kg`, `l`, `m`, and any unit not known) orders to the thousandth: each planned "
                + "order is rounded up to it last, a shortfall of less than half a step is none, and messages write quantities "
                + "to its decimals. Absent, quantities are continuous and never rounded.", examples = "pc")
        @Size(max = 32) String unit) {
}
