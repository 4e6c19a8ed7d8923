package io.flowline.planning.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Buckets on a working calendar: ISO weeks from Monday (ISO 8601), or working days without days off and holidays. */
class PlanningCalendarTest {
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Test
    void weeksStartOnTheMondayOfTheFirstDayAndPastDatesFallIntoTheFirst() {
        PlanningCalendar weeks = PlanningCalendar.weeks(LocalDate.parse("2026-03-04"), 4);
        assertEquals(LocalDate.parse("2026-03-02"), weeks.start(0));
        assertEquals(LocalDate.parse("2026-03-23"), weeks.start(3));
        assertEquals(LocalDate.parse("2026-03-30"), weeks.end());
        assertEquals(0, weeks.bucketOf(LocalDate.parse("2025-12-24")), "past due");
        assertEquals(1, weeks.bucketOf(LocalDate.parse("2026-03-15")), "a Sunday ends its week");
        assertEquals(3, weeks.bucketOf(LocalDate.parse("2026-03-29")));
        assertEquals(-1, weeks.bucketOf(LocalDate.parse("2026-03-30")), "after the horizon");
        assertEquals(0, weeks.leadTime(0));
        assertEquals(1, weeks.leadTime(7));
        assertEquals(2, weeks.leadTime(8), "part of a week is a week");
    }

    @Test
    void daysAreWorkingDaysAndADayOffBelongsToTheWorkingDayBefore() {
        Set<LocalDate> holidays = Set.of(LocalDate.parse("2026-04-06")); // Easter Monday
        PlanningCalendar days = PlanningCalendar.days(LocalDate.parse("2026-04-02"), 4, WEEKDAYS, holidays);
        assertEquals(LocalDate.parse("2026-04-02"), days.start(0));
        assertEquals(LocalDate.parse("2026-04-03"), days.start(1));
        assertEquals(LocalDate.parse("2026-04-07"), days.start(2), "weekend and holiday skipped");
        assertEquals(LocalDate.parse("2026-04-08"), days.start(3));
        assertEquals(1, days.bucketOf(LocalDate.parse("2026-04-05")), "Sunday's demand is met on Friday");
        assertEquals(1, days.bucketOf(LocalDate.parse("2026-04-06")), "so is the holiday's");
        assertEquals(-1, days.bucketOf(LocalDate.parse("2026-04-09")));
        assertEquals(3, days.leadTime(3), "lead time in working days");
        assertEquals(0, PlanningCalendar.days(LocalDate.parse("2026-04-04"), 2, WEEKDAYS, Set.of()).bucketOf(LocalDate.parse("2026-04-04")),
                "a start on a day off: the first bucket is the next working day");
    }
}
