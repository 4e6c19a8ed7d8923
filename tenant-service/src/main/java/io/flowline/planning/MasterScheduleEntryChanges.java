package io.flowline.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a planner changes of an entry; null leaves it as it is, and a blank note removes the note. */
public record MasterScheduleEntryChanges(LocalDate dueDate, BigDecimal quantity, String note) {
}
