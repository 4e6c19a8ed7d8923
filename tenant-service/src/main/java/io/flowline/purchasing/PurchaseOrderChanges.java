package io.flowline.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What changes of a purchase order; null leaves a part as it is. {@code lines} replaces a draft's lines, {@code lineChanges}
 * changes single lines' quantities and expected dates, a blank text clears it.
 */
public record PurchaseOrderChanges(List<NewPurchaseOrderLine> lines, List<LineChange> lineChanges, String notes, String externalReference) {

    /** A line's new quantity or expected date; null leaves it. */
    public record LineChange(String lineId, BigDecimal quantity, LocalDate expectedDate) {
    }
}
