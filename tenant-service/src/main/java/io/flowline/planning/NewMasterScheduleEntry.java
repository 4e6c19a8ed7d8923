package io.flowline.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A planner's entry for the master schedule: so much of an item needed by a date, with a note if any. */
public record NewMasterScheduleEntry(String itemId, LocalDate dueDate, BigDecimal quantity, String note) {
}
