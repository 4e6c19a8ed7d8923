package io.flowline.catalog;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An item to create. Kinds, rules and the like are still the names given, so the service names each bad one; the fields
 * are named in its {@link io.flowline.platform.failure.Violation}s as in the API ({@code make_or_buy}). The constraints are
 * those each field is checked by before the service sees it, as the API's request has them (an import checks its rows by
 * them).
 */
public record NewItem(
        @NotBlank @Size(max = 64) String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotBlank @Size(max = 64) String kind,
        @Size(min = 1, max = 16) String unit,
        @Size(max = 64) String makeOrBuy,
        @PositiveOrZero @Max(3650) Integer leadTimeDays,
        @Valid MoneyAmount standardCost,
        @Valid MoneyAmount salesPrice,
        @Size(max = 64) String lotSizingRule,
        @Positive @Digits(integer = 13, fraction = 6) BigDecimal fixedOrderQuantity,
        @Positive @Max(520) Integer orderPeriods,
        @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal safetyStock,
        @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal reorderPoint,
        @Valid MoneyAmount orderingCost,
        @PositiveOrZero @DecimalMax("10") @Digits(integer = 2, fraction = 6) BigDecimal holdingCostRate,
        @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal minimumOrderQuantity,
        @PositiveOrZero @Digits(integer = 13, fraction = 6) BigDecimal orderMultiple,
        Boolean lotTracked,
        Boolean incomingInspection,
        Boolean backflush) {
}
