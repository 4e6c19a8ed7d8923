package io.flowline.catalog;

import java.math.BigDecimal;

/** Changes to an item: a null field stays as it is. Named in violations as {@link NewItem}'s fields are. */
public record ItemChanges(String code, String name, String description, String kind, String unit, String makeOrBuy, Integer leadTimeDays,
                          MoneyAmount standardCost, MoneyAmount salesPrice, String lotSizingRule, BigDecimal fixedOrderQuantity,
                          Integer orderPeriods, BigDecimal safetyStock, BigDecimal reorderPoint, MoneyAmount orderingCost,
                          BigDecimal holdingCostRate, BigDecimal minimumOrderQuantity, BigDecimal orderMultiple, Boolean lotTracked,
                          Boolean incomingInspection, Boolean backflush) {
}
