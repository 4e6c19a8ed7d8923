package io.flowline.production;

import java.math.BigDecimal;

/** Good output reported on a work order's last operation, fired before it is received into stock (backflush listens). */
public record OutputReported(String workOrderId, BigDecimal goodQuantity) {
}
