package io.flowline.orders;

import java.time.LocalDate;
import java.util.List;

/**
 * What to change of an order; a null field stays as it is, lines given replace all lines, blank notes or reference clear
 * them. The comment says why, in the order's timeline.
 */
public record OrderChanges(List<NewOrderLine> lines, LocalDate promisedDate, String notes, String externalReference, String comment) {
}
