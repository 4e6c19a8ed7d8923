package io.flowline.catalog;

import java.math.BigDecimal;

/** An amount of money as given; a null currency means the company's own. */
public record MoneyAmount(BigDecimal amount, String currency) {
}
