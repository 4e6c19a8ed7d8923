package io.flowline.catalog;

import java.math.BigDecimal;

/** A line of a new bill or option: so much of a component per unit of the parent, consumed at a routing operation when named. */
public record ComponentLine(String componentId, BigDecimal quantityPer, BigDecimal scrapFactor, Integer operationSequence) {
}
