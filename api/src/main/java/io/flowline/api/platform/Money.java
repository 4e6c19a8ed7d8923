package io.flowline.api.platform;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount in a currency; in requests the currency may be left out and is then the tenant's. */
@Schema(name = "Money", description = "An amount of money: a decimal amount (up to 4 decimal places) and an ISO 4217 currency. "
        + "In requests the currency defaults to your company's currency.")
public record Money(
        @Schema(examples = "12.50") @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @Schema(description = "ISO 4217 code.", examples = "EUR") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency) {
}
