package io.flowline.purchasing;

import java.math.BigDecimal;

/** A unit price; without a currency it is in the supplier's. */
public record Price(BigDecimal amount, String currency) {
}
