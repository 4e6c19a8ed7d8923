package io.flowline.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A work centre to create; working days are the names given ({@code mon}), checked by the service as {@code working_days[i]}. */
public record NewWorkCenter(String code, String name, BigDecimal hoursPerDay, Integer machines, BigDecimal efficiency, MoneyAmount costPerHour,
                            List<String> workingDays, List<ShiftTimes> shifts, List<LocalDate> holidays) {
}
