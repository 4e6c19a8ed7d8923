package io.flowline.orders;

import java.util.List;

/** A customer's order to take: from whom, through which channel ({@link OrderChannel}'s names), what, and notes. */
public record NewOrder(String customerId, String channel, List<NewOrderLine> lines, String notes, String externalReference) {
}
