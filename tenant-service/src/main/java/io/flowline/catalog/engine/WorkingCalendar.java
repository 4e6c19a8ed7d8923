package io.flowline.catalog.engine;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When and how much a work centre can work: on working days of the week that are not holidays it
 * offers hours per day x machines x efficiency hours (the planning engine's
 * {@code CapacityRequirements.availableHours} formula, here per calendar day). With shifts, the
 * hours per day are the shifts' total.
 *
 * @param hoursPerDay hours one machine (or person) works on a working day; ignored when shifts are given
 * @param machines    machines or people that work in parallel
 * @param efficiency  share of the clock hours that produce standard hours (0.85 = 85 %)
 */
public record WorkingCalendar(Set<DayOfWeek> workingDays, List<Shift> shifts, Set<LocalDate> holidays,
                              BigDecimal hoursPerDay, int machines, BigDecimal efficiency) {

    /** Ranges longer than this are refused: ten years of days is already more than any plan needs. */
    public static final int MAX_DAYS = 3_700;

    public WorkingCalendar {
        workingDays = workingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workingDays);
        shifts = List.copyOf(shifts);
        holidays = Set.copyOf(holidays);
        if (!shifts.isEmpty()) {
            hoursPerDay = shiftHours(shifts);
        }
        if (hoursPerDay.signum() < 0 || hoursPerDay.compareTo(BigDecimal.valueOf(24)) > 0 || machines < 0 || efficiency.signum() < 0) {
            throw new IllegalArgumentException("hours per day must be in [0, 24]; machines and efficiency must not be negative");
        }
    }

    /** The total of the shifts' hours. */
    public static BigDecimal shiftHours(List<Shift> shifts) {
        return shifts.stream().map(Shift::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** Available hours on one day: 0 on a day off. */
    public BigDecimal availableHours(LocalDate date) {
        return isWorkingDay(date) ? hoursPerDay.multiply(BigDecimal.valueOf(machines)).multiply(efficiency) : BigDecimal.ZERO;
    }

    /** Available hours from {@code from} to {@code to}, both included. */
    public BigDecimal availableHours(LocalDate from, LocalDate to) {
        return dailyHours(from, to).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Available hours per day from {@code from} to {@code to}, both included, in date order. */
    public Map<LocalDate, BigDecimal> dailyHours(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("the range is longer than " + MAX_DAYS + " days");
        }
        Map<LocalDate, BigDecimal> days = new LinkedHashMap<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.put(date, availableHours(date));
        }
        return days;
    }

    /** Working days (not holidays) in the range, both ends included. */
    public int workingDays(LocalDate from, LocalDate to) {
        return (int) dailyHours(from, to).keySet().stream().filter(this::isWorkingDay).count();
    }
}
