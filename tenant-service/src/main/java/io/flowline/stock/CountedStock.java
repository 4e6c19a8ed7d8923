package io.flowline.stock;

import java.math.BigDecimal;

/** A quantity counted: on a line of the count ({@code lineId}), or found where the count has none (item, location, lot). */
public record CountedStock(String lineId, String itemId, String locationId, String lotId, BigDecimal countedQuantity) {
}
