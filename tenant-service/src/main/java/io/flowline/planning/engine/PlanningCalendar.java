package io.flowline.planning.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The time buckets of a plan on a working calendar: weeks from Monday, or working days (holidays and days off left out).
 * Dates map to the bucket they fall in; a date before the first bucket is past due and belongs to the first, a date after
 * the last to none. A day off belongs to the working day before it, so demand due on a Saturday is met by Friday.
 */
public final class PlanningCalendar {
    private static final int DAYS_PER_WEEK = 7;

    private final boolean weeks;
    /** First day of each bucket. */
    private final LocalDate[] starts;
    private final LocalDate end;

    private PlanningCalendar(boolean weeks, LocalDate[] starts, LocalDate end) {
        this.weeks = weeks;
        this.starts = starts;
        this.end = end;
    }

    /** {@code horizon} weeks, the first being the one that holds {@code start}. */
    public static PlanningCalendar weeks(LocalDate start, int horizon) {
        requirePositive(horizon);
        LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate[] starts = new LocalDate[horizon];
        for (int b = 0; b < horizon; b++) {
            starts[b] = monday.plusWeeks(b);
        }
        return new PlanningCalendar(true, starts, monday.plusWeeks(horizon));
    }

    /** {@code horizon} working days from {@code start} on: days of {@code workingDays} that are not holidays. */
    public static PlanningCalendar days(LocalDate start, int horizon, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {
        requirePositive(horizon);
        Set<DayOfWeek> open = workingDays.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(workingDays);
        List<LocalDate> days = new ArrayList<>(horizon);
        LocalDate day = start;
        // a calendar of holidays only would never end: give up after ten years of days
        for (int tried = 0; days.size() < horizon && tried < 3_700 + horizon * DAYS_PER_WEEK; tried++, day = day.plusDays(1)) {
            if (open.contains(day.getDayOfWeek()) && !holidays.contains(day)) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("the calendar has no working day");
        }
        return new PlanningCalendar(false, days.toArray(LocalDate[]::new), day);
    }

    private static void requirePositive(int horizon) {
        if (horizon <= 0) {
            throw new IllegalArgumentException("at least one bucket is needed");
        }
    }

    public int periods() {
        return starts.length;
    }

    /** First day of the bucket. */
    public LocalDate start(int bucket) {
        return starts[bucket];
    }

    /** The first day after the last bucket. */
    public LocalDate end() {
        return end;
    }

    /** The bucket the date falls in: 0 for past dates, -1 after the horizon. */
    public int bucketOf(LocalDate date) {
        if (!date.isBefore(end)) {
            return -1;
        }
        if (!date.isAfter(starts[0])) {
            return 0;
        }
        if (weeks) {
            return (int) (ChronoUnit.DAYS.between(starts[0], date) / DAYS_PER_WEEK);
        }
        int found = Arrays.binarySearch(starts, date);
        return found >= 0 ? found : -found - 2; // a day off: the working day before it
    }

    /** Lead time in buckets: whole weeks rounded up, or working days. */
    public int leadTime(int days) {
        return weeks ? (days + DAYS_PER_WEEK - 1) / DAYS_PER_WEEK : days;
    }

    /** Calendar days per bucket, for costs given per year. */
    public int daysPerBucket() {
        return weeks ? DAYS_PER_WEEK : 1;
    }
}
