package io.flowline.catalog;

import java.math.BigDecimal;

/** An operation of a new routing, at a work centre; a null setup time is none. */
public record RoutingStep(Integer sequence, String workCenterId, String description, BigDecimal setupHours, BigDecimal runHoursPerUnit) {
}
