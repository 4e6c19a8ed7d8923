package io.flowline.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * An amount of money as given; a null currency means the company's own. The constraints are the API's, so an import checks
 * its cells as the API checks a request.
 */
public record MoneyAmount(
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {
}
