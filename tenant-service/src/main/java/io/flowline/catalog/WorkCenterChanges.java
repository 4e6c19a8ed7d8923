package io.flowline.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Changes to a work centre: a null field stays as it is. */
public record WorkCenterChanges(String code, String name, BigDecimal hoursPerDay, Integer machines, BigDecimal efficiency,
                                MoneyAmount costPerHour, List<String> workingDays, List<ShiftTimes> shifts, List<LocalDate> holidays) {
}
