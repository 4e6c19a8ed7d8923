package io.flowline.api.catalog;

import java.math.BigDecimal;

import io.flowline.api.platform.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new item. Only `code`, `name` and `kind` are required; the rest has sensible defaults.")
public record CreateItemRequest(
        @Schema(description = "Unique in your company.", examples = "PB-OAK-14") @NotBlank @Size(max = 64) String code,
        @Schema(examples = "Parquet board oak 14 mm") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "Three-layer oak board, brushed and oiled") @Size(max = 2000) String description,
        @Schema(enumeration = {"product", "semi_finished", "material", "service"}) @NotBlank @Size(max = 64) String kind,
        @Schema(description = "Unit of measure; `pc` if absent.", examples = "pc") @Size(min = 1, max = 16) String unit,
        @Schema(enumeration = {"make", "buy"}, description = "`buy` for materials and `make` for the rest if absent.") @Size(max = 64) String makeOrBuy,
        @Schema(description = "0 if absent.", examples = "5") @PositiveOrZero @Max(3650) Integer leadTimeDays,
        @Valid Money standardCost,
        @Valid Money salesPrice,
        @Schema(enumeration = {"lot_for_lot", "fixed_order_quantity", "economic_order_quantity", "period_order_quantity",
                "least_unit_cost", "least_total_cost", "part_period_balancing", "silver_meal", "wagner_whitin"},
                description = "`lot_for_lot` if absent.") @Size(max = 64) String lotSizingRule,
        @Schema(description = "Required for `fixed_order_quantity`.", examples = "500") @Positive @Digits(integer = 13, fraction = 6) BigDecimal fixedOrderQuantity,
        @Schema(examples = "2") @Positive @Max(520) Integer orderPeriods,
        @Schema(examples = "50") @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal safetyStock,
        @Schema(examples = "120") @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal reorderPoint,
        @Valid Money orderingCost,
        @Schema(examples = "0.2") @PositiveOrZero @DecimalMax("10") @Digits(integer = 2, fraction = 6) BigDecimal holdingCostRate,
        @Schema(examples = "100") @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal minimumOrderQuantity,
        @Schema(examples = "10") @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal orderMultiple,
        @Schema(description = "false if absent.") Boolean lotTracked,
        @Schema(description = "Receipts go into quarantine until released; false if absent.") Boolean incomingInspection,
        @Schema(description = "Issued by itself when a work order reports output (backflush); false if absent.") Boolean backflush) {
}
