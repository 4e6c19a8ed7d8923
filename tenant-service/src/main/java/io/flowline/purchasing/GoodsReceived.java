package io.flowline.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Goods that arrived against a purchase order, into a warehouse (and location): per order line, how many and in which lot. */
public record GoodsReceived(String warehouseId, String locationId, List<Line> lines) {

    /** What arrived of one order line; the lot is named by its number, made when new. */
    public record Line(String lineId, BigDecimal quantity, String lotNumber, String supplierLot, LocalDate expiryDate) {
    }
}
