package io.flowline.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A line to order: the item, the option chosen per option group of a configurable one (null when none were chosen), how
 * many, the unit price (null for the item's sales price) and when the customer wants it.
 */
public record NewOrderLine(String itemId, Map<String, String> choices, BigDecimal quantity, Price unitPrice, LocalDate requestedDate) {

    /** A price given with the line; without a currency it is the order's. */
    public record Price(BigDecimal amount, String currency) {
    }
}
