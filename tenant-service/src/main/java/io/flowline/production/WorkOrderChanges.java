package io.flowline.production;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What to change of a planned work order; a null field stays as it is. */
public record WorkOrderChanges(BigDecimal quantity, LocalDate startDate, LocalDate dueDate) {
}
