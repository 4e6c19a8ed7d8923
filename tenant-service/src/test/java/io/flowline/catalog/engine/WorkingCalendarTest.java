package io.flowline.catalog.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static final Set<DayOfWeek> MON_TO_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static Shift shift(String start, String end) {
        return new Shift(LocalTime.parse(start), LocalTime.parse(end));
    }

    /**
     * A press line with two shifts (06-14, 14-22 = 16 h), 3 machines at 85 % efficiency, Monday to
     * Friday, in the week of 30 March 2026 with Good Friday (3 April) off: 4 working days x 16 x 3 x 0.85 = 163.2 hours.
     */
    @Test
    void availableHoursOfAWeekWithAHoliday() {
        WorkingCalendar calendar = new WorkingCalendar(MON_TO_FRI, List.of(shift("06:00", "14:00"), shift("14:00", "22:00")),
                Set.of(LocalDate.of(2026, 4, 3)), BigDecimal.ZERO, 3, new BigDecimal("0.85"));
        LocalDate monday = LocalDate.of(2026, 3, 30);
        LocalDate sunday = LocalDate.of(2026, 4, 5);

        assertEquals(0, new BigDecimal("163.2").compareTo(calendar.availableHours(monday, sunday)));
        assertEquals(4, calendar.workingDays(monday, sunday));
        assertEquals(0, new BigDecimal("40.8").compareTo(calendar.availableHours(monday)));
        assertEquals(0, BigDecimal.ZERO.compareTo(calendar.availableHours(LocalDate.of(2026, 4, 3))));
        assertEquals(7, calendar.dailyHours(monday, sunday).size());
        assertEquals(0, new BigDecimal("16").compareTo(calendar.hoursPerDay()));
    }

    @Test
    void withoutShiftsTheHoursPerDayCount() {
        WorkingCalendar calendar = new WorkingCalendar(EnumSet.of(DayOfWeek.SATURDAY), List.of(), Set.of(),
                new BigDecimal("7.5"), 2, BigDecimal.ONE);
        assertEquals(0, new BigDecimal("15").compareTo(calendar.availableHours(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 4, 3))));
    }

    @Test
    void aNightShiftCrossesMidnightAndOverlapsAreSeen() {
        Shift night = shift("22:00", "06:00");
        assertEquals(480, night.minutes());
        assertTrue(night.overlaps(shift("05:00", "07:00")), "the next morning");
        assertTrue(night.overlaps(shift("21:00", "23:00")));
        assertFalse(night.overlaps(shift("06:00", "14:00")));
        assertFalse(shift("06:00", "14:00").overlaps(shift("14:00", "22:00")));
        assertThrows(IllegalArgumentException.class, () -> shift("08:00", "08:00"));
    }

    @Test
    void refusesABackwardRange() {
        WorkingCalendar calendar = new WorkingCalendar(MON_TO_FRI, List.of(), Set.of(), BigDecimal.ONE, 1, BigDecimal.ONE);
        assertThrows(IllegalArgumentException.class, () -> calendar.availableHours(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));
    }
}
