package io.flowline.catalog;

import java.math.BigDecimal;

/**
 * An item to create. Kinds, rules and the like are still the names given, so the service names each bad one; the fields
 * are named in its {@link io.flowline.platform.failure.Violation}s as in the API ({@code make_or_buy}).
 */
public record NewItem(String code, String name, String description, String kind, String unit, String makeOrBuy, Integer leadTimeDays,
                      MoneyAmount standardCost, MoneyAmount salesPrice, String lotSizingRule, BigDecimal fixedOrderQuantity,
                      Integer orderPeriods, BigDecimal safetyStock, BigDecimal reorderPoint, MoneyAmount orderingCost,
                      BigDecimal holdingCostRate, BigDecimal minimumOrderQuantity, BigDecimal orderMultiple, Boolean lotTracked,
                      Boolean incomingInspection, Boolean backflush) {
}
