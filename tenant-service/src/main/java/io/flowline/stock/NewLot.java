package io.flowline.stock;

import java.time.LocalDate;

/** A lot of an item; {@code status} is a {@link LotStatus} as written (released when null), checked when the lot is made. */
public record NewLot(String itemId, String number, LocalDate expiryDate, String supplierLot, String status) {
}
