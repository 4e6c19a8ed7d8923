package io.flowline.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A line of a new bill or option: so much of a component per unit of the parent, consumed at a routing operation when named.
 * The constraints are the API's request's, so an import checks its rows by them.
 */
public record ComponentLine(
        @NotBlank @Size(max = 64) String componentId,
        @NotNull @Positive @Digits(integer = 13, fraction = 6) BigDecimal quantityPer,
        @PositiveOrZero @DecimalMax(value = "1", inclusive = false) @Digits(integer = 1, fraction = 6) BigDecimal scrapFactor,
        @Positive Integer operationSequence) {
}
