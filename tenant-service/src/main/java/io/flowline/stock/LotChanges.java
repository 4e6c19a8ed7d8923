package io.flowline.stock;

import java.time.LocalDate;

/** What changes of a lot; null leaves a field as it is, a blank supplier lot clears it. */
public record LotChanges(String status, LocalDate expiryDate, String supplierLot) {
}
