package io.flowline.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Stock value at standard cost, rounded half-even to the 4 decimal places money has. */
final class StockValue {
    private StockValue() {
    }

    static BigDecimal of(BigDecimal quantity, BigDecimal standardCost) {
        return quantity.multiply(standardCost).setScale(4, RoundingMode.HALF_EVEN);
    }
}
