package io.flowline.orders;

import java.math.BigDecimal;
import java.util.List;

/** Goods a customer sends back: into a warehouse (null: where each line last shipped from), per line how many and why. */
public record NewOrderReturn(String warehouseId, List<Line> lines) {

    /** One line's goods, the line named by its number or (when only one line has it) by its item. */
    public record Line(Integer lineNumber, String itemId, BigDecimal quantity, String reason) {
    }
}
