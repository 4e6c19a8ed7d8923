package io.flowline.api.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.api.platform.Money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something the company makes, buys or sells: a product, a semi-finished part, a material or a service, "
        + "with how it is planned.")
public record Item(
        @Schema(examples = "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") String id,
        @Schema(examples = "item") String object,
        @Schema(description = "Unique in your company.", examples = "PB-OAK-14") String code,
        @Schema(examples = "Parquet board oak 14 mm") String name,
        @Schema(examples = "Three-layer oak board, brushed and oiled") String description,
        @Schema(enumeration = {"product", "semi_finished", "material", "service"}) String kind,
        @Schema(description = "Unit of measure the quantities are in.", examples = "pc") String unit,
        @Schema(description = "Digits after the decimal point a quantity of the unit has: 0 for counted units (`pc`, `set`, `box`, ...), "
                + "3 for measured ones (`kg`, `l`, `m`, ...) and any unit not known. Planning rounds what it proposes up to it.",
                examples = "0") int unitDecimals,
        @Schema(enumeration = {"make", "buy"}) String makeOrBuy,
        @Schema(description = "Days to make or procure one lot.", examples = "5") int leadTimeDays,
        Money standardCost,
        Money salesPrice,
        @Schema(enumeration = {"lot_for_lot", "fixed_order_quantity", "economic_order_quantity", "period_order_quantity",
                "least_unit_cost", "least_total_cost", "part_period_balancing", "silver_meal", "wagner_whitin"}) String lotSizingRule,
        @Schema(description = "The lot for `fixed_order_quantity`; for `economic_order_quantity` it replaces the computed EOQ.", examples = "500")
        BigDecimal fixedOrderQuantity,
        @Schema(description = "Periods one order covers for `period_order_quantity`.", examples = "2") Integer orderPeriods,
        @Schema(examples = "50") BigDecimal safetyStock,
        @Schema(examples = "120") BigDecimal reorderPoint,
        @Schema(description = "Cost of placing one order or setting up one lot.") Money orderingCost,
        @Schema(description = "Yearly cost of holding stock, as a fraction of the standard cost (0.2 = 20 % a year).", examples = "0.2")
        BigDecimal holdingCostRate,
        @Schema(examples = "100") BigDecimal minimumOrderQuantity,
        @Schema(examples = "10") BigDecimal orderMultiple,
        @Schema(description = "Whether stock of this item is kept by lot.") boolean lotTracked,
        @Schema(description = "Whether received stock needs an incoming inspection: purchase receipts put it into a quarantined lot, "
                + "which cannot be reserved or issued until it is released.") boolean incomingInspection,
        @Schema(description = "Whether work orders issue this component by themselves when output is reported (backflush), "
                + "instead of by a material issue.") boolean backflush,
        @Schema(enumeration = {"active", "archived"}, description = "Archived items stay in existing bills and orders but are "
                + "refused as new components.") String status,
        Instant createdAt,
        Instant updatedAt,
        @Schema(examples = "1") long version) {
}
